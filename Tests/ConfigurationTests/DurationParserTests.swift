import Testing
import Configuration

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("15m", Duration.seconds(900)),
        ("1h30m", .seconds(5400)),
        ("1h30m15s", .seconds(5415)),
        ("1.5h", .seconds(5400)),
        ("0.25s", .milliseconds(250)),
        ("500ms", .milliseconds(500)),
        ("1.5ms", .microseconds(1500)),
        ("1m30s500ms", .milliseconds(90_500)),
        ("2d", .seconds(172_800)),
        ("1d12h", .seconds(129_600)),
        ("10s", .seconds(10)),
        (" 10s\n", .seconds(10)),
        ("0s", .zero),
        ("0.0000000001s", .zero),
        ("90m", .seconds(5400)),
    ])
    func parses(text: String, expected: Duration) {
        #expect(DurationParser.parse(text) == expected)
    }

    @Test(arguments: ["", " ", "10", "1.5", "10x", "s", "h1", "1.h", ".5s", "-5s", "+5s", "1h 30m",
                      "1H", "10sec", "1us", "5m-", "1e3s", "99999999999999999999d", "١٠s"])
    func rejects(text: String) {
        #expect(DurationParser.parse(text) == nil)
    }

    @Test(arguments: [
        (Duration.seconds(900), "15m"),
        (.seconds(5400), "1h30m"),
        (.seconds(86_401), "1d1s"),
        (.seconds(30), "30s"),
        (.milliseconds(500), "500ms"),
        (.milliseconds(90_500), "1m30s500ms"),
        (.microseconds(1500), "1.5ms"),
        (.nanoseconds(1), "0.000001ms"),
        (.zero, "0s"),
        (.seconds(-90), "-1m30s"),
    ])
    func formats(duration: Duration, expected: String) {
        #expect(DurationParser.format(duration) == expected)
    }

    @Test(arguments: [1, 999, 1_000_000, 61_000_000_000, 3_723_004_005_006, 90_061_001_000_000])
    func formatRoundTrips(nanoseconds: Int64) {
        let duration = Duration.nanoseconds(nanoseconds)
        #expect(DurationParser.parse(DurationParser.format(duration)) == duration)
    }
}
