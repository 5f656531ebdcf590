import Alerts
import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import LoopbackHTTP
import Logging
import Service
import Store
import Testing

/// An article rewritten after a later one moved the story, through the whole pipeline
/// (loopback server, libcurl, extraction, claims, SQLite, outbox, log sink): `claim_revised`.
struct RevisionStoryTests {
    let directory: URL
    let site = StaticSite()
    let server: LoopbackHTTPServer

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-revision-story-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        server = try LoopbackHTTPServer(handler: site.handler)
    }

    var config: ClaimwatchConfig { HallamStory.config(directory: directory, baseURL: server.baseURL) }

    func page(_ headline: String, _ paragraphs: [String]) -> String {
        """
        <!doctype html><html><head><meta charset="utf-8"><title>\(headline) | Gazette</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>\(headline)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article><footer>Gazette Media Ltd, 3 Mill Lane.</footer></body></html>
        """
    }

    func feed(_ slugs: [(String, String, String)]) -> String {
        let items = slugs.map { slug, title, date in
            "<item><title>\(title)</title><link>\(server.baseURL)/news/\(slug).html</link><guid>gazette-\(slug)</guid><pubDate>\(date)</pubDate></item>"
        }.joined()
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title><link>\(server.baseURL)/</link>\(items)</channel></rss>"
    }

    /// One cycle; the alerts the log sink received, as JSON objects.
    func cycle() async throws -> [[String: Any]] {
        let store = try SQLiteStore(path: config.database)
        try store.syncSources(config.sources.map(\.descriptor))
        let client = CurlHTTPClient(settings: FetchSettings(timeout: .seconds(5)))
        defer { client.shutdown() }
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let path = directory.appendingPathComponent("alerts.jsonl").path
        let before = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").count ?? 0
        _ = try await PollCycle(store: store, http: client, claims: ClaimPipeline(config: config, scorer: try TestStanceModel.scorer()), now: { Date() }, logger: logger)
            .run(config.sources)
        try await OutboxDispatcher(store: store, sinks: [LogFileSink(name: "log", path: path)], now: { Date() }, logger: logger)
            .deliverPending()
        let lines = ((try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []).dropFirst(before)
        return try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    static func describe(_ alerts: [[String: Any]]) -> [String] {
        alerts.map { alert in
            let subject = (alert["entity"] ?? alert["quantity"]).map { "\($0)" } ?? "?"
            let value = [alert["stance"], alert["value"], alert["from"], alert["to"]].compactMap { $0.map { "\($0)" } }.joined(separator: "->")
            return "\(alert["kind"] as? String ?? "?") \(subject) \(value)"
        }.sorted()
    }

    @Test func theEarlierArticleRewrittenRaisesClaimRevised() async throws {
        defer { server.stop() }
        let first = ("denies", "Hallam denies dye spill", "Mon, 02 Mar 2026 08:00:00 GMT")
        let second = ("admits", "Hallam admits mill caused spill", "Thu, 05 Mar 2026 08:00:00 GMT")
        site.put("/feed.xml", text: feed([first]), contentType: "application/rss+xml")
        site.put("/news/denies.html", text: page("Hallam denies dye spill", [
            "Hallam Textiles on Monday denied that its mill caused the dye spill that turned the river red.",
            "The Ouse River Trust said volunteers had counted about 400 dead fish downstream of the weir.",
        ]), contentType: "text/html")
        site.put("/news/admits.html", text: page("Hallam admits mill caused spill", [
            "After three days of denials, Hallam Textiles acknowledged on Thursday that a failed valve at its mill caused the dye spill.",
            "The trust now puts the number of dead fish at 1,300, up from 400.",
        ]), contentType: "text/html")
        let opening = try await cycle()
        #expect(Self.describe(opening) == ["new_claim fish 400", "new_claim hallam deny"])
        site.put("/feed.xml", text: feed([second, first]), contentType: "application/rss+xml")
        #expect(Self.describe(try await cycle()) == ["quantity_change fish 400->1300", "stance_shift hallam deny->affirm"])
        let created = try #require(opening.first { $0["kind"] as? String == "new_claim" && $0["quantity"] != nil })
        let evidence = try #require((created["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["qualifier"] as? String == "about")
        #expect(evidence["attribution"] as? String == "The Ouse River Trust said")

        // Monday's article is rewritten in place, at the same URL: its headline and lead now carry
        // the admission, and the count is the new one. The story already says both, so nothing moves — but the article changed.
        site.put("/news/denies.html", text: page("Hallam admits mill caused dye spill", [
            "Hallam Textiles on Monday admitted that its mill caused the dye spill that turned the river red.",
            "The Ouse River Trust said volunteers had counted about 1,300 dead fish downstream of the weir.",
        ]), contentType: "text/html")
        let revised = try await cycle()
        #expect(Self.describe(revised) == ["claim_revised fish 400->1300", "claim_revised hallam deny->affirm"])
        for alert in revised {
            #expect(alert["url"] as? String == server.baseURL + "/news/denies.html")
            #expect((alert["previous"] as? [[String: Any]])?.first?["url"] as? String == server.baseURL + "/news/denies.html")
        }
        let stance = try #require(revised.first { $0["entity"] != nil })
        #expect(stance["label"] as? String == "admission")
        // The earlier version's sentence (headline or lead, whichever the claims stage keeps) and the new one.
        let before = try #require((stance["previous"] as? [[String: Any]])?.first?["sentence"] as? String)
        let now = try #require((stance["evidence"] as? [[String: Any]])?.first?["sentence"] as? String)
        #expect(before.contains("denie"))
        #expect(now.contains("admit"))

        // Polling again: nothing.
        #expect(try await cycle().isEmpty)
    }
}
