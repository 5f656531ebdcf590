import ClaimwatchModel
import Foundation
import Logging

/// Delivers one sink's due alerts, in order: the code shared by `once` (one pass) and the
/// daemon's ``DeliveryLoop`` (a pass whenever something is due).
///
/// A pass tries each due delivery once. A transient failure schedules the alert's retry and
/// ends the pass: within a sink, order holds, so the head alert blocks the sink until it is
/// delivered or given up. A permanent failure (or giving up) marks the alert failed and moves
/// on to the next.
public struct SinkDeliverer: Sendable {
    public let sink: any AlertSink
    let outbox: any DeliveryOutbox
    let now: @Sendable () -> Date
    let random: @Sendable () -> Double
    let logger: Logger

    /// - Parameters:
    ///   - now: the wall clock the outbox's times are in.
    ///   - random: values in 0..<1 for the backoff's jitter.
    public init(sink: any AlertSink, outbox: any DeliveryOutbox, now: @escaping @Sendable () -> Date,
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }, logger: Logger) {
        self.sink = sink
        self.outbox = outbox
        self.now = now
        self.random = random
        self.logger = logger
    }

    /// What one pass did.
    public struct PassReport: Sendable, Equatable {
        public var delivered = 0
        /// Failed permanently or given up in this pass.
        public var failed = 0
        /// The pass stopped at a delivery that will be retried later.
        public var retrying = false

        public init(delivered: Int = 0, failed: Int = 0, retrying: Bool = false) {
            self.delivered = delivered
            self.failed = failed
            self.retrying = retrying
        }
    }

    /// One pass over the deliveries due now. Throws only when the outbox cannot be read or
    /// written; a sink's failures are recorded, not thrown. Stops early on task cancellation
    /// (after the attempt in flight, which its timeout bounds).
    @discardableResult
    public func pass() async throws -> PassReport {
        var report = PassReport()
        for delivery in try outbox.pendingAlerts(sink: sink.name, dueAt: now()) {
            if Task.isCancelled { break }
            let result = await sink.attempt(delivery.alert)
            let at = now()
            var metadata: Logger.Metadata = ["sink": "\(sink.name)", "alert.id": "\(delivery.alert.id)",
                                             "attempt": "\(delivery.attempts + 1)"]
            switch result {
            case .delivered(let status):
                try outbox.recordDeliveryAttempt(DeliveryAttempt(alertID: delivery.alert.id, sink: sink.name, at: at,
                                                                 outcome: .delivered, httpStatus: status))
                if let status { metadata["http.status"] = "\(status)" }
                logger.info("alert delivered", metadata: metadata)
                report.delivered += 1
            case .permanent(let failure):
                try record(failure, of: delivery, at: at, outcome: .failed, error: failure.message)
                logger.error("alert delivery failed permanently; kept as failed", metadata: merge(metadata, failure))
                report.failed += 1
            case .transient(let failure):
                let decision = sink.retrySchedule.afterFailure(
                    attempt: delivery.retryAttempts + 1, firstAttemptAt: delivery.firstAttemptAt ?? at, now: at,
                    retryAfter: failure.retryAfter?.earliest(after: at), random: random)
                switch decision {
                case .retry(let next):
                    try record(failure, of: delivery, at: at, outcome: .retry(next: next), error: failure.message)
                    metadata["retry.at"] = "\(ISO8601Time.format(next))"
                    logger.warning("alert delivery failed; will retry", metadata: merge(metadata, failure))
                    report.retrying = true
                    return report
                case .giveUp(let reason):
                    try record(failure, of: delivery, at: at, outcome: .failed, error: "\(failure.message); \(reason)")
                    logger.error("alert delivery given up; kept as failed", metadata: merge(metadata, failure))
                    report.failed += 1
                }
            }
        }
        return report
    }

    /// When the sink's next pending delivery is due, or nil when nothing is pending.
    public func nextDue() throws -> Date? {
        try outbox.nextDeliveryDue(sink: sink.name)
    }

    private func record(_ failure: DeliveryFailure, of delivery: PendingDelivery, at: Date,
                        outcome: DeliveryAttempt.Outcome, error: String) throws {
        try outbox.recordDeliveryAttempt(DeliveryAttempt(alertID: delivery.alert.id, sink: sink.name, at: at, outcome: outcome,
                                                         httpStatus: failure.httpStatus, error: error, response: failure.response))
    }

    private func merge(_ metadata: Logger.Metadata, _ failure: DeliveryFailure) -> Logger.Metadata {
        var merged = metadata
        merged["error"] = "\(failure.message)"
        if let status = failure.httpStatus { merged["http.status"] = "\(status)" }
        return merged
    }
}
