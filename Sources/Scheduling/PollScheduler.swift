import ClaimwatchModel
import Foundation

/// Decides when each source is polled and each feed-linked article revisited. A value type
/// with no I/O and no clock of its own: every step takes the current instant, returns what
/// to persist, and the caller does the fetching, sleeping and storing.
///
/// - A source is polled every `interval` with jitter; after consecutive failures it backs off
///   exponentially up to `policy.maxBackoff`; `Retry-After` (429/503) and freshness hints
///   (`Cache-Control: max-age`, `Expires`, `<ttl>`) are lower bounds on the next check, capped
///   by `policy.maxBackoff` and `policy.maxInterval`.
/// - A source with no future check on record (new, or overdue after downtime) is checked at a
///   random moment within `policy.startSpread`, so a restart does not fire all at once.
/// - Articles are revisited on `policy.revisit`'s decaying schedule until they are too old;
///   then their entry is kept with no next check (`Date.distantFuture`), so a feed that still
///   lists them does not have them fetched again.
public struct PollScheduler<Random: RandomNumberGenerator & Sendable>: Sendable {
    public typealias Target = ScheduleEntry.Target

    public let policy: SchedulePolicy
    private var random: Random
    /// The configured sources and their intervals.
    public private(set) var intervals: [String: Duration] = [:]
    public private(set) var entries: [Target: ScheduleEntry] = [:]
    /// Targets handed out by `due(at:)` and not yet finished.
    public private(set) var inFlight: Set<Target> = []

    public init(policy: SchedulePolicy, random: Random) {
        self.policy = policy
        self.random = random
    }

    /// Applies a configuration (at start with the persisted entries, and on every reload with
    /// none): sources added are scheduled, removed ones dropped with their revisits, and
    /// overdue ones spread out. Returns what to persist.
    public mutating func configure(intervals newIntervals: [String: Duration], restored: [ScheduleEntry], at now: Date) -> ScheduleChanges {
        var changes = ScheduleChanges()
        for entry in restored where entries[entry.target] == nil {
            entries[entry.target] = entry
        }
        for target in entries.keys where newIntervals[target.sourceID] == nil {
            entries[target] = nil
            inFlight.remove(target)
            changes.removed.append(target)
        }
        let old = intervals
        intervals = newIntervals
        for (id, interval) in newIntervals.sorted(by: { $0.key < $1.key }) {
            let target = Target.source(id)
            guard !inFlight.contains(target) else { continue }
            var entry = entries[target] ?? ScheduleEntry(target: target, nextCheck: now)
            if entries[target] == nil || entry.nextCheck <= now {
                entry.nextCheck = now.adding(spread(interval))
            } else if let previous = old[id], previous != interval {
                // A shorter interval applies now; a longer one from the next check on.
                entry.nextCheck = min(entry.nextCheck, (entry.lastCheck ?? now).adding(interval))
            }
            if entries[target] != entry {
                entries[target] = entry
                changes.saved.append(entry)
            }
        }
        for (target, var entry) in entries where entry.nextCheck <= now && !inFlight.contains(target) {
            if case .article = target {
                entry.nextCheck = now.adding(spread(policy.revisit.interval))
                entries[target] = entry
                changes.saved.append(entry)
            }
        }
        return changes
    }

    /// The targets due at `now`, marked in flight: sources first, then article revisits of
    /// sources that are not being polled right now (a feed poll revisits its own due articles).
    public mutating func due(at now: Date) -> [Target] {
        let ready = entries.values.filter { $0.nextCheck <= now && !inFlight.contains($0.target) }
            .sorted { ($0.nextCheck, $0.target.description) < ($1.nextCheck, $1.target.description) }
        var result: [Target] = []
        for entry in ready {
            if case .source = entry.target { result.append(entry.target) }
        }
        let polling = Set(inFlight.map(\.sourceID)).union(result.map(\.sourceID))
        for entry in ready {
            if case .article(let sourceID, _) = entry.target, !polling.contains(sourceID) { result.append(entry.target) }
        }
        inFlight.formUnion(result)
        return result
    }

    /// The earliest next check of anything not in flight; nil when there is nothing to wait for.
    public func nextWake() -> Date? {
        entries.values.lazy.filter { !inFlight.contains($0.target) && $0.nextCheck != .distantFuture }.map(\.nextCheck).min()
    }

    /// The article URLs of `sourceID` a feed poll at `now` should leave alone: known articles
    /// whose revisit is not due, and those being revisited already. Every other linked article
    /// (new, or due) is fetched.
    public func articlesToSkip(sourceID: String, at now: Date) -> Set<String> {
        var skip = Set<String>()
        for (target, entry) in entries {
            guard case .article(let id, let url) = target, id == sourceID else { continue }
            if entry.nextCheck > now || inFlight.contains(target) { skip.insert(url) }
        }
        return skip
    }

    /// Records how a check of `target` ended at `now` and schedules the next one. For an
    /// article, `published` (from its feed item) sets the age its revisits decay with.
    public mutating func finished(_ target: Target, result: CheckResult, published: Date? = nil, at now: Date) -> ScheduleChanges {
        inFlight.remove(target)
        guard let sourceInterval = intervals[target.sourceID] else {
            // The source was removed while this check ran.
            return ScheduleChanges()
        }
        var entry = entries[target] ?? ScheduleEntry(target: target, nextCheck: now)
        entry.lastCheck = now
        let base: Duration
        switch target {
        case .source:
            base = sourceInterval
        case .article:
            if entry.ageBase == nil { entry.ageBase = min(published ?? now, now) }
            let age = Duration.seconds(now.timeIntervalSince(entry.ageBase ?? now))
            guard let wait = policy.revisit.wait(age: age) else {
                // Too old to revisit. The entry stays, never due, so the feed's later polls
                // skip the article instead of fetching it as if it were new.
                entry.nextCheck = .distantFuture
                entries[target] = entry
                return ScheduleChanges(saved: [entry])
            }
            base = wait
        }
        var next: Date
        let hints: ResponseHints
        switch result {
        case .success(let h):
            hints = h
            entry.consecutiveFailures = 0
            next = now.adding(jittered(base))
        case .failure(let h):
            hints = h
            entry.consecutiveFailures += 1
            next = now.adding(jittered(policy.backoff(interval: base, failures: entry.consecutiveFailures)))
        }
        if let retryAfter = hints.retryAfter {
            next = max(next, min(retryAfter, now.adding(max(policy.maxBackoff, base))))
        }
        if let freshUntil = hints.freshUntil {
            next = max(next, min(freshUntil, now.adding(max(policy.maxInterval, base))))
        }
        entry.nextCheck = next
        entries[target] = entry
        return ScheduleChanges(saved: [entry])
    }

    /// `duration` moved randomly by up to `policy.jitter` of itself either way.
    private mutating func jittered(_ duration: Duration) -> Duration {
        guard policy.jitter > 0 else { return duration }
        let factor = 1 + Double.random(in: -policy.jitter...policy.jitter, using: &random)
        return .seconds(duration.seconds * factor)
    }

    /// A random wait within the start window (or `interval`, if shorter).
    private mutating func spread(_ interval: Duration) -> Duration {
        let window = min(interval, policy.startSpread).seconds
        guard window > 0 else { return .zero }
        return .seconds(Double.random(in: 0..<window, using: &random))
    }
}
