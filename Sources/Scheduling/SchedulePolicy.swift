import Foundation

/// The limits a scheduler works within (from the config's `poll:` section).
public struct SchedulePolicy: Sendable, Equatable {
    /// Longest wait after consecutive failures (`poll.max_backoff`); also caps `Retry-After`.
    public var maxBackoff: Duration
    /// Longest a server's freshness hint (`Cache-Control: max-age`, `Expires`, RSS `<ttl>`) may
    /// push the next check out (`poll.max_interval`).
    public var maxInterval: Duration
    /// Jitter as a fraction of each wait (0.1 spreads a 10-minute interval over 9 to 11 minutes).
    public var jitter: Double
    /// A source with no future check on record (new, or overdue after downtime) is first checked
    /// at a random moment within this window (or its interval, if shorter), so a restart does not
    /// fire every source at once.
    public var startSpread: Duration
    /// How articles linked from feeds are revisited.
    public var revisit: RevisitPolicy

    public init(maxBackoff: Duration = .seconds(6 * 3600), maxInterval: Duration = .seconds(24 * 3600),
                jitter: Double = 0.1, startSpread: Duration = .seconds(60), revisit: RevisitPolicy = RevisitPolicy()) {
        self.maxBackoff = maxBackoff
        self.maxInterval = maxInterval
        self.jitter = min(max(jitter, 0), 0.5)
        self.startSpread = startSpread
        self.revisit = revisit
    }

    /// The wait after `failures` consecutive failures of something checked every `interval`:
    /// the interval doubled per failure after the first, capped at `maxBackoff` (but never
    /// shorter than the interval itself).
    public func backoff(interval: Duration, failures: Int) -> Duration {
        guard failures > 0 else { return interval }
        let doublings = min(failures - 1, 40)
        let cap = max(interval, maxBackoff)
        let grown = interval.seconds * pow(2, Double(doublings))
        return grown >= cap.seconds ? cap : .seconds(grown)
    }
}

extension Duration {
    /// The duration in (fractional) seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

extension Date {
    /// `self` moved by `duration`.
    func adding(_ duration: Duration) -> Date {
        addingTimeInterval(duration.seconds)
    }
}
