import Foundation

/// Politeness between requests to one host: each request starts at least `delay` after the
/// previous one to the same host started. A value type with no I/O: it hands out start
/// instants, and the caller waits until then.
public struct HostPacer: Sendable {
    public let delay: Duration
    private var nextFree: [String: Date] = [:]

    public init(delay: Duration) {
        self.delay = delay
    }

    /// Reserves a start for one request to `host` asked for at `now`; returns when it may start.
    public mutating func reserve(host: String, at now: Date) -> Date {
        let start = max(now, nextFree[host] ?? now)
        nextFree[host] = start.adding(delay)
        // Hosts whose turn has long passed are forgotten, so the table stays small.
        if nextFree.count > 1024 { nextFree = nextFree.filter { $0.value > now } }
        return start
    }
}
