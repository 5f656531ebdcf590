import Alerts
import ClaimwatchModel
import Foundation
import Logging
import ServiceLifecycle

/// Delivers the outbox while the daemon runs: a pass over every sink's pending alerts when
/// woken (after a poll raised alerts) and every `period` (to retry sinks that were down).
/// On graceful shutdown it makes one last pass, then returns.
///
/// This is the seam for delivery: the poller only calls `wake()`, and reload only calls
/// `replaceSinks(_:)`. A per-sink delivery loop with its own retry schedule can take this
/// type's place with the same two calls and `run()`.
public actor OutboxDeliveryService: Service {
    private let store: any SnapshotStore
    private var sinks: [any AlertSink]
    private let period: Duration
    private let now: @Sendable () -> Date
    private let logger: Logger
    private let wakeUp = WakeSignal()

    public init(store: any SnapshotStore, sinks: [any AlertSink], period: Duration = .seconds(5),
                now: @escaping @Sendable () -> Date, logger: Logger) {
        self.store = store
        self.sinks = sinks
        self.period = period
        self.now = now
        self.logger = logger
    }

    /// Asks for a delivery pass soon (new alerts are in the outbox).
    public nonisolated func wake() {
        wakeUp.signal()
    }

    /// Uses `sinks` from the next pass on (after a config reload).
    public func replaceSinks(_ sinks: [any AlertSink]) {
        self.sinks = sinks
        wakeUp.signal()
    }

    /// Delivers until graceful shutdown, then makes a last pass.
    public func run() async throws {
        let wakeUp = self.wakeUp
        let period = self.period
        await withGracefulShutdownHandler {
            while !wakeUp.isStopped {
                await deliverOnce()
                await wakeUp.wait(timeout: period)
            }
        } onGracefulShutdown: {
            wakeUp.stop()
        }
        // Alerts written by the last polls before shutdown still go out.
        await deliverOnce()
    }

    /// One pass over every sink.
    public func deliverOnce() async {
        let dispatcher = OutboxDispatcher(store: store, sinks: sinks, now: now, logger: logger)
        do {
            let delivered = try await dispatcher.deliverPending()
            if delivered > 0 { logger.info("alerts delivered", metadata: ["alerts.delivered": "\(delivered)"]) }
        } catch {
            logger.error("outbox could not be read or updated", metadata: ["error": "\(error)"])
        }
    }
}
