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

/// A story of our own, step by step through the whole pipeline (loopback server, libcurl,
/// feed parser, extraction, sentences, claims, SQLite, outbox, log sink), asserting the exact
/// alerts each step raises.
struct StoryTests {
    let directory: URL
    let site = StaticSite()
    let server: LoopbackHTTPServer

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-story-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        server = try LoopbackHTTPServer(handler: site.handler)
    }

    var config: ClaimwatchConfig { HallamStory.config(directory: directory, baseURL: server.baseURL) }

    func page(_ headline: String, _ paragraphs: [String], advert: String) -> String {
        """
        <!doctype html><html><head><meta charset="utf-8"><title>\(headline) | Gazette</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <div class="cookie-notice">We use cookies to make this site work. Accept all cookies.</div>
        <article><h1>\(headline)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <aside class="advert">\(advert)</aside></article>
        <footer>Gazette Media Ltd, 3 Mill Lane. Call 0113 496 0000.</footer></body></html>
        """
    }

    func feed(_ slugs: [(String, String, String)]) -> String {
        let items = slugs.map { slug, title, date in
            "<item><title>\(title)</title><link>\(server.baseURL)/news/\(slug).html</link><guid>gazette-\(slug)</guid><pubDate>\(date)</pubDate></item>"
        }.joined()
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title><link>\(server.baseURL)/</link>\(items)</channel></rss>"
    }

    /// Runs one `once`-style cycle and returns the (kind, subject, value) of the alerts written.
    func cycle() async throws -> [String] {
        try await cycle(config)
    }

    func cycle(_ config: ClaimwatchConfig) async throws -> [String] {
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
        return try lines.map { line in
            let alert = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let kind = alert["kind"] as? String ?? "?"
            let subject = (alert["entity"] ?? alert["quantity"]).map { "\($0)" } ?? "?"
            let value = [alert["stance"], alert["value"], alert["from"], alert["to"]].compactMap { $0.map { "\($0)" } }.joined(separator: "->")
            return "\(kind) \(subject) \(value)"
        }.sorted()
    }

    @Test func denialThenAdmissionWithAMovingCount() async throws {
        defer { server.stop() }
        let first = ("denies", "Hallam denies dye spill", "Mon, 02 Mar 2026 08:00:00 GMT")
        site.put("/feed.xml", text: feed([first]), contentType: "application/rss+xml")
        site.put("/news/denies.html", text: page("Hallam denies dye spill", [
            "Hallam Textiles on Monday denied that its mill caused the dye spill that turned the river red.",
            "The Ouse River Trust said volunteers had counted about 400 dead fish downstream of the weir.",
        ], advert: "Sofas from £499 this weekend only"), contentType: "text/html")
        #expect(try await cycle() == ["new_claim fish 400", "new_claim hallam deny"])

        // Noise only: a new advert and a fixed typo in a sentence without a claim.
        site.put("/news/denies.html", text: page("Hallam denies dye spill", [
            "Hallam Textiles on Monday denied that its mill caused the dye spill that turned the river red.",
            "The Ouse River Trust said volunteers had counted about 400 dead fish downstream of the weir.",
        ], advert: "Garden furniture: two chairs for £99"), contentType: "text/html")
        #expect(try await cycle() == [])

        let second = ("admits", "Hallam admits mill caused spill", "Thu, 05 Mar 2026 08:00:00 GMT")
        site.put("/feed.xml", text: feed([second, first]), contentType: "application/rss+xml")
        site.put("/news/admits.html", text: page("Hallam admits mill caused spill", [
            "After three days of denials, Hallam Textiles acknowledged on Thursday that a failed valve at its mill caused the dye spill.",
            "The trust now puts the number of dead fish at 1,300, up from 400.",
        ], advert: "Sofas from £499 this weekend only"), contentType: "text/html")
        #expect(try await cycle() == ["quantity_change fish 400->1300", "stance_shift hallam deny->affirm"])

        // Polling again changes nothing: every document answers 304 or is unchanged.
        #expect(try await cycle() == [])
    }

    /// A wire feed read as it stands (`follow_links: false`): the items' own text carries the
    /// claims, their links are never fetched, and an edited item is diffed like an article.
    @Test func aFeedReadWithoutFollowingItsLinks() async throws {
        defer { server.stop() }
        var config = self.config
        config.sources = [SourceConfig(id: "wire", url: server.baseURL + "/wire.xml", kind: .feed, followLinks: false)]
        func item(_ id: String, _ title: String, _ html: String) -> String {
            "<item><title>\(title)</title><link>\(server.baseURL)/never/\(id).html</link><guid>\(id)</guid>"
                + "<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate><description><![CDATA[\(html)]]></description></item>"
        }
        func wire(_ items: [String]) -> String {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>\(server.baseURL)/</link>\(items.joined())</channel></rss>"
        }
        site.put("/wire.xml", text: wire([item("w1", "Mill owner rejects spill claims",
            "<p>Hallam Textiles on Tuesday rejected claims that its mill caused the dye spill.</p><p>The river is still red.</p>")]),
            contentType: "application/rss+xml")
        #expect(try await cycle(config) == ["new_claim hallam deny"])

        // The agency edits the item in place: the denial becomes an admission.
        site.put("/wire.xml", text: wire([item("w1", "Mill owner admits spill",
            "<p>Hallam Textiles on Tuesday admitted that its mill caused the dye spill.</p><p>The river is still red.</p>")]),
            contentType: "application/rss+xml")
        #expect(try await cycle(config) == ["stance_shift hallam deny->affirm"])
        #expect(try await cycle(config) == [])
        // Nothing but the feed was ever requested.
        #expect(site.requests.allSatisfy { $0.hasPrefix("/wire.xml") })
    }

    /// A process killed after a new version was stored but before its claims were applied:
    /// the next start applies them, although the page itself is now unchanged (304).
    @Test func anInterruptedVersionGetsItsClaimsAtTheNextStart() async throws {
        defer { server.stop() }
        let first = ("denies", "Hallam denies dye spill", "Mon, 02 Mar 2026 08:00:00 GMT")
        site.put("/feed.xml", text: feed([first]), contentType: "application/rss+xml")
        site.put("/news/denies.html", text: page("Hallam denies dye spill", [
            "Hallam Textiles on Monday denied that its mill caused the dye spill that turned the river red.",
        ], advert: "Sofas from £499 this weekend only"), contentType: "text/html")
        // The interrupted run: versions stored, no claims read (as if killed right after the save).
        let store = try SQLiteStore(path: config.database)
        try store.syncSources(config.sources.map(\.descriptor))
        let client = CurlHTTPClient(settings: FetchSettings(timeout: .seconds(5)))
        defer { client.shutdown() }
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        _ = try await PollCycle(store: store, http: client, claims: nil, now: { Date() }, logger: logger).run(config.sources)
        #expect(try store.versionsPendingClaims().map(\.kind) == [.feedItem, .article])

        #expect(try await cycle() == ["new_claim hallam deny"])
        #expect(try store.versionsPendingClaims().isEmpty)
        #expect(try await cycle() == [])
    }

    /// windows-1251 as Russian news sites still serve it: Cyrillic letters map to 0xC0–0xFF.
    static func windows1251(_ text: String) -> Data {
        Data(text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar.value {
            case 0x410...0x44F: UInt8(0xC0 + scalar.value - 0x410)
            case 0x401: 0xA8
            case 0x451: 0xB8
            default: UInt8(truncatingIfNeeded: scalar.value)
            }
        })
    }

    @Test func aWindows1251PageIsDecodedExtractedAndStored() async throws {
        defer { server.stop() }
        let paragraph = "Мэрия Калдора сообщила, что ремонт набережной завершится в мае."
        let html = """
            <html><head><meta charset="windows-1251"><title>Набережная</title></head><body>
            <nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
            <article><h1>Ремонт набережной</h1><p>\(paragraph)</p><p>Работы ведёт городская служба дорог.</p></article>
            <footer>Все права защищены.</footer></body></html>
            """
        // No charset in the header: the page's own <meta charset> must decide.
        site.put("/city.html", Self.windows1251(html), contentType: "text/html")
        let source = SourceConfig(id: "city", url: server.baseURL + "/city.html", kind: .page)
        var pageConfig = config
        pageConfig.sources = [source]
        let store = try SQLiteStore(path: config.database)
        try store.syncSources([source.descriptor])
        let client = CurlHTTPClient(settings: FetchSettings(timeout: .seconds(5)))
        defer { client.shutdown() }
        let reports = try await PollCycle(store: store, http: client, claims: ClaimPipeline(config: pageConfig, scorer: try TestStanceModel.scorer()), now: { Date() },
                                          logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }).run([source])
        #expect(reports.first?.newVersions == 1)
        let document = try #require(try store.documents(sourceID: "city").first)
        let version = try #require(try store.versions(documentID: document.id).first)
        #expect(version.http?.charset == "windows-1251")
        #expect(version.content.contains(paragraph))
        let reading = try ClaimPipeline(config: pageConfig, scorer: try TestStanceModel.scorer()).read(html: version.content, url: source.url, selector: nil)
        #expect(reading.text == "\(paragraph)\n\nРаботы ведёт городская служба дорог.")
        #expect(reading.title == "Ремонт набережной")
        #expect(!reading.text.contains("Все права"))
    }
}
