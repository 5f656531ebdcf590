import ClaimwatchModel
import Foundation
import Logging

/// Delivers what the outbox holds to every configured sink. Each sink is handled on its own
/// (its own task, its own ``SinkDeliverer``), so a sink that is slow or down never holds up the
/// others; within a sink alerts go out in order.
public struct OutboxDispatcher: Sendable {
    public let deliverers: [SinkDeliverer]
    let outbox: any DeliveryOutbox
    let now: @Sendable () -> Date
    let logger: Logger

    public init(store: any DeliveryOutbox, sinks: [any AlertSink], now: @escaping @Sendable () -> Date,
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }, logger: Logger) {
        outbox = store
        self.now = now
        self.logger = logger
        deliverers = sinks.map { SinkDeliverer(sink: $0, outbox: store, now: now, random: random, logger: logger) }
    }

    /// One pass per sink, all sinks at once (`once`): every due delivery is tried once.
    /// Returns how many deliveries succeeded.
    @discardableResult
    public func deliverPending() async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for deliverer in deliverers {
                group.addTask { try await deliverer.pass().delivered }
            }
            return try await group.reduce(0, +)
        }
    }

    /// Records the sinks' configuration fingerprints; a sink whose configuration changed since
    /// the last start or reload gets its failed deliveries re-queued. Call at start and reload.
    @discardableResult
    public func syncSinkFingerprints() throws -> [String: Int] {
        let fingerprints = Dictionary(deliverers.map { ($0.sink.name, $0.sink.fingerprint) }, uniquingKeysWith: { _, last in last })
        let requeued = try outbox.syncSinkFingerprints(fingerprints, at: now())
        for (sink, count) in requeued.sorted(by: { $0.key < $1.key }) {
            logger.notice("sink configuration changed; failed deliveries re-queued",
                          metadata: ["sink": "\(sink)", "deliveries": "\(count)"])
        }
        return requeued
    }

    /// One long-running loop per sink, for the daemon: run each in its own child task, and
    /// call ``DeliveryLoop/wake()`` on every loop after writing new alerts. For example:
    ///
    ///     let dispatcher = OutboxDispatcher(store: store, sinks: sinks, now: { Date() }, logger: logger)
    ///     try dispatcher.syncSinkFingerprints()          // at start and after each reload
    ///     let loops = dispatcher.loops(clock: ContinuousClock())
    ///     await withTaskGroup(of: Void.self) { group in
    ///         for loop in loops { group.addTask { await loop.run() } }
    ///         // … after a poll cycle wrote alerts: loops.forEach { $0.wake() }
    ///     }                                              // cancelling the group stops them
    ///
    /// On reload, cancel the old loops and start new ones from a dispatcher built with the new
    /// sinks (a rotated secret is read when the sink is built).
    public func loops<C: Clock>(clock: C, idleRecheck: Duration = .seconds(60)) -> [DeliveryLoop<C>] where C.Duration == Duration {
        deliverers.map { DeliveryLoop(deliverer: $0, clock: clock, idleRecheck: idleRecheck, logger: logger) }
    }
}
