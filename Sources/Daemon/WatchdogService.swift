import Foundation
import ServiceLifecycle

/// systemd's watchdog: WATCHDOG=1 every `interval` (half of WATCHDOG_USEC) while the poller
/// answers, so a wedged poller gets the service restarted.
public struct WatchdogService: Service {
    let notifier: SystemdNotifier
    let interval: Duration
    let poller: Poller

    public init(notifier: SystemdNotifier, interval: Duration, poller: Poller) {
        self.notifier = notifier
        self.interval = interval
        self.poller = poller
    }

    /// Pings until graceful shutdown.
    public func run() async throws {
        while !Task.isCancelled {
            if await poller.heartbeat() { notifier.tryNotify("WATCHDOG=1") }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }
}
