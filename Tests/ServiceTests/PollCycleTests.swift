import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import LoopbackHTTP
import Logging
import Service
import Store
import Testing

/// The `once` cycle end to end: a real loopback server, libcurl, the feed parser and a real
/// SQLite file.
struct PollCycleTests {
    let directory: URL
    let site = StaticSite()
    let server: LoopbackHTTPServer

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-cycle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        server = try LoopbackHTTPServer(handler: site.handler)
    }

    func feed(_ items: [(slug: String, title: String)]) -> String {
        let entries = items.map { item in
            """
            <item><title>\(item.title)</title><link>\(server.baseURL)/news/\(item.slug).html</link>
            <guid isPermaLink="false">harbour-\(item.slug)</guid><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>
            <description>\(item.title).</description></item>
            """
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Gazette</title><link>\(server.baseURL)/</link>
            <description>Local news</description>
            \(entries)
            </channel></rss>
            """
    }

    func article(_ headline: String, _ body: String) -> String {
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(headline)</title></head><body><article><h1>\(headline)</h1><p>\(body)</p></article></body></html>"
    }

    func source(_ id: String, _ path: String, kind: SourceKind = .feed) -> SourceConfig {
        SourceConfig(id: id, url: server.baseURL + path, kind: kind)
    }

    func run(_ sources: [SourceConfig], store: SQLiteStore) async throws -> [SourceReport] {
        try store.syncSources(sources.map(\.descriptor))
        let client = CurlHTTPClient(settings: FetchSettings(timeout: .seconds(5)))
        defer { client.shutdown() }
        var logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        return try await PollCycle(store: store, http: client, now: { Date() }, logger: logger).run(sources)
    }

    func versionCounts(_ store: SQLiteStore) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try store.documents(sourceID: nil).map { ("\($0.kind.rawValue) \($0.key)", $0.versionCount) })
    }

    @Test func twoCyclesWithOneArticleEditedInPlaceStoreExactlyOneNewVersion() async throws {
        defer { server.stop() }
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        site.put("/feed.xml", text: feed([("quay", "Quay wall to be rebuilt"), ("ferry", "Ferry timetable changes")]),
                 contentType: "application/rss+xml")
        site.put("/news/quay.html", text: article("Quay wall to be rebuilt", "The council approved the plan on Monday."), contentType: "text/html")
        site.put("/news/ferry.html", text: article("Ferry timetable changes", "Evening crossings move to 7pm."), contentType: "text/html")
        let sources = [source("gazette", "/feed.xml")]

        let first = try await run(sources, store: store)
        #expect(first.first?.status == .fetched)
        #expect(first.first?.items == 2)
        #expect(first.first?.articlesFetched == 2)
        #expect(first.first?.newVersions == 4)
        let before = try versionCounts(store)
        #expect(before.count == 4)
        #expect(before.values.allSatisfy { $0 == 1 })

        // The ferry article is corrected in place; the feed does not change.
        site.put("/news/ferry.html", text: article("Ferry timetable changes", "Evening crossings move to 8pm."), contentType: "text/html")
        let second = try await run(sources, store: store)
        #expect(second.first?.status == .notModified)
        #expect(second.first?.articlesFetched == 1)
        #expect(second.first?.articlesNotModified == 1)
        #expect(second.first?.newVersions == 1)
        let after = try versionCounts(store)
        let ferryKey = "article \(server.baseURL)/news/ferry.html"
        #expect(after[ferryKey] == 2)
        #expect(after.filter { $0.key != ferryKey }.values.allSatisfy { $0 == 1 })
        let ferry = try #require(try store.documents(sourceID: "gazette").first { $0.key == ferryKey.dropFirst(8).description })
        #expect(try store.versions(documentID: ferry.id).last?.content.contains("8pm") == true)

        // Every request of the second cycle was conditional.
        let secondCycle = server.requests.suffix(3)
        #expect(secondCycle.allSatisfy { $0.header("If-None-Match") != nil })
    }

    @Test func aChangedFeedAddsItemsAndFollowsOnlyCurrentLinks() async throws {
        defer { server.stop() }
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        site.put("/feed.xml", text: feed([("a", "First")]), contentType: "application/rss+xml")
        site.put("/news/a.html", text: article("First", "One."), contentType: "text/html")
        site.put("/news/b.html", text: article("Second", "Two."), contentType: "text/html")
        let sources = [source("gazette", "/feed.xml")]
        _ = try await run(sources, store: store)
        // The feed now lists only b: a is no longer current and is not revalidated.
        site.put("/feed.xml", text: feed([("b", "Second")]), contentType: "application/rss+xml")
        let requestsBefore = server.requests.count
        let report = try await run(sources, store: store)
        #expect(report.first?.items == 1)
        let paths = server.requests.dropFirst(requestsBefore).map(\.path)
        #expect(paths.sorted() == ["/feed.xml", "/news/b.html"])
        #expect(try store.currentFeedItems(sourceID: "gazette").map(\.key) == ["harbour-b"])
    }

    @Test func brokenSourcesAreRecordedAndNeverStopTheOthers() async throws {
        defer { server.stop() }
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        site.put("/feed.xml", text: feed([("quay", "Quay wall")]), contentType: "application/rss+xml")
        site.put("/news/quay.html", text: article("Quay wall", "Rebuilt."), contentType: "text/html")
        site.put("/notafeed.xml", text: "<html><body>Hello</body></html>", contentType: "text/html")
        site.put("/truncated.xml", text: String(feed([("quay", "Quay wall"), ("ferry", "Ferry")]).prefix(420)), contentType: "application/rss+xml")
        site.put("/statement.html", text: article("Statement", "The harbour master said the quay is safe."), contentType: "text/html")
        let reserved = try ReservedPort()
        defer { withExtendedLifetime(reserved) {} }
        let sources = [source("gone", "/missing.xml"), source("html", "/notafeed.xml"), source("cut", "/truncated.xml"),
                       source("gazette", "/feed.xml"), source("statements", "/statement.html", kind: .page),
                       SourceConfig(id: "refused", url: "http://127.0.0.1:\(reserved.port)/feed.xml", kind: .feed)]
        let reports = try await run(sources, store: store)
        let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.sourceID, $0) })
        #expect(byID["gone"]?.status == .failed(FetchFailure(kind: .httpStatus, message: "HTTP 404 from \(server.baseURL)/missing.xml", httpStatus: 404)))
        if case .failed(let failure) = byID["html"]?.status { #expect(failure.kind == .parse) } else { Issue.record("html source should fail to parse") }
        if case .failed(let failure) = byID["refused"]?.status { #expect(failure.kind == .connect) } else { Issue.record("refused should fail") }
        #expect(byID["gazette"]?.status == .fetched)
        #expect(byID["gazette"]?.articlesFetched == 1)
        #expect(byID["statements"]?.status == .fetched)
        #expect(byID["statements"]?.newVersions == 1)
        // The truncated feed keeps the item before the cut and still shows a parse failure.
        #expect(byID["cut"]?.parseWarning != nil)
        let states = Dictionary(uniqueKeysWithValues: try store.sourceStates().map { ($0.id, $0) })
        #expect(states["cut"]?.lastFailure?.kind == .parse)
        #expect(states["gone"]?.consecutiveFailures == 1)
        #expect(states["gazette"]?.consecutiveFailures == 0)

        _ = try await run(sources, store: store)
        #expect(try store.sourceStates().first { $0.id == "gone" }?.consecutiveFailures == 2)
    }

    @Test func twoFeedsLinkingOneArticleEachStoreIt() async throws {
        defer { server.stop() }
        let store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        site.put("/feed.xml", text: feed([("quay", "Quay wall")]), contentType: "application/rss+xml")
        site.put("/mirror.xml", text: feed([("quay", "Quay wall (mirror)")]), contentType: "application/rss+xml")
        site.put("/news/quay.html", text: article("Quay wall", "Rebuilt."), contentType: "text/html")
        // Validators are kept per source: one feed's 304 for the article must not stand for the
        // other's copy, or the second feed would never store it.
        for _ in 0..<2 {
            _ = try await run([source("gazette", "/feed.xml"), source("mirror", "/mirror.xml")], store: store)
        }
        let articles = try store.documents(sourceID: nil).filter { $0.kind == .article }
        #expect(articles.map(\.sourceID).sorted() == ["gazette", "mirror"])
        #expect(articles.allSatisfy { $0.versionCount == 1 })
    }
}
