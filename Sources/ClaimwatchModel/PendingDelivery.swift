import Foundation

/// One alert waiting for one sink, with what the outbox knows of its earlier attempts.
public struct PendingDelivery: Sendable, Equatable {
    public var alert: AlertRecord
    public var sink: String
    /// Every attempt ever made (kept across re-queues, for inspection).
    public var attempts: Int
    /// Attempts since the delivery was queued or last re-queued; the backoff grows with these.
    public var retryAttempts: Int
    /// When the first attempt since (re-)queueing was made; `give_up_after` counts from here.
    public var firstAttemptAt: Date?
    /// When the delivery is due; nil means at once.
    public var nextAttemptAt: Date?

    public init(alert: AlertRecord, sink: String, attempts: Int = 0, retryAttempts: Int = 0,
                firstAttemptAt: Date? = nil, nextAttemptAt: Date? = nil) {
        self.alert = alert
        self.sink = sink
        self.attempts = attempts
        self.retryAttempts = retryAttempts
        self.firstAttemptAt = firstAttemptAt
        self.nextAttemptAt = nextAttemptAt
    }
}
