/// What one attempt to hand an alert to a sink came to.
public enum DeliveryResult: Sendable, Equatable {
    /// The sink took the alert (a webhook answered 2xx).
    case delivered(httpStatus: Int?)
    /// Worth trying again later with the same id and body: 5xx, 408, 429, a timeout, a refused
    /// or broken connection, a log file that cannot be written.
    case transient(DeliveryFailure)
    /// Trying the same request again will get the same answer (4xx other than 408 and 429, a
    /// redirect): recorded as failed, kept for inspection, re-queued by the operator or by a
    /// change of the sink's configuration.
    case permanent(DeliveryFailure)
}

/// Why a delivery attempt did not succeed.
public struct DeliveryFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line for logs and the outbox.
    public var message: String
    public var httpStatus: Int?
    /// A bounded excerpt of the answer's body.
    public var response: String?
    /// The answer's `Retry-After`, when it had one.
    public var retryAfter: RetryAfter?

    public init(message: String, httpStatus: Int? = nil, response: String? = nil, retryAfter: RetryAfter? = nil) {
        self.message = message
        self.httpStatus = httpStatus
        self.response = response
        self.retryAfter = retryAfter
    }

    public var description: String { message }
}
