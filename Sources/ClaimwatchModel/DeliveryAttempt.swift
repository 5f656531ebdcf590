import Foundation

/// The result of one delivery attempt, as the outbox records it.
public struct DeliveryAttempt: Sendable, Equatable {
    /// What becomes of the delivery.
    public enum Outcome: Sendable, Equatable {
        /// The sink took the alert (`status = delivered`).
        case delivered
        /// A transient failure: stays pending, due again at `next`.
        case retry(next: Date)
        /// A permanent failure or a delivery given up (`status = failed`): kept for inspection,
        /// not retried until re-queued.
        case failed
    }

    public var alertID: String
    public var sink: String
    /// When the attempt was made.
    public var at: Date
    public var outcome: Outcome
    /// The HTTP status of the answer, when there was one.
    public var httpStatus: Int?
    /// Why it failed, in one line (nil once delivered).
    public var error: String?
    /// A bounded excerpt of the answer's body, for inspection of rejected deliveries.
    public var response: String?

    public init(alertID: String, sink: String, at: Date, outcome: Outcome, httpStatus: Int? = nil,
                error: String? = nil, response: String? = nil) {
        self.alertID = alertID
        self.sink = sink
        self.at = at
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.error = error
        self.response = response
    }
}
