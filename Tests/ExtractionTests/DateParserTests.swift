import Foundation
import Testing
@testable import Extraction

@Suite("Date parsing")
struct DateParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: String
        var testDescription: String { input }
    }

    static let iso: [Case] = [
        Case(input: "2024-01-05", expected: "2024-01-05T00:00:00Z"),
        Case(input: "2024-01-05T10:00:00Z", expected: "2024-01-05T10:00:00Z"),
        Case(input: "2024-01-05t10:00:00z", expected: "2024-01-05T10:00:00Z"),
        Case(input: "2024-01-05 10:00:00", expected: "2024-01-05T10:00:00Z"),
        Case(input: "2024-01-05T10:00Z", expected: "2024-01-05T10:00:00Z"),
        Case(input: "2024-01-05T10:00:00.123456+00:00", expected: "2024-01-05T10:00:00Z"),
        Case(input: "2024-01-05T10:00:00+05:30", expected: "2024-01-05T04:30:00Z"),
        Case(input: "2024-01-05T10:00:00-0800", expected: "2024-01-05T18:00:00Z"),
        Case(input: "2024-01-05T10:00:00-08", expected: "2024-01-05T18:00:00Z"),
        Case(input: "2024-01-05T23:30:00\u{2212}02:00", expected: "2024-01-06T01:30:00Z"),
        Case(input: "20240105T100000Z", expected: "2024-01-05T10:00:00Z"),
        Case(input: "  2024-02-29T12:00:00Z\n", expected: "2024-02-29T12:00:00Z"),
        Case(input: "1999-12-31T23:59:60Z", expected: "1999-12-31T23:59:59Z"),
    ]

    @Test("ISO 8601 and RFC 3339 variants", arguments: iso)
    func isoDates(_ test: Case) {
        #expect(ISODateParser.parse(test.input).map(MetadataTests.iso) == test.expected)
    }

    @Test("not ISO dates", arguments: ["", "2024", "2024-13-01", "2023-02-29", "2024-01-32", "2024-01-05T25:00:00Z",
                                         "2024-01-05T10:60:00Z", "2024-01-05T10:00:00+1", "2024-01-05 at noon",
                                         "05/01/2024", "2024-01-05T10", "yesterday"])
    func notISO(_ input: String) {
        #expect(ISODateParser.parse(input) == nil)
    }

    static let text: [Case] = [
        Case(input: "June 10, 2025", expected: "2025-06-10T00:00:00Z"),
        Case(input: "10 June 2025", expected: "2025-06-10T00:00:00Z"),
        Case(input: "June 10, 2025, 4:00 p.m. GMT", expected: "2025-06-10T16:00:00Z"),
        Case(input: "Published Sept. 3, 2025 at 7:15 AM EDT", expected: "2025-09-03T11:15:00Z"),
        Case(input: "Tue, 10 Jun 2025 16:00:00 +0200", expected: "2025-06-10T14:00:00Z"),
        Case(input: "Wednesday 12th March 2025 12:30 am", expected: "2025-03-12T00:30:00Z"),
        Case(input: "Updated: Dec 31, 2024 11:59 pm PST", expected: "2025-01-01T07:59:00Z"),
    ]

    @Test("written-out dates", arguments: text)
    func textDates(_ test: Case) {
        #expect(TextDateParser.parse(test.input).map(MetadataTests.iso) == test.expected)
    }

    @Test("not written-out dates", arguments: ["Sep. 3, 7:15 a.m.", "March", "31 February 2024", "the year 2024",
                                                 "May the force be with you", ""])
    func notTextDates(_ input: String) {
        #expect(TextDateParser.parse(input) == nil)
    }
}
