import Configuration
import Testing

/// The `poll:` keys that only `claimwatch run` uses: defaults, values, and errors with file,
/// line and key.
struct SchedulingKeysTests {
    @Test func defaults() throws {
        let poll = try ConfigLoader.parse(yaml: "database: x.sqlite", file: "c.yaml", baseDirectory: "/etc").poll
        #expect(poll.maxBackoff == .seconds(6 * 3600))
        #expect(poll.maxInterval == .seconds(86_400))
        #expect(poll.hostDelay == .seconds(1))
        #expect(poll.revisitInterval == .seconds(900))
        #expect(poll.revisitMaxAge == .seconds(7 * 86_400))
    }

    @Test func values() throws {
        let yaml = """
            poll:
              max_backoff: 2h
              max_interval: 12h
              host_delay: 250ms
              revisit_interval: 2s
              revisit_max_age: 3d
            """
        let poll = try ConfigLoader.parse(yaml: yaml, file: "c.yaml", baseDirectory: "/etc").poll
        #expect(poll.maxBackoff == .seconds(7200))
        #expect(poll.maxInterval == .seconds(43_200))
        #expect(poll.hostDelay == .milliseconds(250))
        #expect(poll.revisitInterval == .seconds(2))
        #expect(poll.revisitMaxAge == .seconds(3 * 86_400))
    }

    @Test(arguments: [
        ("poll:\n  max_backoff: forever", "c.yaml:2: poll.max_backoff: \"forever\" is not a duration"),
        ("poll:\n  interval: 1m\n  host_delay: 0s", "c.yaml:3: poll.host_delay: \"0s\" is not a positive duration"),
        ("poll:\n  revisit_max_age: 7", "c.yaml:2: poll.revisit_max_age: \"7\" is not a duration (missing unit: ms, s, m, h or d)"),
    ])
    func errorsNameFileLineAndKey(yaml: String, message: String) {
        #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml: yaml, file: "c.yaml", baseDirectory: "/etc") }
        do {
            _ = try ConfigLoader.parse(yaml: yaml, file: "c.yaml", baseDirectory: "/etc")
        } catch {
            #expect(error.description == message)
        }
    }
}
