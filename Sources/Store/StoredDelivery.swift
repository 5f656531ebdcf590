import Foundation

/// One alert's delivery to one sink, as the outbox records it.
public struct StoredDelivery: Sendable, Equatable {
    public var sink: String
    /// `pending`, `delivered` or `failed` (kept as stored, so states added later show as they are).
    public var status: String
    public var attempts: Int
    public var lastError: String?
    public var lastAttemptAt: Date?
    public var deliveredAt: Date?
    /// When a pending delivery is due again (webhook retries).
    public var nextAttemptAt: Date?

    public init(sink: String, status: String, attempts: Int, lastError: String?, lastAttemptAt: Date?, deliveredAt: Date?,
                nextAttemptAt: Date? = nil) {
        self.sink = sink
        self.status = status
        self.attempts = attempts
        self.lastError = lastError
        self.lastAttemptAt = lastAttemptAt
        self.deliveredAt = deliveredAt
        self.nextAttemptAt = nextAttemptAt
    }
}
