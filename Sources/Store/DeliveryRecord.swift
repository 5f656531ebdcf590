import Foundation

/// One row of the outbox's `delivery` table: an alert's delivery to one sink and its history.
public struct DeliveryRecord: Sendable, Equatable {
    public var alertID: String
    public var sink: String
    /// `pending`, `delivered` or `failed`.
    public var status: String
    public var attempts: Int
    public var retryAttempts: Int
    public var firstAttemptAt: Date?
    public var lastAttemptAt: Date?
    public var nextAttemptAt: Date?
    public var deliveredAt: Date?
    public var lastStatus: Int?
    public var lastError: String?
    public var lastResponse: String?
}
