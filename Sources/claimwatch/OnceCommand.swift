import Alerts
import ArgumentParser
import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import Service
import Store

/// `claimwatch once --config FILE`: one full cycle, then exit.
struct OnceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "once",
        abstract: "Fetch every source once (conditional requests), follow feed links, store what changed, then exit."
    )

    @Option(name: .long, help: "The config file (YAML).")
    var config: String

    @OptionGroup var logging: LogOptions

    func run() async throws {
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
        let client = CurlHTTPClient(settings: FetchSettings(poll: loaded.poll))
        defer { client.shutdown() }
        let cycle = PollCycle(store: store, http: client, claims: ClaimPipeline(config: loaded, scorer: scorer), now: { Date() }, logger: logger)
        let deliveryClient = SinkFactory.deliveryClient(for: loaded)
        defer { deliveryClient.shutdown() }
        let sinks = try SinkFactory.startupSinks(for: loaded, client: deliveryClient)
        let dispatcher = OutboxDispatcher(store: store, sinks: sinks, now: { Date() }, logger: logger)
        let reports: [SourceReport]
        do {
            // A sink whose url, secret or format changed gets its failed deliveries back.
            try dispatcher.syncSinkFingerprints()
            reports = try await cycle.run(loaded.sources)
            // Alerts left pending by an earlier run (a sink was down, the process was killed) go
            // too, each sink once, as far as its retry schedule allows.
            try await dispatcher.deliverPending()
            if loaded.retention.isEnabled {
                let cutoffs = loaded.retention.cutoffs(now: Date())
                let pruned = try store.prune(alertsCreatedBefore: cutoffs.alertsCreatedBefore,
                                             versionsReplacedBefore: cutoffs.versionsReplacedBefore)
                logger.info("retention applied", metadata: ["alerts": "\(pruned.alerts)", "versions": "\(pruned.versions)",
                                                             "blobs": "\(pruned.blobs)"])
            }
        } catch {
            throw ExitCodes.fail("claimwatch: database error: \(error)", code: ExitCodes.failure)
        }
        print(CycleSummary.render(reports), terminator: "")
    }
}
