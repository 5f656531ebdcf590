import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import LoopbackHTTP
import Logging
import Scheduling
import Service
import Store
import Testing

/// The steps the daemon uses one at a time: one source polled alone (skipping articles whose
/// revisit is not due), articles fetched on their own, and the scheduling hints read from the
/// responses on the way.
struct SingleSourcePollTests {
    let directory: URL
    let site = StaticSite()
    let server: LoopbackHTTPServer

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-single-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let site = self.site
        let headers: [String: [(name: String, value: String)]] = [
            "/busy.xml": [("Retry-After", "120")],
            "/news/cached.html": [("Cache-Control", "public, max-age=600")],
        ]
        server = try LoopbackHTTPServer { request in
            if request.path == "/busy.xml" {
                return .respond(.init(status: 503, headers: headers["/busy.xml"]!, text: "busy"))
            }
            guard case .respond(var response) = site.handler(request) else { return site.handler(request) }
            response.headers += headers[request.path] ?? []
            return .respond(response)
        }
    }

    func cycle(_ store: SQLiteStore, client: CurlHTTPClient) -> PollCycle {
        PollCycle(store: store, http: client, now: { Date() }, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    func feed(_ slugs: [String], ttl: Int? = nil) -> String {
        let items = slugs.map { "<item><title>\($0)</title><link>\(server.baseURL)/news/\($0).html</link><guid>g-\($0)</guid></item>" }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Pier Post</title>\(ttl.map { "<ttl>\($0)</ttl>" } ?? "")\(items.joined())</channel></rss>"
    }

    func page(_ text: String) -> String {
        "<html><head><title>\(text)</title></head><body><article><h1>\(text)</h1><p>\(text) happened on the pier today.</p></article></body></html>"
    }

    @Test func aFeedPollSkipsArticlesNotDueAndReportsEachArticleAndTheTTL() async throws {
        defer { server.stop() }
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        let source = SourceConfig(id: "pier", url: server.baseURL + "/feed.xml", kind: .feed)
        try store.syncSources([source.descriptor])
        site.put("/feed.xml", text: feed(["gulls", "tide"], ttl: 30), contentType: "application/rss+xml")
        site.put("/news/gulls.html", text: page("Gulls"), contentType: "text/html")
        site.put("/news/tide.html", text: page("Tide"), contentType: "text/html")
        let client = CurlHTTPClient(settings: FetchSettings(timeout: .seconds(5)))
        defer { client.shutdown() }
        let before = Date()

        let report = try await cycle(store, client: client).poll(source, skippingArticles: [server.baseURL + "/news/tide.html"])
        #expect(report.status == .fetched)
        #expect(report.articles.map(\.url) == [server.baseURL + "/news/gulls.html"])
        #expect(report.articles.first?.status == .stored(changed: true))
        let fresh = try #require(report.hints.freshUntil)
        #expect(fresh >= before.addingTimeInterval(30 * 60))
        #expect(!server.requests.contains { $0.path == "/news/tide.html" })

        // A revisit on its own: conditional, 304, and the freshness its response gives.
        site.put("/news/cached.html", text: page("Cache"), contentType: "text/html")
        let revisits = try await cycle(store, client: client).fetchArticles(
            [ArticleLink(link: server.baseURL + "/news/gulls.html"), ArticleLink(link: server.baseURL + "/news/cached.html")], of: source)
        let byURL = Dictionary(uniqueKeysWithValues: revisits.map { ($0.url, $0) })
        #expect(byURL[server.baseURL + "/news/gulls.html"]?.status == .notModified)
        #expect(byURL[server.baseURL + "/news/cached.html"]?.status == .stored(changed: true))
        #expect(try #require(byURL[server.baseURL + "/news/cached.html"]?.hints.freshUntil) >= before.addingTimeInterval(600))
    }

    @Test func aBusySourceReportsItsRetryAfter() async throws {
        defer { server.stop() }
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        let source = SourceConfig(id: "busy", url: server.baseURL + "/busy.xml", kind: .feed)
        try store.syncSources([source.descriptor])
        let client = CurlHTTPClient(settings: FetchSettings(timeout: .seconds(5)))
        defer { client.shutdown() }
        let before = Date()
        let report = try await cycle(store, client: client).poll(source)
        guard case .failed(let failure) = report.status else {
            Issue.record("a 503 is a failure")
            return
        }
        #expect(failure.httpStatus == 503)
        let retryAfter = try #require(report.hints.retryAfter)
        #expect(retryAfter >= before.addingTimeInterval(120))
    }
}
