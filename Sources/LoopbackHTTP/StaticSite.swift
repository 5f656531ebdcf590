import Foundation

/// A web root served from memory, with ETag and Last-Modified on every file and conditional
/// requests answered as a strict server does: `If-None-Match` by ETag, `If-Modified-Since` only
/// when it is exactly the Last-Modified we sent (nginx's `if_modified_since exact`). Files can be
/// replaced between requests, so tests and the demo can play a story step by step.
public final class StaticSite: @unchecked Sendable {
    public struct File: Sendable {
        public var body: Data
        public var contentType: String
        public var etag: String
        public var lastModified: String
    }

    private let lock = NSLock()
    private var files: [String: File] = [:]
    private var revision = 0
    private var requested: [String] = []

    /// The paths requested so far, in order.
    public var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    public init() {}

    /// Puts (or replaces) the file at `path` ("/feed.xml"). Replacing it with identical bytes
    /// keeps its validators, as a real server's would.
    public func put(_ path: String, _ body: Data, contentType: String, lastModified: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        if let existing = files[path], existing.body == body, existing.contentType == contentType { return }
        revision += 1
        files[path] = File(body: body, contentType: contentType, etag: "\"r\(revision)-\(body.count)\"",
                           lastModified: Self.httpDate(lastModified))
    }

    public func put(_ path: String, text: String, contentType: String, lastModified: Date = Date()) {
        put(path, Data(text.utf8), contentType: contentType, lastModified: lastModified)
    }

    public func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        files[path] = nil
    }

    public func file(_ path: String) -> File? {
        lock.lock()
        defer { lock.unlock() }
        return files[path]
    }

    /// The handler to give a `LoopbackHTTPServer`.
    public var handler: LoopbackHTTPServer.Handler {
        { [self] request in
            lock.lock()
            requested.append(request.path)
            lock.unlock()
            guard let file = file(request.path) else {
                return .respond(.init(status: 404, headers: [("Content-Type", "text/plain")], text: "not found"))
            }
            let validators = [("ETag", file.etag), ("Last-Modified", file.lastModified)]
            let fresh: Bool
            if let tags = request.header("If-None-Match") {
                fresh = tags.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == file.etag }
            } else if let since = request.header("If-Modified-Since") {
                fresh = since == file.lastModified
            } else {
                fresh = false
            }
            if fresh { return .respond(.init(status: 304, headers: validators)) }
            return .respond(.init(status: 200, headers: [("Content-Type", file.contentType)] + validators, body: file.body))
        }
    }

    /// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
    public static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
