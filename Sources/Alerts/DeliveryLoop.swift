import Foundation
import Logging

/// The daemon's delivery for one sink: a pass whenever something is due, then a sleep on the
/// injected clock until the next delivery is due, until woken (``wake()``, after new alerts are
/// written), or at most `idleRecheck` (so alerts written or re-queued by another process are
/// seen too). ``run()`` returns when its task is cancelled, after the attempt in flight.
public final class DeliveryLoop<C: Clock>: Sendable where C.Duration == Duration {
    public let deliverer: SinkDeliverer
    let clock: C
    let idleRecheck: Duration
    let logger: Logger
    private let signal = WakeSignal()

    public init(deliverer: SinkDeliverer, clock: C, idleRecheck: Duration = .seconds(60), logger: Logger) {
        self.deliverer = deliverer
        self.clock = clock
        self.idleRecheck = idleRecheck
        self.logger = logger
    }

    /// Ends the current sleep (or the next one) at once.
    public func wake() {
        signal.signal()
    }

    public func run() async {
        while !Task.isCancelled {
            let wait: Duration
            do {
                try await deliverer.pass()
                if Task.isCancelled { return }
                if let due = try deliverer.nextDue() {
                    let seconds = due.timeIntervalSince(deliverer.now())
                    wait = seconds <= 0 ? .zero : min(idleRecheck, .milliseconds(Int64((seconds * 1000).rounded(.up))))
                } else {
                    wait = idleRecheck
                }
            } catch {
                // The database is busy or gone; the alerts are safe in it. Try again later.
                logger.error("outbox unavailable; delivery paused",
                             metadata: ["sink": "\(deliverer.sink.name)", "error": "\(error)"])
                wait = min(idleRecheck, .seconds(5))
            }
            if wait > .zero { await sleepOrWake(wait) }
        }
    }

    private func sleepOrWake(_ wait: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [clock] in try? await clock.sleep(for: wait) }
            group.addTask { [signal] in await signal.wait() }
            await group.next()
            group.cancelAll()
        }
    }
}
