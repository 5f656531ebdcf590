import ClaimwatchModel
import Configuration
import Foundation

/// When to try a failed delivery again, or when to stop: exponential backoff with jitter,
/// capped at `max`, never earlier than the receiver's `Retry-After`, until `giveUpAfter` has
/// passed since the first attempt. A value type with explicit times and an injected random
/// source, so every rule is tested as a table.
///
/// After the n-th failed attempt the wait is drawn uniformly from `initial …
/// min(max, initial × 2^(n-1))` ("full jitter" above a floor of `initial`, so the first retry
/// waits exactly `initial` and later ones spread out). The last retry is made when the budget
/// runs out; if that one fails too, the delivery is given up. A `Retry-After` later than the
/// end of the budget gives up at once: honouring it would break the budget, ignoring it would
/// hammer a receiver that asked us to wait.
public struct RetrySchedule: Sendable, Equatable {
    public var initial: Duration
    public var max: Duration
    /// Nil never gives up (a local log file: there is nobody else to deliver to).
    public var giveUpAfter: Duration?

    public init(initial: Duration, max: Duration, giveUpAfter: Duration?) {
        self.initial = initial
        self.max = Swift.max(initial, max)
        self.giveUpAfter = giveUpAfter
    }

    /// A webhook sink's `retry:` settings.
    public init(_ config: RetryConfig) {
        self.init(initial: config.initial, max: config.max, giveUpAfter: config.giveUpAfter)
    }

    /// For sinks that write local files: retried soon and forever.
    public static let localFile = RetrySchedule(initial: .seconds(5), max: .seconds(300), giveUpAfter: nil)

    public enum Decision: Sendable, Equatable {
        case retry(at: Date)
        /// Marked failed; the reason is recorded with it.
        case giveUp(reason: String)
    }

    /// The decision after a failed attempt.
    /// - Parameters:
    ///   - attempt: attempts made since the delivery was queued, this one included (≥ 1).
    ///   - firstAttemptAt: when the first of those was made.
    ///   - now: when this one failed.
    ///   - retryAfter: the earliest time the receiver allows, if it said.
    ///   - random: a value in 0..<1.
    public func afterFailure(attempt: Int, firstAttemptAt: Date, now: Date, retryAfter: Date?,
                             random: () -> Double) -> Decision {
        var deadline: Date?
        if let giveUpAfter {
            let end = firstAttemptAt.addingTimeInterval(giveUpAfter.seconds)
            if now >= end {
                return .giveUp(reason: "gave up after \(attempt) attempts over \(DurationParser.format(giveUpAfter))")
            }
            deadline = end
        }
        let floor = initial.seconds
        // 2^62 seconds overflows nothing and is far beyond any `max`.
        let ceiling = Swift.min(max.seconds, floor * pow(2, Double(Swift.min(Swift.max(attempt, 1) - 1, 62))))
        let fraction = Swift.min(Swift.max(random(), 0), 1)
        var next = now.addingTimeInterval(floor + (ceiling - floor) * fraction)
        if let deadline { next = Swift.min(next, deadline) }
        if let retryAfter, retryAfter > next {
            if let deadline, retryAfter > deadline, let giveUpAfter {
                return .giveUp(reason: "Retry-After \(ISO8601Time.format(retryAfter)) is beyond give_up_after (\(DurationParser.format(giveUpAfter)))")
            }
            next = retryAfter
        }
        return .retry(at: next)
    }
}
