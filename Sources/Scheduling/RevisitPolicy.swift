/// How often an article linked from a feed is re-checked (with a conditional request) to catch
/// edits in place: often while it is young, then less and less, then never.
///
/// With the default `interval` of 15 minutes: every 15 minutes in its first 6 hours, hourly
/// until it is 2 days old, daily until `maxAge` (7 days). The steps scale with `interval`
/// (24×, 4× and 192×, 96×), so a test can run the same schedule in seconds.
public struct RevisitPolicy: Sendable, Equatable {
    /// The revisit interval of a young article (`poll.revisit_interval`).
    public var interval: Duration
    /// Articles older than this are no longer revisited (`poll.revisit_max_age`).
    public var maxAge: Duration

    public init(interval: Duration = .seconds(15 * 60), maxAge: Duration = .seconds(7 * 24 * 3600)) {
        self.interval = interval
        self.maxAge = maxAge
    }

    /// The wait before the next revisit of an article of this age, or nil when it is too old to
    /// revisit at all.
    public func wait(age: Duration) -> Duration? {
        if age > maxAge { return nil }
        if age < interval * 24 { return interval }
        if age < interval * 192 { return interval * 4 }
        return interval * 96
    }
}
