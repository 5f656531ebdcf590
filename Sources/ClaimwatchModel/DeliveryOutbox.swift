import Foundation

/// The durable outbox as the delivery side sees it: which deliveries are due, what each attempt
/// did, and the operator's ways back from a failure. `SQLiteStore` implements it; every method
/// is one transaction.
public protocol DeliveryOutbox: Sendable {
    /// The pending deliveries of `sink` that may be attempted at `now`, oldest alert first. The
    /// list stops at the first delivery not yet due: a sink's alerts go out in order, so a
    /// delivery waiting for its retry holds back those after it.
    func pendingAlerts(sink: String, dueAt now: Date) throws -> [PendingDelivery]

    /// When the next pending delivery of `sink` is due (possibly in the past; `distantPast` for
    /// one never tried), or nil when nothing is pending.
    func nextDeliveryDue(sink: String) throws -> Date?

    /// Records one attempt and its outcome.
    func recordDeliveryAttempt(_ attempt: DeliveryAttempt) throws

    /// Records each sink's configuration fingerprint (name → fingerprint). A sink whose stored
    /// fingerprint differs has its failed deliveries re-queued: a new URL, secret or format may
    /// well be what they were waiting for. Returns the number re-queued per sink (only sinks
    /// with at least one).
    @discardableResult
    func syncSinkFingerprints(_ fingerprints: [String: String], at: Date) throws -> [String: Int]

    /// Puts failed deliveries of `sink` (all, or only that of `alertID`) back in the queue, due
    /// at once with a fresh retry budget. Returns how many were re-queued.
    @discardableResult
    func requeueFailedDeliveries(sink: String, alertID: String?, at: Date) throws -> Int
}
