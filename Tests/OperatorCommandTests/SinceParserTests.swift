import Foundation
import Testing
@testable import claimwatch

struct SinceParserTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)   // 2027-01-15T08:00:00Z

    @Test(arguments: [
        ("24h", 1_800_000_000 - 86_400),
        ("90m", 1_800_000_000 - 5_400),
        ("1h30m", 1_800_000_000 - 5_400),
        ("7d", 1_800_000_000 - 7 * 86_400),
        ("2027-01-15", 1_800_000_000 - 8 * 3600),
        ("2027-01-15T08:00:00Z", 1_800_000_000),
        ("2027-01-15T08:00Z", 1_800_000_000),
        ("2027-01-15T08:00", 1_800_000_000),
        ("2027-01-15 08:00:00", 1_800_000_000),
        ("2027-01-15T10:00:00+02:00", 1_800_000_000),
        ("2027-01-15T03:30:00-0430", 1_800_000_000),
        ("2027-01-15T08:00:00.5Z", 1_800_000_000.5),
        ("2024-02-29T00:00:00Z", 1_709_164_800),
    ] as [(String, Double)])
    func reads(text: String, expected: Double) {
        #expect(SinceParser.parse(text, now: Self.now) == Date(timeIntervalSince1970: expected))
    }

    @Test(arguments: ["", "yesterday", "24", "2027-13-01", "2023-02-29", "2027-01-15T25:00Z", "2027-01-15T08:00:00Q",
                      "2027-1-15", "2027-01-15T08", "-24h"])
    func rejects(text: String) {
        #expect(SinceParser.parse(text, now: Self.now) == nil)
    }
}
