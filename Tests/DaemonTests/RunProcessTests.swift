import ClaimwatchModel
import Crypto
import Foundation
import LoopbackHTTP
import Store
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `claimwatch run` as a real process against a story of our own on a loopback server:
/// alerts survive `kill -9` with stable ids, SIGHUP reloads (a broken config is rejected, a
/// new source is picked up), and SIGTERM exits 0.
@Suite(.serialized)
struct RunProcessTests {
    let directory: URL
    let site = StaticSite()
    let server: LoopbackHTTPServer

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let site = self.site
        // /stalled.xml never answers: a transfer that is in flight when the daemon is stopped.
        server = try LoopbackHTTPServer { request in
            request.path == "/stalled.xml" ? .noAnswer : site.handler(request)
        }
    }

    var configPath: String { directory.appendingPathComponent("claimwatch.yaml").path }
    var alertsPath: String { directory.appendingPathComponent("alerts.jsonl").path }
    var logPath: String { directory.appendingPathComponent("daemon.log").path }

    func writeConfig(extraSources: String = "", extraSinks: String = "") throws {
        let yaml = """
            database: cw.sqlite
            poll:
              interval: 1s
              timeout: 5s
              host_delay: 1ms
              revisit_interval: 1s
            sources:
              - id: harbour-news
                url: \(server.baseURL)/feed.xml
                kind: feed
            \(extraSources)
            topics:
              - id: ferry-closure
                name: Brenmoor Council ordered the closure of the ferry
                keywords: ["ferry closure", "closure", "Brenmoor ferry"]
                quantities:
                  - id: stranded
                    nouns: ["stranded passengers", "passengers"]
            entities:
              - id: council
                names: ["Brenmoor Council", "the council"]
              - id: operator
                names: ["Tidewater Lines", "Tidewater"]
            alerts:
              - type: log
                path: alerts.jsonl
            \(extraSinks)
            """
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    func page(_ headline: String, _ paragraphs: [String]) -> String {
        """
        <!doctype html><html><head><meta charset="utf-8"><title>\(headline)</title></head><body>
        <nav><a href="/">Front page</a> <a href="/weather">Weather</a></nav>
        <article><h1>\(headline)</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())</article>
        <footer>Harbour News, Quay Street.</footer></body></html>
        """
    }

    func publish(_ stories: [(slug: String, headline: String, date: String, paragraphs: [String])]) {
        for story in stories {
            site.put("/news/\(story.slug).html", text: page(story.headline, story.paragraphs), contentType: "text/html")
        }
        let items = stories.reversed().map { story in
            "<item><title>\(story.headline)</title><link>\(server.baseURL)/news/\(story.slug).html</link><guid>hn-\(story.slug)</guid><pubDate>\(story.date)</pubDate></item>"
        }.joined()
        site.put("/feed.xml", text: "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour News</title><link>\(server.baseURL)/</link>\(items)</channel></rss>",
                 contentType: "application/rss+xml")
    }

    /// The alerts in the log sink: (id, "kind subject value").
    func alerts() throws -> [(id: String, what: String)] {
        guard let text = try? String(contentsOfFile: alertsPath, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { line in
            let alert = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let subject = (alert["entity"] ?? alert["quantity"]).map { "\($0)" } ?? "?"
            let value = [alert["stance"], alert["value"], alert["from"], alert["to"]].compactMap { $0.map { "\($0)" } }.joined(separator: "->")
            return (alert["id"] as? String ?? "", "\(alert["kind"] ?? "?") \(subject) \(value)")
        }
    }

    func start(environment: [String: String] = [:]) throws -> DaemonProcess {
        try DaemonProcess(arguments: ["run", "--config", configPath, "--log-level", "info"], logPath: logPath,
                          environment: environment)
    }

    /// Publication times a few seconds ago, so the articles are young enough to be revisited.
    static func recent(_ secondsAgo: Double) -> String {
        StaticSite.httpDate(Date().addingTimeInterval(-secondsAgo))
    }

    let first = [
        (slug: "ferry-halted", headline: "Council denies ordering ferry closure", date: Self.recent(30), paragraphs: [
            "Brenmoor Council on Tuesday denied that it had ordered the ferry closure that left the island cut off.",
            "Harbour staff said about 300 passengers were stranded on the quay overnight.",
        ]),
    ]
    let second = [
        (slug: "council-admits", headline: "Council admits it closed the ferry", date: Self.recent(20), paragraphs: [
            "After two days of denials, Brenmoor Council acknowledged on Thursday that it had ordered the ferry closure because of a cracked ramp.",
            "Harbour staff now put the number of stranded passengers at 900, up from 300.",
        ]),
        (slug: "operator-silent", headline: "Operator silent on closure", date: Self.recent(10), paragraphs: [
            "Tidewater Lines declined to comment on whether the council had ordered the ferry closure when asked by reporters on Friday.",
        ]),
    ]

    @Test func alertsSurviveKillNineWithStableIdsAndSignalsReloadAndStop() async throws {
        defer { server.stop() }
        try writeConfig()
        publish(first)
        var daemon = try start()
        #expect(try await eventually { try alerts().count >= 2 }, "first alerts; log:\n\(daemon.log)")
        #expect(Set(try alerts().map(\.what)) == ["new_claim council deny", "new_claim stranded 300"])

        // The story moves on; the daemon is killed as soon as the first of the new alerts is
        // out, while the others are being written and delivered.
        publish(first + second)
        #expect(try await eventually { try alerts().count >= 3 }, "second step; log:\n\(daemon.log)")
        daemon.signal(SIGKILL)
        #expect(try await daemon.waitForExit(limit: .seconds(20)) != nil)

        // This time under a (pretend) systemd: notify socket and a 200 ms watchdog.
        let systemd = try NotifyReceiver(abstract: true)
        systemd.collect()
        defer { systemd.stop() }
        daemon = try start(environment: ["NOTIFY_SOCKET": systemd.name, "WATCHDOG_USEC": "200000"])
        let expected: Set<String> = ["new_claim council deny", "new_claim stranded 300", "stance_shift council deny->affirm",
                                     "quantity_change stranded 300->900", "new_claim operator evade"]
        #expect(try await eventually { Set(try alerts().map(\.what)) == expected }, "after restart; log:\n\(daemon.log)")
        // At least once, never under two ids: each alert has exactly one id, and each id one alert.
        let byWhat = Dictionary(grouping: try alerts(), by: \.what).mapValues { Set($0.map(\.id)) }
        #expect(byWhat.values.allSatisfy { $0.count == 1 }, "\(byWhat)")
        #expect(Set(byWhat.values.flatMap { $0 }).count == expected.count)

        // SIGHUP with a broken config: rejected with file and line, the daemon keeps running.
        #expect(try await eventually { daemon.log.components(separatedBy: "poller started").count == 3 }, "log:\n\(daemon.log)")
        // The restart resumed the schedule the killed process had saved.
        #expect(!daemon.log.components(separatedBy: "schedule.restored=").dropFirst(2).contains { $0.hasPrefix("0 ") })
        try "poll:\n  interval: soon\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(try await eventually { daemon.log.contains("new config rejected") }, "log:\n\(daemon.log)")
        #expect(daemon.log.contains("\(configPath):2: poll.interval"))
        #expect(daemon.isRunning)

        // SIGHUP with a new page source: it is polled and its claim raises an alert.
        site.put("/notices.html", text: page("Service notice", [
            "In a notice on its website, Tidewater Lines confirmed that the council had ordered the ferry closure and said sailings would resume next week.",
        ]), contentType: "text/html")
        try writeConfig(extraSources: """
              - id: tidewater-notices
                url: \(server.baseURL)/notices.html
                kind: page
            """)
        daemon.signal(SIGHUP)
        #expect(try await eventually { try alerts().contains { $0.what == "stance_shift operator evade->affirm" } },
                "after reload; log:\n\(daemon.log)")
        #expect(daemon.isRunning)

        // An article corrected in place while its feed stays the same (304) is caught by its
        // revisit, with a conditional request.
        site.put("/news/council-admits.html", text: page(second[0].headline, [
            second[0].paragraphs[0],
            "Harbour staff now put the number of stranded passengers at 1,200, up from 900.",
        ]), contentType: "text/html")
        #expect(try await eventually { try alerts().contains { $0.what == "quantity_change stranded 900->1200" } },
                "after the edit; log:\n\(daemon.log)")
        // The unchanged article is revisited too, and answers 304.
        #expect(try await eventually {
            server.requests.contains { $0.path == "/news/operator-silent.html" && $0.header("If-None-Match") != nil }
        })

        // SIGTERM: a clean stop, exit 0.
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitForExit(limit: .seconds(20)) == 0, "log:\n\(daemon.log)")
        #expect(daemon.log.contains("claimwatch stopped"))
        #expect(try await eventually { systemd.messages.contains("STOPPING=1") }, "\(systemd.messages)")
        let messages = systemd.messages
        #expect(messages.first?.hasPrefix("READY=1\nSTATUS=") == true, "\(messages)")
        #expect(messages.contains("WATCHDOG=1"))
        #expect(messages.contains { $0.hasPrefix("STATUS=2 sources, 0 failing") }, "\(messages)")

        // `status` reads the same database: both sources, their last fetch and next check, and
        // an empty outbox.
        let status = try DaemonProcess(arguments: ["status", "--config", configPath, "--json"],
                                       logPath: directory.appendingPathComponent("status.json").path)
        #expect(try await status.waitForExit(limit: .seconds(20)) == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(status.log.utf8)) as? [String: Any])
        let sources = try #require(report["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["harbour-news", "tidewater-notices"])
        #expect(sources.allSatisfy { $0["last_fetch"] is String && $0["next_check"] is String && $0["backoff"] as? Bool == false })
        #expect(report["outbox"] as? [String: Int] == ["log": 0])

        // The schedule was persisted for every source.
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        let scheduled = Set(try store.scheduleEntries().compactMap { entry -> String? in
            if case .source(let id) = entry.target { return id } else { return nil }
        })
        #expect(scheduled == ["harbour-news", "tidewater-notices"])
        #expect(try store.pendingDeliveryCounts()["log"] ?? 0 == 0)
    }

    /// A webhook sink under `run`: down at first (503), then killed with `kill -9` while the
    /// story moves on, then up. Every alert the log sink holds reaches the receiver, signed,
    /// under one id with one body, however often it was sent.
    @Test func webhookAlertsArriveSignedAcrossAnOutageAndKillNine() async throws {
        defer { server.stop() }
        let secret = "s3cret-for-tests"
        try "\(secret)\n".write(to: directory.appendingPathComponent("hook.secret"), atomically: true, encoding: .utf8)
        let lock = NSLock()
        nonisolated(unsafe) var received: [(id: String, body: Data, signature: String)] = []
        nonisolated(unsafe) var answered = 0
        let hook = try LoopbackHTTPServer { request in
            lock.lock()
            defer { lock.unlock() }
            answered += 1
            // The first five attempts find the receiver down.
            guard answered > 5 else { return .respond(.init(status: 503, headers: [("Retry-After", "0")])) }
            received.append((request.header("X-Claimwatch-Alert-Id") ?? "", request.body, request.header("X-Claimwatch-Signature") ?? ""))
            return .respond(.init(status: 204))
        }
        defer { hook.stop() }
        func accepted() -> [(id: String, body: Data, signature: String)] {
            lock.lock()
            defer { lock.unlock() }
            return received
        }
        try writeConfig(extraSinks: """
              - type: webhook
                url: \(hook.baseURL)/hook
                secret_file: hook.secret
                timeout: 2s
                retry:
                  initial: 100ms
                  max: 500ms
            """)
        publish(first)
        var daemon = try start()
        #expect(try await eventually { try alerts().count >= 2 }, "log:\n\(daemon.log)")
        publish(first + second)
        #expect(try await eventually { try alerts().count >= 3 }, "log:\n\(daemon.log)")
        daemon.signal(SIGKILL)
        #expect(try await daemon.waitForExit(limit: .seconds(20)) != nil)
        daemon = try start()
        #expect(try await eventually { try alerts().count == 5 }, "log:\n\(daemon.log)")
        let logged = Set(try alerts().map(\.id))
        #expect(try await eventually { Set(accepted().map(\.id)) == logged }, "received \(accepted().map(\.id)); log:\n\(daemon.log)")
        let key = SymmetricKey(data: Data(secret.utf8))
        for delivery in accepted() {
            let mac = HMAC<SHA256>.authenticationCode(for: delivery.body, using: key).map { String(format: "%02x", $0) }.joined()
            #expect(delivery.signature == "sha256=\(mac)")
            let alert = try #require(try JSONSerialization.jsonObject(with: delivery.body) as? [String: Any])
            #expect(alert["id"] as? String == delivery.id)
        }
        // One body per id, however many times it was sent.
        #expect(Dictionary(grouping: accepted(), by: \.id).values.allSatisfy { Set($0.map(\.body)).count == 1 })
        // Stopped once it is up, as systemd would after READY=1.
        #expect(try await eventually { daemon.log.components(separatedBy: "poller started").count == 3 }, "log:\n\(daemon.log)")
        daemon.signal(SIGTERM)
        let status = try await daemon.waitForExit(limit: .seconds(20))
        #expect(status == 0, "exit \(String(describing: status)); log:\n\(daemon.log)")
    }

    @Test func sigtermWaitsForATransferInFlightThenExitsZero() async throws {
        defer { server.stop() }
        let yaml = """
            database: cw.sqlite
            poll:
              interval: 1s
              timeout: 2s
            sources:
              - id: stalled
                url: \(server.baseURL)/stalled.xml
                kind: feed
            """
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
        let daemon = try start()
        #expect(try await eventually { server.requests.contains { $0.path == "/stalled.xml" } }, "log:\n\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitForExit(limit: .seconds(20)) == 0, "log:\n\(daemon.log)")
        // The poll in flight ended (by its timeout) and was recorded before the exit.
        #expect(daemon.log.contains("waiting for checks in flight"), "log:\n\(daemon.log)")
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        #expect(try store.sourceStates().first?.lastFailure?.kind == .timeout)
    }

    @Test func aBadConfigExitsOneAndAnUnopenableDatabaseExitsTwo() async throws {
        defer { server.stop() }
        try "sources: 3\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        let bad = try start()
        #expect(try await bad.waitForExit(limit: .seconds(20)) == 1)
        #expect(bad.log.contains("\(configPath):1: sources: expected a list"))

        // The database path is a directory: SQLite cannot open it.
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("cw.sqlite"), withIntermediateDirectories: true)
        try writeConfig()
        let noDatabase = try start()
        #expect(try await noDatabase.waitForExit(limit: .seconds(20)) == 2, "log:\n\(noDatabase.log)")
    }
}
