import ClaimwatchModel
import Foundation

/// An alert from the outbox with the state of its delivery to each sink.
public struct StoredAlert: Sendable, Equatable {
    /// The contract record (id, kind, summary, the JSON every sink receives).
    public var record: AlertRecord
    /// The claim history it belongs to (`ClaimKey.description`, e.g. `stance:topic:entity`).
    public var key: String
    /// When the alert was written to the outbox (its detection).
    public var createdAt: Date
    /// One per sink configured when the alert was raised, by sink name.
    public var deliveries: [StoredDelivery]

    public init(record: AlertRecord, key: String, createdAt: Date, deliveries: [StoredDelivery]) {
        self.record = record
        self.key = key
        self.createdAt = createdAt
        self.deliveries = deliveries
    }
}
