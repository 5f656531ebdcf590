import ClaimwatchModel
import Foundation

/// What a response says about when to ask again: `Retry-After` (honoured on 429 and 503), and
/// freshness from `Cache-Control: max-age`, `Expires` or an RSS `<ttl>`, which the scheduler
/// treats as lower bounds on the next check.
public struct ResponseHints: Sendable, Equatable {
    /// Do not ask before this (from `Retry-After` on a 429 or 503).
    public var retryAfter: Date?
    /// The response stays fresh until this; checking earlier is pointless.
    public var freshUntil: Date?

    public init(retryAfter: Date? = nil, freshUntil: Date? = nil) {
        self.retryAfter = retryAfter
        self.freshUntil = freshUntil
    }

    /// Reads the hints of a response with `status` received at `at`; `header` looks a header up
    /// by name (case-insensitive), `ttlMinutes` is the feed's `<ttl>` if any.
    public static func read(status: Int?, header: (String) -> String?, ttlMinutes: Int? = nil, at: Date) -> ResponseHints {
        var hints = ResponseHints()
        if status == 429 || status == 503, let value = header("Retry-After") {
            hints.retryAfter = retryAfter(value, at: at)
        }
        var fresh: Date?
        if let cacheControl = header("Cache-Control") {
            let directives = cacheControl.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            // no-cache and no-store ask to revalidate every time: no lower bound from the cache.
            let noCache = directives.contains { $0 == "no-cache" || $0 == "no-store" }
            if !noCache, let maxAge = directives.lazy.compactMap(Self.maxAge).first {
                let age = header("Age").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
                fresh = at.addingTimeInterval(TimeInterval(max(0, maxAge - max(0, age))))
            }
            if noCache { fresh = at }
        }
        // Cache-Control takes precedence over Expires (RFC 9111 §5.3).
        if fresh == nil, let expires = header("Expires"), let date = HTTPDate.parse(expires) {
            fresh = date
        }
        if let ttlMinutes, ttlMinutes > 0 {
            let ttl = at.addingTimeInterval(TimeInterval(ttlMinutes) * 60)
            fresh = max(fresh ?? ttl, ttl)
        }
        if let date = fresh, date > at { hints.freshUntil = date }
        return hints
    }

    private static func maxAge(_ directive: String) -> Int? {
        guard directive.hasPrefix("max-age=") else { return nil }
        return Int(directive.dropFirst("max-age=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\" ")))
    }

    /// `Retry-After` is either delay-seconds or an HTTP-date.
    static func retryAfter(_ value: String, at: Date) -> Date? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return seconds >= 0 ? at.addingTimeInterval(TimeInterval(seconds)) : nil }
        return HTTPDate.parse(trimmed)
    }
}
