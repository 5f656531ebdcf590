import Alerts
import ArgumentParser
import ClaimwatchModel
import Configuration
import Daemon
import Fetching
import Foundation
import Logging
import ServiceLifecycle
import Service
import Store
import Synchronization

/// Set by a SIGTERM or SIGINT that arrives before the service group traps them (while the
/// config is loaded and the database opened). A C signal handler can reach only a global.
private let stopRequestedEarly = Atomic<Bool>(false)

/// `claimwatch run --config FILE`: the daemon. Polls every source on its schedule until
/// SIGTERM/SIGINT; SIGHUP reloads the config.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run as a daemon: poll every source on its schedule and deliver alerts until SIGTERM/SIGINT (SIGHUP reloads the config)."
    )

    @Option(name: .long, help: "The config file (YAML).")
    var config: String

    @OptionGroup var logging: LogOptions

    func run() async throws {
        // Until the reload service traps it, SIGHUP's default action would end the process.
        signal(SIGHUP, SIG_IGN)
        // Until the service group traps them, a stop request is remembered, not fatal: systemd
        // may send SIGTERM while the database is still being opened.
        let remember: @convention(c) (Int32) -> Void = { _ in stopRequestedEarly.store(true, ordering: .relaxed) }
        signal(SIGTERM, remember)
        signal(SIGINT, remember)
        let logger = try logging.makeLogger()
        let loaded = try ExitCodes.loadConfig(config)
        let scorer = try ExitCodes.loadStanceModel()
        let store: SQLiteStore
        do {
            store = try SQLiteStore(path: loaded.database)
            try store.syncSources(loaded.sources.map(\.descriptor))
        } catch {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.database)
        }
        let notifier = SystemdNotifier(environment: ProcessInfo.processInfo.environment, pid: getpid())
        notifier.tryNotify("READY=1\nSTATUS=database open, \(loaded.sources.count) sources")
        logger.notice("claimwatch started", metadata: ["config.file": "\(config)", "database": "\(loaded.database)",
                                                        "sources": "\(loaded.sources.count)", "version": "\(Claimwatch.version)"])

        let now: @Sendable () -> Date = { Date() }
        let clock = ContinuousClock()
        let client = CurlHTTPClient(settings: FetchSettings(poll: loaded.poll))
        defer { client.shutdown() }
        let http = PacedHTTPClient(client, hostDelay: loaded.poll.hostDelay, now: now,
                                   sleep: { try? await clock.sleep(for: $0) })
        let deliveryClient = SinkFactory.deliveryClient(for: loaded)
        defer { deliveryClient.shutdown() }
        let sinks = try SinkFactory.startupSinks(for: loaded, client: deliveryClient)
        let delivery = OutboxDeliveryService(store: store, sinks: sinks, now: now, logger: logger)
        let poller = Poller(config: loaded, store: store, http: http, scorer: scorer, notifier: notifier, seed: UInt64.random(in: .min ... .max),
                            now: now, logger: logger, onAlerts: { delivery.wake() }, onShutdown: {
            // Requests not yet on the wire fail at once; transfers in flight end within the
            // transfer timeout, which bounds the stop.
            http.stop()
            client.shutdown()
        })
        let running = loaded
        let reload = ReloadService(path: config, logger: logger) { newConfig in
            var accepted = newConfig
            if newConfig.database != running.database {
                logger.warning("a new database path takes a restart; the running database stays",
                               metadata: ["database": "\(running.database)"])
                accepted.database = running.database
            }
            // Sinks first: a secret that cannot be read rejects the whole new config.
            let sinks = try SinkFactory.sinks(for: accepted, client: deliveryClient)
            try await poller.reload(accepted)
            // Log sinks open their file per delivery, so a rotated file is recreated anyway.
            await delivery.replaceSinks(sinks)
        }
        // Shutdown runs in reverse order: the watchdog and reload stop first, then the poller
        // finishes its checks in flight, then delivery makes its last pass.
        var services: [any Service] = [delivery, poller, reload]
        if let interval = notifier.watchdogInterval {
            services.append(WatchdogService(notifier: notifier, interval: interval, poller: poller))
        }
        var groupConfiguration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint],
                                                           cancellationSignals: [], logger: logger)
        // Transfers in flight end within the transfer timeout; past that the group is cancelled.
        // (No cancellation deadline: the library would end the process with a fatal error.)
        groupConfiguration.maximumGracefulShutdownDuration = loaded.poll.timeout + .seconds(10)
        let group = ServiceGroup(configuration: groupConfiguration)
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                // The group installs its own signal handling as it starts; a request that came
                // before (or in that instant) is passed on as a graceful shutdown.
                tasks.addTask {
                    for _ in 0..<20 {
                        try await Task.sleep(for: .milliseconds(50))
                        if stopRequestedEarly.load(ordering: .relaxed) {
                            await group.triggerGracefulShutdown()
                            return
                        }
                    }
                }
                try await tasks.waitForAll()
            }
        } catch {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.failure)
        }
        logger.notice("claimwatch stopped")
    }
}
