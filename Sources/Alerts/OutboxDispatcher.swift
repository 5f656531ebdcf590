import ClaimwatchModel
import Foundation
import Logging

/// Delivers what the outbox holds: for each sink, every pending alert in order. A sink that fails
/// keeps its alerts pending (for the next run) and never holds up the other sinks.
public struct OutboxDispatcher: Sendable {
    let store: any SnapshotStore
    let sinks: [any AlertSink]
    let now: @Sendable () -> Date
    let logger: Logger

    public init(store: any SnapshotStore, sinks: [any AlertSink], now: @escaping @Sendable () -> Date, logger: Logger) {
        self.store = store
        self.sinks = sinks
        self.now = now
        self.logger = logger
    }

    /// Delivers pending alerts to every sink; returns how many deliveries succeeded.
    @discardableResult
    public func deliverPending() async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for sink in sinks {
                group.addTask { try await deliver(to: sink) }
            }
            return try await group.reduce(0, +)
        }
    }

    private func deliver(to sink: any AlertSink) async throws -> Int {
        var delivered = 0
        for alert in try store.pendingAlerts(sink: sink.name) {
            do {
                try await sink.deliver(alert)
                try store.markDelivered(alertID: alert.id, sink: sink.name, at: now())
                delivered += 1
            } catch {
                try store.recordDeliveryFailure(alertID: alert.id, sink: sink.name, error: "\(error)", at: now())
                logger.warning("alert delivery failed; it stays in the outbox",
                               metadata: ["sink": "\(sink.name)", "alert.id": "\(alert.id)", "error": "\(error)"])
                // Order matters within a sink: stop here and retry from this alert next time.
                break
            }
        }
        return delivered
    }
}
