import Alerts
import ArgumentParser
import Configuration
import Foundation

/// `claimwatch test-alert --config FILE --sink NAME`: sends a sample alert (kind `test`)
/// straight to one sink, bypassing the outbox, and prints what the sink answered.
struct TestAlertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-alert",
        abstract: "Send a sample alert (kind \"test\") straight to one sink and print the outcome (exit 3 if it failed).",
        discussion: "The sample has the alert record's shape, a fresh id and kind \"test\", which consumers ignore. It does not go through the outbox: nothing is stored and nothing is retried."
    )

    @Option(name: .long, help: "The config file (YAML).")
    var config: String

    @Option(name: .long, help: "The name of the sink (see `claimwatch check`).")
    var sink: String

    func run() async throws {
        let loaded = try ExitCodes.loadConfig(config)
        let sinkConfig = try SinkFactory.configuredSink(named: sink, in: loaded)
        let client = SinkFactory.deliveryClient(for: loaded)
        defer { client.shutdown() }
        let target: any AlertSink
        do {
            target = try SinkFactory.sink(sinkConfig, client: client)
        } catch {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.badInput)
        }
        let alert = TestAlert.make(sink: sink, at: Date())
        let result = await target.attempt(alert)
        switch result {
        case .delivered(let status):
            print("\(sink): delivered test alert \(alert.id)\(status.map { " (HTTP \($0))" } ?? "")")
        case .transient(let failure):
            throw ExitCodes.fail("\(sink): FAILED (transient; the outbox would retry it): \(Self.describe(failure))", code: ExitCodes.failure)
        case .permanent(let failure):
            throw ExitCodes.fail("\(sink): FAILED (permanent; the outbox would mark it failed): \(Self.describe(failure))", code: ExitCodes.failure)
        }
    }

    static func describe(_ failure: DeliveryFailure) -> String {
        var text = failure.message
        if let response = failure.response { text += " — response: \(response)" }
        if let retryAfter = failure.retryAfter { text += " — Retry-After: \(retryAfter)" }
        return text
    }
}
