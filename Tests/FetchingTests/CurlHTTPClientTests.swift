import ClaimwatchModel
import Foundation
import LoopbackHTTP
import Testing
@testable import Fetching

/// The fetcher against a real HTTP server on loopback.
struct CurlHTTPClientTests {
    static let quick = FetchSettings(concurrency: 8, perHost: 2, timeout: .seconds(5),
                                     connectTimeout: .seconds(2), maxBodySize: 64 * 1024, userAgent: "claimwatch-test/1")

    func withServer(_ handler: @escaping LoopbackHTTPServer.Handler,
                    settings: FetchSettings = quick,
                    _ body: (LoopbackHTTPServer, CurlHTTPClient) async throws -> Void) async throws {
        let server = try LoopbackHTTPServer(handler: handler)
        let client = CurlHTTPClient(settings: settings)
        defer {
            server.stop()
            client.shutdown()
        }
        try await body(server, client)
    }

    @Test func fetchesABodyWithHeadersAndUserAgent() async throws {
        try await withServer({ _ in
            .respond(.init(status: 200, headers: [("Content-Type", "text/plain"), ("ETag", "\"v1\""),
                                                  ("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT")], text: "hello"))
        }) { server, client in
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/a"))
            guard case .fetched(let response) = outcome else { Issue.record("expected a body, got \(outcome)"); return }
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == "hello")
            #expect(response.validators == HTTPValidators(etag: "\"v1\"", lastModified: "Tue, 03 Mar 2026 10:00:00 GMT"))
            #expect(response.finalURL == server.baseURL + "/a")
            #expect(server.requests.first?.header("User-Agent") == "claimwatch-test/1")
        }
    }

    @Test func revalidatesWithETag() async throws {
        let site = StaticSite()
        site.put("/feed.xml", text: "<rss/>", contentType: "application/rss+xml")
        try await withServer(site.handler) { server, client in
            guard case .fetched(let first) = await client.fetch(FetchRequest(url: server.baseURL + "/feed.xml")) else {
                Issue.record("first fetch failed"); return
            }
            let second = await client.fetch(FetchRequest(url: server.baseURL + "/feed.xml", validators: first.validators))
            guard case .notModified = second else { Issue.record("expected 304, got \(second)"); return }
            #expect(server.requests.last?.header("If-None-Match") == first.validators.etag)
        }
    }

    @Test func revalidatesWithTheServersOwnLastModifiedVerbatim() async throws {
        let site = StaticSite()
        site.put("/page.html", text: "<p>x</p>", contentType: "text/html",
                 lastModified: Date(timeIntervalSince1970: 1_700_000_000))
        try await withServer(site.handler) { server, client in
            // Only Last-Modified is replayed: the site answers 304 only to its exact value.
            let validators = HTTPValidators(lastModified: site.file("/page.html")!.lastModified)
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/page.html", validators: validators))
            guard case .notModified = outcome else { Issue.record("expected 304, got \(outcome)"); return }
            #expect(server.requests.last?.header("If-Modified-Since") == "Tue, 14 Nov 2023 22:13:20 GMT")
            #expect(server.requests.last?.header("If-None-Match") == nil)
        }
    }

    @Test func decodesGzip() async throws {
        let text = String(repeating: "gzip me please. ", count: 200)
        try await withServer({ request in
            #expect(request.header("Accept-Encoding")?.contains("gzip") == true)
            return .respond(.init(status: 200, headers: [("Content-Encoding", "gzip")], body: Gzip.compress(Data(text.utf8))))
        }) { server, client in
            guard case .fetched(let response) = await client.fetch(FetchRequest(url: server.baseURL + "/z")) else {
                Issue.record("gzip fetch failed"); return
            }
            #expect(String(decoding: response.body, as: UTF8.self) == text)
        }
    }

    @Test func followsARedirectChainAndRecordsTheFinalURL() async throws {
        try await withServer({ request in
            switch request.path {
            case "/r1": .respond(.init(status: 301, headers: [("Location", "/r2")]))
            case "/r2": .respond(.init(status: 302, headers: [("Location", "/r3")]))
            case "/r3": .respond(.init(status: 302, headers: [("Location", "/final")]))
            default: .respond(.init(status: 200, headers: [("ETag", "\"final\"")], text: "landed"))
            }
        }) { server, client in
            guard case .fetched(let response) = await client.fetch(FetchRequest(url: server.baseURL + "/r1")) else {
                Issue.record("redirect chain failed"); return
            }
            #expect(response.finalURL == server.baseURL + "/final")
            #expect(response.validators.etag == "\"final\"")
            #expect(String(decoding: response.body, as: UTF8.self) == "landed")
        }
    }

    @Test func aRedirectLoopIsClassified() async throws {
        try await withServer({ request in
            .respond(.init(status: 302, headers: [("Location", request.path == "/a" ? "/b" : "/a")]))
        }) { server, client in
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/a"))
            #expect(outcome.failure?.kind == .redirect)
            // Five redirects followed, then curl stops: six requests in all.
            #expect(server.requests.count == 6)
        }
    }

    @Test(arguments: [404, 500, 503])
    func errorStatusesAreFailuresWithTheResponse(status: Int) async throws {
        try await withServer({ _ in .respond(.init(status: status, headers: [("Retry-After", "120")], text: "nope")) }) { server, client in
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/x"))
            guard case .failed(let failure, let response) = outcome else { Issue.record("expected failure"); return }
            #expect(failure.kind == .httpStatus)
            #expect(failure.httpStatus == status)
            #expect(response?.headers.value(for: "retry-after") == "120")
        }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        var settings = Self.quick
        settings.timeout = .milliseconds(600)
        try await withServer({ _ in .noAnswer }, settings: settings) { server, client in
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/slow"))
            #expect(outcome.failure?.kind == .timeout)
        }
    }

    @Test func aBodyOverTheAnnouncedCapIsAborted() async throws {
        let big = Data(repeating: 0x61, count: 200 * 1024)
        try await withServer({ _ in .respond(.init(status: 200, body: big)) }) { server, client in
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/big"))
            #expect(outcome.failure?.kind == .tooLarge)
        }
    }

    @Test func aSmallGzipBodyThatDecodesOverTheCapIsAborted() async throws {
        // 2 MiB of one byte compresses to a few KiB: Content-Length alone would let it through.
        let bomb = Gzip.compress(Data(repeating: 0x61, count: 2 << 20))
        #expect(bomb.count < Self.quick.maxBodySize)
        try await withServer({ _ in .respond(.init(status: 200, headers: [("Content-Encoding", "gzip")], body: bomb)) }) { server, client in
            let outcome = await client.fetch(FetchRequest(url: server.baseURL + "/bomb"))
            #expect(outcome.failure?.kind == .tooLarge)
        }
    }

    @Test func aWindows1251PageDecodes() async throws {
        let body = Data("<html><head><meta charset=\"windows-1251\"><title>".utf8) + Data([0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]) + Data("</title></html>".utf8)
        try await withServer({ _ in .respond(.init(status: 200, headers: [("Content-Type", "text/html")], body: body)) }) { server, client in
            guard case .fetched(let response) = await client.fetch(FetchRequest(url: server.baseURL + "/ru")) else {
                Issue.record("fetch failed"); return
            }
            let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType)
            #expect(decoded.charset == "windows-1251")
            #expect(decoded.text.contains("<title>Москва</title>"))
        }
    }

    @Test func connectionRefusedIsAConnectFailure() async throws {
        let reserved = try ReservedPort()
        let client = CurlHTTPClient(settings: Self.quick)
        defer { client.shutdown() }
        let outcome = await client.fetch(FetchRequest(url: "http://127.0.0.1:\(reserved.port)/gone"))
        withExtendedLifetime(reserved) {}
        #expect(outcome.failure?.kind == .connect)
    }

    @Test func nonWebSchemesAreRefused() async throws {
        let client = CurlHTTPClient(settings: Self.quick)
        defer { client.shutdown() }
        let outcome = await client.fetch(FetchRequest(url: "file:///etc/passwd"))
        #expect(outcome.failure != nil)
    }

    @Test func neverMoreThanTwoTransfersToOneHost() async throws {
        let gauge = ConcurrencyGauge()
        try await withServer({ _ in
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.15)
            gauge.leave()
            return .respond(.init(status: 200, text: "ok"))
        }) { server, client in
            let outcomes = await withTaskGroup(of: FetchOutcome.self) { group in
                for index in 0..<6 {
                    group.addTask { await client.fetch(FetchRequest(url: server.baseURL + "/p\(index)")) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.allSatisfy { if case .fetched = $0 { true } else { false } })
            #expect(gauge.peak == 2)
        }
    }

    @Test func postsABody() async throws {
        try await withServer({ request in
            .respond(.init(status: 200, text: "\(request.method) \(String(decoding: request.body, as: UTF8.self)) \(request.header("X-Test") ?? "")"))
        }) { server, client in
            let request = FetchRequest(url: server.baseURL + "/hook", method: "POST", headers: [HTTPHeader("X-Test", "yes")],
                                       body: Data("{\"a\":1}".utf8))
            guard case .fetched(let response) = await client.fetch(request) else { Issue.record("post failed"); return }
            #expect(String(decoding: response.body, as: UTF8.self) == "POST {\"a\":1} yes")
        }
    }
}

extension CurlHTTPClientTests {
    /// A webhook-sized POST: every byte of the body and every header arrives as sent, with no
    /// `Expect: 100-continue` round trip (curl 7.x adds one above 1 KiB unless told not to).
    @Test func aLargePostBodyAndItsHeadersArriveExactly() async throws {
        let body = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try await withServer({ _ in .respond(.init(status: 204)) }) { server, client in
            let request = FetchRequest(url: server.baseURL + "/hook", method: "POST",
                                       headers: [HTTPHeader("Content-Type", "application/json"),
                                                 HTTPHeader("X-Claimwatch-Alert-Id", "abc123")],
                                       body: body, timeout: .seconds(5), followRedirects: false)
            guard case .fetched(let response) = await client.fetch(request) else { Issue.record("post failed"); return }
            #expect(response.status == 204)
            let received = try #require(server.requests.last)
            #expect(received.method == "POST")
            #expect(received.body == body)
            #expect(received.header("Content-Type") == "application/json")
            #expect(received.header("X-Claimwatch-Alert-Id") == "abc123")
            #expect(received.header("Expect") == nil)
        }
    }

    /// A POST that must not follow redirects reports the 3xx itself (curl would re-send it as a GET).
    @Test func aPostWithoutRedirectsReportsTheRedirect() async throws {
        try await withServer({ request in
            request.path == "/hook" ? .respond(.init(status: 302, headers: [("Location", "/elsewhere")]))
                                    : .respond(.init(status: 200, text: "moved"))
        }) { server, client in
            let request = FetchRequest(url: server.baseURL + "/hook", method: "POST", body: Data("{}".utf8), followRedirects: false)
            let outcome = await client.fetch(request)
            guard case .failed(let failure, let response) = outcome else { Issue.record("expected the 302, got \(outcome)"); return }
            #expect(failure.httpStatus == 302)
            #expect(response?.headers.value(for: "Location") == "/elsewhere")
            #expect(server.requests.map(\.path) == ["/hook"])
        }
    }
}

/// Counts how many handler calls overlap.
final class ConcurrencyGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var maximum = 0

    func enter() {
        lock.lock()
        current += 1
        maximum = max(maximum, current)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        current -= 1
        lock.unlock()
    }

    var peak: Int {
        lock.lock()
        defer { lock.unlock() }
        return maximum
    }
}
