import Alerts
import Configuration
import Foundation
import Testing

/// The retry schedule as a table: explicit times, a fixed random value, no I/O.
struct RetryScheduleTests {
    static let t0 = Date(timeIntervalSince1970: 1_900_000_000)
    static let defaults = RetrySchedule(RetryConfig())   // 30 s, 1 h, 24 h

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var schedule = RetryScheduleTests.defaults
        var attempt: Int
        /// Seconds after the first attempt that this one failed.
        var failedAt: TimeInterval
        var retryAfter: TimeInterval? = nil
        var random: Double
        /// Seconds after the first attempt of the next try, or nil for giving up.
        var expected: TimeInterval?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "first failure waits exactly initial", attempt: 1, failedAt: 0, random: 0.9, expected: 30),
        Case(name: "second: between 30 and 60 s (low)", attempt: 2, failedAt: 30, random: 0, expected: 60),
        Case(name: "second: between 30 and 60 s (high)", attempt: 2, failedAt: 30, random: 0.5, expected: 75),
        Case(name: "fourth: up to 240 s", attempt: 4, failedAt: 200, random: 1, expected: 440),
        Case(name: "capped at max", attempt: 12, failedAt: 10_000, random: 1, expected: 13_600),
        Case(name: "huge attempt counts do not overflow", attempt: 10_000, failedAt: 20_000, random: 0.25,
             expected: 20_000 + 30 + (3_600 - 30) * 0.25),
        Case(name: "Retry-After later than the backoff wins", attempt: 1, failedAt: 0, retryAfter: 600, random: 0, expected: 600),
        Case(name: "Retry-After earlier than the backoff is a floor only", attempt: 3, failedAt: 100, retryAfter: 101,
             random: 0, expected: 130),
        Case(name: "last retry at the end of the budget", attempt: 20, failedAt: 86_000, random: 1, expected: 86_400),
        Case(name: "budget spent: give up", attempt: 21, failedAt: 86_400, random: 0, expected: nil),
        Case(name: "Retry-After beyond the budget: give up", attempt: 2, failedAt: 86_000, retryAfter: 90_000, random: 0,
             expected: nil),
        Case(name: "short test settings", schedule: RetrySchedule(RetryConfig(initial: .milliseconds(200), max: .seconds(1),
                                                                              giveUpAfter: .seconds(10))),
             attempt: 3, failedAt: 1, random: 0.5, expected: 1 + 0.2 + 0.6 * 0.5),
        Case(name: "never gives up without a budget", schedule: .localFile, attempt: 1_000, failedAt: 10_000_000, random: 0,
             expected: 10_000_005),
    ]

    @Test(arguments: cases) func nextAttempt(_ test: Case) {
        let decision = test.schedule.afterFailure(
            attempt: test.attempt, firstAttemptAt: Self.t0, now: Self.t0.addingTimeInterval(test.failedAt),
            retryAfter: test.retryAfter.map { Self.t0.addingTimeInterval($0) }, random: { test.random })
        switch (decision, test.expected) {
        case (.retry(let at), let expected?):
            #expect(abs(at.timeIntervalSince(Self.t0) - expected) < 1e-6, "retry at \(at.timeIntervalSince(Self.t0)) s")
        case (.giveUp, nil):
            break
        default:
            Issue.record("got \(decision), expected \(test.expected.map { "retry at \($0) s" } ?? "give up")")
        }
    }

    @Test func givingUpSaysWhy() {
        let decision = Self.defaults.afterFailure(attempt: 7, firstAttemptAt: Self.t0, now: Self.t0.addingTimeInterval(90_000),
                                                  retryAfter: nil, random: { 0 })
        #expect(decision == .giveUp(reason: "gave up after 7 attempts over 1d"))
    }

    @Test func maxShorterThanInitialIsRaisedToIt() {
        #expect(RetrySchedule(initial: .seconds(10), max: .seconds(1), giveUpAfter: nil).max == .seconds(10))
    }
}
