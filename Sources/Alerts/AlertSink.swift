import ClaimwatchModel

/// Somewhere alerts go. A sink either takes an alert (returns) or throws; the outbox keeps the
/// alert pending until it is taken.
public protocol AlertSink: Sendable {
    /// The sink's name from the config; deliveries are recorded against it.
    var name: String { get }
    func deliver(_ alert: AlertRecord) async throws
    /// One attempt, classified. By default a thrown error is transient.
    func attempt(_ alert: AlertRecord) async -> DeliveryResult
    /// When a transient failure is retried. By default ``RetrySchedule/localFile``.
    var retrySchedule: RetrySchedule { get }
    /// Identifies the sink's configuration: when it changes, the sink's failed deliveries are
    /// re-queued. By default the name.
    var fingerprint: String { get }
}

extension AlertSink {
    public func attempt(_ alert: AlertRecord) async -> DeliveryResult {
        do {
            try await deliver(alert)
            return .delivered(httpStatus: nil)
        } catch {
            return .transient(DeliveryFailure(message: "\(error)"))
        }
    }

    public var retrySchedule: RetrySchedule { .localFile }

    public var fingerprint: String { name }
}
