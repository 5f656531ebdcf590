import Foundation
import Testing
import ClaimwatchModel
@testable import Configuration

@Suite struct ConfigLoaderTests {
    @Test func fullConfigReadsEveryField() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = try directory.write("  s3cret\n", to: "webhook.secret")
        let yaml = """
            database: /srv/claimwatch/db.sqlite
            poll:
              interval: 20m
              concurrency: 8
              timeout: 45s
              connect_timeout: 5s
              user_agent: "test-agent/1.0"
              max_body_size: 2MiB
              per_host: 3
              max_redirects: 0
            sources:
              - id: frontline-monitor
                url: https://example.org/feed.xml
                kind: feed
                interval: 10m
                follow_links: false
              - id: ministry_statements
                url: http://example.org/statements
                kind: page
                selector: "main article"
            topics:
              - id: dprk-troops
                name: North Korean troops fighting for Russia
                keywords: ["North Korean troops", "deployment"]
                quantities:
                  - id: troops
                    nouns: [troops, soldiers]
                  - id: casualties
                    nouns: [casualties]
            entities:
              - id: russia
                names: [Russia, Kremlin]
            alerts:
              - type: log
                name: audit
                path: /var/log/claimwatch/alerts.jsonl
              - type: webhook
                url: https://hooks.example.org/claimwatch
                secret_file: \(secret)
                format: slack
                timeout: 3s
                retry:
                  initial: 1m
                  max: 2h
                  give_up_after: 2d
            """
        let config = try ConfigLoader.parse(yaml: yaml, file: "claimwatch.yaml", baseDirectory: directory.path)
        let expected = ClaimwatchConfig(
            file: "claimwatch.yaml",
            database: "/srv/claimwatch/db.sqlite",
            poll: PollConfig(interval: .seconds(1200), concurrency: 8, timeout: .seconds(45),
                             connectTimeout: .seconds(5), userAgent: "test-agent/1.0",
                             maxBodySize: 2 * 1024 * 1024, perHost: 3, maxRedirects: 0),
            sources: [
                SourceConfig(id: "frontline-monitor", url: "https://example.org/feed.xml", kind: .feed,
                             interval: .seconds(600), followLinks: false, selector: nil, line: 12),
                SourceConfig(id: "ministry_statements", url: "http://example.org/statements", kind: .page,
                             interval: nil, followLinks: false, selector: "main article", line: 17),
            ],
            topics: [
                TopicConfig(id: "dprk-troops", name: "North Korean troops fighting for Russia",
                            keywords: ["North Korean troops", "deployment"],
                            quantities: [QuantityConfig(id: "troops", nouns: ["troops", "soldiers"]),
                                         QuantityConfig(id: "casualties", nouns: ["casualties"])]),
            ],
            entities: [EntityConfig(id: "russia", names: ["Russia", "Kremlin"])],
            alerts: [
                .log(LogSinkConfig(name: "audit", path: "/var/log/claimwatch/alerts.jsonl")),
                .webhook(WebhookSinkConfig(
                    name: "webhook", url: "https://hooks.example.org/claimwatch", secretFile: secret,
                    format: .slack, timeout: .seconds(3),
                    retry: RetryConfig(initial: .seconds(60), max: .seconds(7200), giveUpAfter: .seconds(172_800)))),
            ])
        #expect(config == expected)
        #expect(config.sources[0].effectiveInterval(config.poll) == .seconds(600))
        #expect(config.sources[1].effectiveInterval(config.poll) == .seconds(1200))
        #expect(config.alerts.map(\.name) == ["audit", "webhook"])
    }

    @Test func minimalConfigGetsEveryDefault() throws {
        let yaml = """
            sources:
              - id: a
                url: https://example.org/feed
                kind: feed
              - id: b
                url: https://example.org/page
                kind: page
            topics:
              - id: t
                keywords: [x]
            alerts:
              - type: webhook
                url: https://hooks.example.org/
            """
        let config = try ConfigLoader.parse(yaml: yaml, file: "c.yaml", baseDirectory: "/etc/claimwatch")
        #expect(config.database == "/var/lib/claimwatch/claimwatch.sqlite")
        #expect(config.poll == PollConfig(
            interval: .seconds(900), concurrency: 16, timeout: .seconds(30), connectTimeout: .seconds(10),
            userAgent: "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)",
            maxBodySize: 10 * 1024 * 1024, perHost: 2, maxRedirects: 5))
        #expect(config.sources[0].followLinks == true)
        #expect(config.sources[0].interval == nil)
        #expect(config.sources[0].effectiveInterval(config.poll) == .seconds(900))
        #expect(config.sources[1].followLinks == false)
        #expect(config.sources[1].selector == nil)
        #expect(config.topics == [TopicConfig(id: "t", name: "t", keywords: ["x"], quantities: [])])
        #expect(config.entities == [])
        #expect(config.alerts == [.webhook(WebhookSinkConfig(
            name: "webhook", url: "https://hooks.example.org/", secretFile: nil, format: .json,
            timeout: .seconds(10),
            retry: RetryConfig(initial: .seconds(30), max: .seconds(3600), giveUpAfter: .seconds(86_400))))])
    }

    @Test(arguments: [
        ("database: x.sqlite", 0),
        ("sources:\ntopics: []\nentities: ~\nalerts: null\npoll:", 0),
    ])
    func absentOrEmptySectionsAreEmpty(yaml: String, count: Int) throws {
        let config = try ConfigLoader.parse(yaml: yaml, file: "c.yaml", baseDirectory: "/etc")
        #expect(config.sources.count == count && config.topics.count == count)
        #expect(config.entities.count == count && config.alerts.count == count)
        #expect(config.poll == PollConfig())
    }

    @Test func defaultSinkNamesAreTypeOrTypeAndPosition() throws {
        let yaml = """
            alerts:
              - {type: log, path: a.jsonl}
              - {type: webhook, url: "https://hooks.example.org/1"}
              - {type: webhook, url: "https://hooks.example.org/2"}
              - {type: webhook, name: webhook, url: "https://hooks.example.org/3"}
            """
        let config = try ConfigLoader.parse(yaml: yaml, file: "c.yaml", baseDirectory: "/etc")
        #expect(config.alerts.map(\.name) == ["log", "webhook-2", "webhook-3", "webhook"])
    }

    @Test func exampleConfigLoads() throws {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("../../config/claimwatch.yaml")
            .standardizedFileURL.path
        let config = try ConfigLoader.load(path: path)
        #expect(config.file == path)
        #expect(config.database == ClaimwatchConfig.defaultDatabase)
        #expect(config.poll.userAgent == "claimwatch/0.1 (+https://example.org/bot)")
        #expect(config.poll.maxBodySize == 10 << 20)
        #expect(config.sources.map(\.kind) == [.feed, .page])
        #expect(config.sources[1].selector == "main article")
        #expect(config.topics.count == 1 && config.topics[0].quantities.count == 1)
        #expect(config.entities.count == 2)
        #expect(config.alerts.map(\.name) == ["audit-log", "newsroom"])
        guard case .webhook(let webhook) = config.alerts[1] else {
            Issue.record("second sink should be a webhook")
            return
        }
        #expect(webhook.secretFile == nil)
        #expect(webhook.retry == RetryConfig())
        #expect(config.retention == RetentionConfig(alerts: .seconds(90 * 86_400), versions: .seconds(30 * 86_400)))
        // Apart from what it sets on purpose, the example documents the defaults.
        var poll = config.poll
        poll.userAgent = PollConfig.defaultUserAgent
        #expect(poll == PollConfig())
    }

    @Test func retentionIsOptionalAndKeepsEverythingByDefault() throws {
        let none = try ConfigLoader.parse(yaml: "database: a.sqlite", file: "c.yaml", baseDirectory: "/etc")
        #expect(none.retention == RetentionConfig())
        #expect(!none.retention.isEnabled)
        let some = try ConfigLoader.parse(yaml: "retention:\n  versions: 12h\n", file: "c.yaml", baseDirectory: "/etc")
        #expect(some.retention == RetentionConfig(alerts: nil, versions: .seconds(12 * 3_600)))
        let now = Date(timeIntervalSince1970: 1_900_000_000)
        let cutoffs = some.retention.cutoffs(now: now)
        #expect(cutoffs.alertsCreatedBefore == nil)
        #expect(cutoffs.versionsReplacedBefore == now.addingTimeInterval(-12 * 3_600))
    }

    @Test func relativePathsResolveAgainstTheConfigDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("secret\n", to: "etc/keys/hook.secret")
        let file = try directory.write("""
            database: data/claimwatch.sqlite
            alerts:
              - type: log
                path: ../log/./alerts.jsonl
              - type: webhook
                url: https://hooks.example.org/
                secret_file: keys/hook.secret
            """, to: "etc/claimwatch.yaml")
        let config = try ConfigLoader.load(path: file)
        let base = URL(fileURLWithPath: directory.path).standardizedFileURL.path
        #expect(config.database == base + "/etc/data/claimwatch.sqlite")
        #expect(config.alerts == [
            .log(LogSinkConfig(name: "log", path: base + "/log/alerts.jsonl")),
            .webhook(WebhookSinkConfig(name: "webhook", url: "https://hooks.example.org/",
                                       secretFile: base + "/etc/keys/hook.secret")),
        ])
    }

    @Test(arguments: [
        ("/etc/claimwatch", "db.sqlite", "/etc/claimwatch/db.sqlite"),
        ("/etc/claimwatch/", "./db.sqlite", "/etc/claimwatch/db.sqlite"),
        ("/etc/claimwatch", "../../var/db.sqlite", "/var/db.sqlite"),
        ("/etc/claimwatch", "/srv/db.sqlite", "/srv/db.sqlite"),
        ("config", "db.sqlite", "config/db.sqlite"),
        ("config", "../db.sqlite", "db.sqlite"),
        ("..", "../db.sqlite", "../../db.sqlite"),
        ("", "db.sqlite", "db.sqlite"),
        ("/", "../db.sqlite", "/db.sqlite"),
    ])
    func pathResolution(base: String, path: String, expected: String) throws {
        let config = try ConfigLoader.parse(yaml: "database: \(path)", file: "c.yaml", baseDirectory: base)
        #expect(config.database == expected)
    }

    @Test func unreadableConfigFileIsNamed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path + "/missing.yaml"
        #expect(throws: ConfigError(file: missing, message: "cannot read the config file: it does not exist")) {
            try ConfigLoader.load(path: missing)
        }
        #expect(throws: ConfigError(file: directory.path, message: "cannot read the config file: it is a directory")) {
            try ConfigLoader.load(path: directory.path)
        }
    }

    @Test func errorDescriptionLeavesOutUnknownParts() {
        #expect(ConfigError(file: "c.yaml", line: 3, key: "poll.timeout", message: "bad").description
            == "c.yaml:3: poll.timeout: bad")
        #expect(ConfigError(file: "c.yaml", line: 3, message: "bad").description == "c.yaml:3: bad")
        #expect(ConfigError(file: "c.yaml", message: "bad").description == "c.yaml: bad")
    }
}
