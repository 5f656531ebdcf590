import Alerts
import ClaimwatchModel
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Delivers the outbox while the daemon runs: one ``DeliveryLoop`` per sink, each on its own
/// retry schedule, so a slow or failing sink never holds up another. The poller calls
/// ``wake()`` after it wrote alerts; a reload calls ``replaceSinks(_:)``, which stops the loops
/// after their attempt in flight and starts new ones (a rotated secret is read then, and a sink
/// whose configuration changed gets its failed deliveries re-queued). On graceful shutdown every
/// sink gets one last pass, so alerts written by the last polls still go out.
public actor OutboxDeliveryService: Service {
    private let store: any DeliveryOutbox
    private var sinks: [any AlertSink]
    private let idleRecheck: Duration
    private let now: @Sendable () -> Date
    private let logger: Logger
    /// The running loops, woken from any thread.
    private let current = Mutex<[DeliveryLoop<ContinuousClock>]>([])
    private let changed = WakeSignal()

    public init(store: any DeliveryOutbox, sinks: [any AlertSink], idleRecheck: Duration = .seconds(60),
                now: @escaping @Sendable () -> Date, logger: Logger) {
        self.store = store
        self.sinks = sinks
        self.idleRecheck = idleRecheck
        self.now = now
        self.logger = logger
    }

    /// New alerts are in the outbox: every sink's loop looks now.
    public nonisolated func wake() {
        for loop in current.withLock({ $0 }) { loop.wake() }
    }

    /// Uses `sinks` from now on (after a config reload).
    public func replaceSinks(_ sinks: [any AlertSink]) {
        self.sinks = sinks
        changed.signal()
    }

    /// Delivers until graceful shutdown, then makes a last pass over every sink.
    public func run() async throws {
        let changed = self.changed
        await withGracefulShutdownHandler {
            while !changed.isStopped {
                let dispatcher = OutboxDispatcher(store: store, sinks: sinks, now: now, logger: logger)
                do {
                    try dispatcher.syncSinkFingerprints()
                } catch {
                    logger.error("sink fingerprints could not be recorded", metadata: ["error": "\(error)"])
                }
                let loops = dispatcher.loops(clock: ContinuousClock(), idleRecheck: idleRecheck)
                current.withLock { $0 = loops }
                // The loops run until the sinks change or shutdown begins.
                await withTaskGroup(of: Void.self) { group in
                    for loop in loops { group.addTask { await loop.run() } }
                    await changed.wait()
                    group.cancelAll()
                }
                current.withLock { $0 = [] }
            }
        } onGracefulShutdown: {
            changed.stop()
        }
        await deliverOnce()
    }

    /// One pass over every sink (each due delivery tried once).
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
