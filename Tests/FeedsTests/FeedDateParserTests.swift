import Foundation
import Testing
@testable import Feeds

struct FeedDateParserTests {
    /// The expected instant, read by Foundation's own ISO 8601 formatter so that the table does
    /// not depend on the parser under test.
    static func instant(_ iso: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: iso)!
    }

    static let parsed: [(String, String)] = [
        // RFC 822 / 1123 and their real-world deviations
        ("Fri, 05 Jan 2024 10:00:00 GMT", "2024-01-05T10:00:00Z"),
        ("Fri, 5 Jan 2024 10:00:00 +0000", "2024-01-05T10:00:00Z"),
        ("5 Jan 2024 10:00:00 GMT", "2024-01-05T10:00:00Z"),
        ("Mon, 05 Jan 2024 10:00:00 GMT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 24 10:00:00 GMT", "2024-01-05T10:00:00Z"),
        ("Tue, 05 Jan 99 10:00:00 GMT", "1999-01-05T10:00:00Z"),
        ("Mon, 5 Jan 2024 10:00 GMT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 10:00:00", "2024-01-05T10:00:00Z"),
        ("  Fri,  05   Jan  2024   10:00:00   GMT  ", "2024-01-05T10:00:00Z"),
        ("Friday, 05 January 2024 10:00:00 GMT", "2024-01-05T10:00:00Z"),
        ("Fri 05 Jan, 2024, 10:00:00 GMT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Sept 2024 10:00:00 GMT", "2024-09-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 05:00:00 EST", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 06:00:00 EDT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 04:00:00 CST", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 05:00:00 CDT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 03:00:00 MST", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 04:00:00 MDT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 02:00:00 PST", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 03:00:00 PDT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 10:00:00 UT", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 10:00:00 UTC", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 10:00:00 Z", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 10:00:00 A", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 11:00:00 +0100", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 11:00:00 +01:00", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 06:30:00 -0330", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 11:00:00 GMT+0100", "2024-01-05T10:00:00Z"),
        ("Fri, 05 Jan 2024 10:00:00 -0000", "2024-01-05T10:00:00Z"),
        ("Sat, Dec 16 2023 02:02:33 PM", "2023-12-16T14:02:33Z"),
        ("Jan 5, 2024 12:15 AM", "2024-01-05T00:15:00Z"),
        ("Thu, 29 Feb 2024 23:59:60 GMT", "2024-03-01T00:00:00Z"),
        // RFC 3339 / ISO 8601
        ("2024-01-05T10:00:00Z", "2024-01-05T10:00:00Z"),
        ("2024-01-05T10:00:00.123Z", "2024-01-05T10:00:00Z"),
        ("2024-01-05T10:00:00.123456789+00:00", "2024-01-05T10:00:00Z"),
        ("2024-01-05T11:00:00+01:00", "2024-01-05T10:00:00Z"),
        ("2024-01-05T11:00:00+0100", "2024-01-05T10:00:00Z"),
        ("2024-01-05T05:30:00-04:30", "2024-01-05T10:00:00Z"),
        ("2024-01-05T10:00:00", "2024-01-05T10:00:00Z"),
        ("2024-01-05T10:00Z", "2024-01-05T10:00:00Z"),
        ("2024-01-05t10:00:00z", "2024-01-05T10:00:00Z"),
        ("2024-01-05", "2024-01-05T00:00:00Z"),
        ("2024-01-05 10:00:00 +0000", "2024-01-05T10:00:00Z"),
        ("2024-01-05 10:00:00", "2024-01-05T10:00:00Z"),
        ("2024-01-05 10:00:00 UTC", "2024-01-05T10:00:00Z"),
        ("20240105T100000Z", "2024-01-05T10:00:00Z"),
        ("2017-06-13T03:18:00+00:0", "2017-06-13T03:18:00Z"),
        ("2000-01-01T12:00+00:00", "2000-01-01T12:00:00Z"),
        // Other languages
        ("mer, 08 nov 2023 10:00:00 +0100", "2023-11-08T09:00:00Z"),
        ("Mi, 08 Okt 2023 10:00:00 +0200", "2023-10-08T08:00:00Z"),
        ("Mittwoch, 8. März 2023 10:00:00 +0100", "2023-03-08T09:00:00Z"),
        ("mer., 8 févr. 2023 10:00:00 +0100", "2023-02-08T09:00:00Z"),
        ("jeudi 17 août 2023 10:00", "2023-08-17T10:00:00Z"),
        ("mar, 07 feb 2023 10:00:00 +0100", "2023-02-07T09:00:00Z"),
        ("sábado, 2 de diciembre de 2023 10:00:00 GMT", "2023-12-02T10:00:00Z"),
        ("8 de março de 2023 10:00", "2023-03-08T10:00:00Z"),
        ("sex, 13 out 2023 10:00:00 -0300", "2023-10-13T13:00:00Z"),
        ("gio, 21 dic 2023 10:00:00 +0100", "2023-12-21T09:00:00Z"),
    ]

    @Test("parses", arguments: parsed)
    func parses(_ input: String, _ expected: String) throws {
        let date = try #require(FeedDateParser.parse(input))
        #expect(date.timeIntervalSince1970.rounded(.down) == Self.instant(expected).timeIntervalSince1970)
    }

    @Test("keeps fractional seconds")
    func fraction() throws {
        let date = try #require(FeedDateParser.parse("2024-01-05T10:00:00.250Z"))
        #expect(abs(date.timeIntervalSince1970 - (Self.instant("2024-01-05T10:00:00Z").timeIntervalSince1970 + 0.25)) < 1e-6)
    }

    static let rejected = [
        "", "   ", "not a date", "today", "2024-13-01", "2024-02-30", "Fri, 32 Jan 2024 10:00:00 GMT",
        "29 Feb 2023 10:00:00 GMT", "12/01/2024", "Fri, 05 Jan 2024 25:00:00 GMT", "Jan 2024",
        "10:00:00 GMT",
    ]

    @Test("rejects", arguments: rejected)
    func rejects(_ input: String) {
        #expect(FeedDateParser.parse(input) == nil)
    }
}
