import ClaimwatchModel

/// Somewhere alerts go. A sink either takes an alert (returns) or throws; the outbox keeps the
/// alert pending until it is taken.
public protocol AlertSink: Sendable {
    /// The sink's name from the config; deliveries are recorded against it.
    var name: String { get }
    func deliver(_ alert: AlertRecord) async throws
}
