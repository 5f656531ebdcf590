import ArgumentParser
import ClaimwatchModel
import Foundation
import Store

/// `claimwatch redeliver --config FILE --sink NAME [--alert ID]`: puts a sink's failed
/// deliveries back in the outbox, due at once with a fresh retry budget.
struct RedeliverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redeliver",
        abstract: "Re-queue a sink's failed deliveries (all, or one alert's); the next `once`, or `run` within a minute, sends them.",
        discussion: "A delivery fails for good when the sink rejects it (HTTP 4xx other than 408/429, a redirect) or when give_up_after passes. Failed deliveries are kept; changing the sink's url, secret or format re-queues them by itself at the next start or reload. Use this after fixing the receiver instead."
    )

    @Option(name: .long, help: "The config file (YAML).")
    var config: String

    @Option(name: .long, help: "The name of the sink.")
    var sink: String

    @Option(name: .long, help: "Only this alert's delivery (its id).")
    var alert: String?

    func run() throws {
        let loaded = try ExitCodes.loadConfig(config)
        _ = try SinkFactory.configuredSink(named: sink, in: loaded)
        let count: Int
        do {
            let store = try SQLiteStore(path: loaded.database)
            count = try store.requeueFailedDeliveries(sink: sink, alertID: alert, at: Date())
        } catch let error as StoreError {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.database)
        } catch {
            throw ExitCodes.fail("claimwatch: database error: \(error)", code: ExitCodes.failure)
        }
        print("\(sink): \(count) failed deliver\(count == 1 ? "y" : "ies") re-queued")
    }
}
