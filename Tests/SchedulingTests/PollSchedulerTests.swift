import ClaimwatchModel
import Foundation
import Scheduling
import Testing

/// The scheduler as a state machine: every step gets an explicit instant (a manual clock), so
/// intervals, backoff, hints and revisits are checked exactly, with no I/O and no waiting.
struct PollSchedulerTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    /// A scheduler without jitter, so waits are exact.
    func exact(_ policy: SchedulePolicy = SchedulePolicy(jitter: 0)) -> PollScheduler<SplitMixRandom> {
        var policy = policy
        policy.jitter = 0
        return PollScheduler(policy: policy, random: SplitMixRandom(seed: 1))
    }

    @Test func aRestartSpreadsFirstChecksInsteadOfFiringEverySourceAtOnce() {
        var scheduler = PollScheduler(policy: SchedulePolicy(startSpread: .seconds(60)), random: SplitMixRandom(seed: 7))
        let ids = (0..<20).map { "s\($0)" }
        let changes = scheduler.configure(intervals: Dictionary(uniqueKeysWithValues: ids.map { ($0, Duration.seconds(900)) }),
                                          restored: [], at: t0)
        #expect(changes.saved.count == 20)
        let firsts = ids.map { scheduler.entries[.source($0)]!.nextCheck }
        #expect(firsts.allSatisfy { $0 >= t0 && $0 < at(60) })
        #expect(Set(firsts).count > 15)
        // Only those whose moment has come are due; by the window's end, all are.
        let early = scheduler.due(at: at(20)).count
        #expect(early < 20)
        #expect(early + scheduler.due(at: at(60)).count == 20)
    }

    @Test func theStartWindowIsNeverLongerThanTheInterval() {
        var scheduler = PollScheduler(policy: SchedulePolicy(startSpread: .seconds(60)), random: SplitMixRandom(seed: 3))
        _ = scheduler.configure(intervals: ["fast": .seconds(2)], restored: [], at: t0)
        #expect(scheduler.entries[.source("fast")]!.nextCheck < at(2))
    }

    @Test func aPersistedFutureCheckIsResumedAndAnOverdueOneIsSpread() {
        var scheduler = PollScheduler(policy: SchedulePolicy(startSpread: .seconds(30)), random: SplitMixRandom(seed: 9))
        let future = ScheduleEntry(target: .source("a"), nextCheck: at(500), lastCheck: at(-400))
        let overdue = ScheduleEntry(target: .source("b"), nextCheck: at(-3600), lastCheck: at(-4500))
        let changes = scheduler.configure(intervals: ["a": .seconds(900), "b": .seconds(900)], restored: [future, overdue], at: t0)
        #expect(scheduler.entries[.source("a")]?.nextCheck == at(500))
        let b = scheduler.entries[.source("b")]!.nextCheck
        #expect(b >= t0 && b < at(30))
        #expect(changes.saved.map(\.target) == [.source("b")])
    }

    @Test func successSchedulesTheIntervalWithJitterWithinItsFraction() {
        var scheduler = PollScheduler(policy: SchedulePolicy(jitter: 0.1), random: SplitMixRandom(seed: 11))
        _ = scheduler.configure(intervals: ["a": .seconds(1000)], restored: [], at: t0)
        var seen = Set<Date>()
        for round in 0..<10 {
            let now = at(Double(round) * 5000)
            _ = scheduler.due(at: now.addingTimeInterval(-1))
            let changes = scheduler.finished(.source("a"), result: .success(ResponseHints()), at: now)
            let next = changes.saved[0].nextCheck
            #expect(next >= now.addingTimeInterval(900) && next <= now.addingTimeInterval(1100))
            seen.insert(Date(timeIntervalSince1970: next.timeIntervalSince(now)))
        }
        #expect(seen.count > 5)
    }

    @Test func failuresBackOffExponentiallyUpToTheCapAndASuccessResets() {
        var scheduler = exact(SchedulePolicy(maxBackoff: .seconds(3600)))
        _ = scheduler.configure(intervals: ["a": .seconds(600)], restored: [], at: t0)
        var waits: [TimeInterval] = []
        for _ in 0..<6 {
            let entry = scheduler.finished(.source("a"), result: .failure(ResponseHints()), at: t0).saved[0]
            waits.append(entry.nextCheck.timeIntervalSince(t0))
        }
        #expect(waits == [600, 1200, 2400, 3600, 3600, 3600])
        #expect(scheduler.entries[.source("a")]?.consecutiveFailures == 6)
        let ok = scheduler.finished(.source("a"), result: .success(ResponseHints()), at: t0).saved[0]
        #expect(ok.consecutiveFailures == 0)
        #expect(ok.nextCheck == at(600))
    }

    @Test func anIntervalLongerThanTheBackoffCapIsKeptOnFailure() {
        let policy = SchedulePolicy(maxBackoff: .seconds(60))
        #expect(policy.backoff(interval: .seconds(600), failures: 3) == .seconds(600))
        #expect(policy.backoff(interval: .seconds(1), failures: 4) == .seconds(8))
        #expect(policy.backoff(interval: .milliseconds(500), failures: 2) == .seconds(1))
    }

    @Test func retryAfterIsHonouredAsALowerBoundButNotBeyondTheBackoffCap() {
        var scheduler = exact(SchedulePolicy(maxBackoff: .seconds(7200)))
        _ = scheduler.configure(intervals: ["a": .seconds(60)], restored: [], at: t0)
        let later = scheduler.finished(.source("a"), result: .failure(ResponseHints(retryAfter: at(1800))), at: t0).saved[0]
        #expect(later.nextCheck == at(1800))
        let capped = scheduler.finished(.source("a"), result: .failure(ResponseHints(retryAfter: at(86_400))), at: t0).saved[0]
        #expect(capped.nextCheck == at(7200))
        // A Retry-After sooner than the backoff does not shorten it.
        _ = scheduler.finished(.source("a"), result: .success(ResponseHints()), at: t0)
        _ = scheduler.finished(.source("a"), result: .failure(ResponseHints()), at: t0)
        let backoff = scheduler.finished(.source("a"), result: .failure(ResponseHints(retryAfter: at(5))), at: t0).saved[0]
        #expect(backoff.nextCheck == at(120))
    }

    @Test func freshnessHintsAreLowerBoundsWithinTheIntervalCap() {
        var scheduler = exact(SchedulePolicy(maxInterval: .seconds(3600)))
        _ = scheduler.configure(intervals: ["a": .seconds(300)], restored: [], at: t0)
        let fresh = scheduler.finished(.source("a"), result: .success(ResponseHints(freshUntil: at(1200))), at: t0).saved[0]
        #expect(fresh.nextCheck == at(1200))
        let capped = scheduler.finished(.source("a"), result: .success(ResponseHints(freshUntil: at(50_000))), at: t0).saved[0]
        #expect(capped.nextCheck == at(3600))
        let shorter = scheduler.finished(.source("a"), result: .success(ResponseHints(freshUntil: at(10))), at: t0).saved[0]
        #expect(shorter.nextCheck == at(300))
    }

    @Test func dueTargetsAreHandedOutOnceUntilFinished() {
        var scheduler = exact(SchedulePolicy(startSpread: .zero))
        _ = scheduler.configure(intervals: ["a": .seconds(60), "b": .seconds(60)], restored: [], at: t0)
        #expect(Set(scheduler.due(at: t0)) == [.source("a"), .source("b")])
        #expect(scheduler.due(at: at(1)).isEmpty)
        #expect(scheduler.nextWake() == nil)
        _ = scheduler.finished(.source("a"), result: .success(ResponseHints()), at: at(2))
        #expect(scheduler.nextWake() == at(62))
        #expect(scheduler.due(at: at(61)).isEmpty)
        #expect(scheduler.due(at: at(62)) == [.source("a")])
    }

    @Test func articlesAreRevisitedOnADecayingScheduleAndThenDropped() {
        var scheduler = exact(SchedulePolicy(revisit: RevisitPolicy(interval: .seconds(900), maxAge: .seconds(7 * 86_400))))
        _ = scheduler.configure(intervals: ["feed": .seconds(600)], restored: [], at: t0)
        let article = ScheduleEntry.Target.article(sourceID: "feed", url: "http://x/a")
        let published = t0
        func wait(atAge age: Double) -> TimeInterval? {
            let now = at(age)
            let changes = scheduler.finished(article, result: .success(ResponseHints()), published: published, at: now)
            return changes.saved.first.map { $0.nextCheck.timeIntervalSince(now) }
        }
        #expect(wait(atAge: 60) == 900)              // first hours: every 15 minutes
        #expect(wait(atAge: 5 * 3600) == 900)
        #expect(wait(atAge: 7 * 3600) == 3600)       // then hourly
        #expect(wait(atAge: 47 * 3600) == 3600)
        #expect(wait(atAge: 49 * 3600) == 86_400)    // then daily
        #expect(wait(atAge: 6 * 86_400) == 86_400)
        let stop = scheduler.finished(article, result: .success(ResponseHints()), at: at(8 * 86_400))
        #expect(stop.saved.map(\.nextCheck) == [.distantFuture])
        // Never due again, and a feed that still lists it leaves it alone.
        #expect(scheduler.due(at: at(100 * 86_400)).filter { $0 == article }.isEmpty)
        #expect(scheduler.articlesToSkip(sourceID: "feed", at: at(100 * 86_400)).contains("http://x/a"))
    }

    @Test func anArticleWithoutAPublishedTimeAgesFromWhenItWasFirstSeen() {
        var scheduler = exact()
        _ = scheduler.configure(intervals: ["feed": .seconds(600)], restored: [], at: t0)
        let article = ScheduleEntry.Target.article(sourceID: "feed", url: "http://x/b")
        let first = scheduler.finished(article, result: .success(ResponseHints()), published: nil, at: at(30 * 86_400)).saved[0]
        #expect(first.ageBase == at(30 * 86_400))
        #expect(first.nextCheck == at(30 * 86_400 + 900))
    }

    @Test func aFeedPollSkipsArticlesNotDueAndRevisitsWaitWhileTheirFeedIsPolled() {
        var scheduler = exact(SchedulePolicy(startSpread: .zero))
        _ = scheduler.configure(intervals: ["feed": .seconds(600)], restored: [], at: t0)
        let young = ScheduleEntry.Target.article(sourceID: "feed", url: "http://x/young")
        let old = ScheduleEntry.Target.article(sourceID: "feed", url: "http://x/old")
        _ = scheduler.finished(young, result: .success(ResponseHints()), published: t0, at: t0)          // next at 900
        _ = scheduler.finished(old, result: .success(ResponseHints()), published: at(-3 * 86_400), at: t0) // next at 86400
        #expect(scheduler.articlesToSkip(sourceID: "feed", at: at(100)) == ["http://x/young", "http://x/old"])
        #expect(scheduler.articlesToSkip(sourceID: "feed", at: at(1000)) == ["http://x/old"])
        // The feed and the young article are due together: the feed's poll takes the article.
        _ = scheduler.finished(.source("feed"), result: .success(ResponseHints()), at: at(400))
        #expect(scheduler.due(at: at(1000)) == [.source("feed")])
        _ = scheduler.finished(.source("feed"), result: .success(ResponseHints()), at: at(1000))
        // Alone, a due revisit is handed out by itself.
        #expect(scheduler.due(at: at(1000)) == [young])
        #expect(scheduler.articlesToSkip(sourceID: "feed", at: at(1000)).contains("http://x/young"))
    }

    @Test func aReloadAddsRemovesAndRetimesSources() {
        var scheduler = exact(SchedulePolicy(startSpread: .zero))
        _ = scheduler.configure(intervals: ["a": .seconds(3600), "b": .seconds(600)], restored: [], at: t0)
        _ = scheduler.due(at: t0)
        _ = scheduler.finished(.source("a"), result: .success(ResponseHints()), at: t0)
        _ = scheduler.finished(.source("b"), result: .success(ResponseHints()), at: t0)
        _ = scheduler.finished(.article(sourceID: "b", url: "http://x/1"), result: .success(ResponseHints()), at: t0)
        let changes = scheduler.configure(intervals: ["a": .seconds(60), "c": .seconds(600)], restored: [], at: at(10))
        #expect(Set(changes.removed) == [.source("b"), .article(sourceID: "b", url: "http://x/1")])
        #expect(scheduler.entries[.source("a")]?.nextCheck == at(60))
        #expect(scheduler.entries[.source("c")]?.nextCheck == at(10))
        #expect(scheduler.entries[.source("b")] == nil)
        // A check of a removed source that was still running changes nothing when it ends.
        #expect(scheduler.finished(.source("b"), result: .success(ResponseHints()), at: at(20)).isEmpty)
    }
}
