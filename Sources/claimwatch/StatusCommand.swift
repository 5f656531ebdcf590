import ArgumentParser
import ClaimwatchModel
import Configuration
import Foundation
import Store

/// `claimwatch status --config FILE [--json]`: each source's last fetch, next check, failures
/// and backoff, and the outbox's depth per sink, read from the database.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each source's last fetch, next check, failures and backoff, and the alerts pending per sink."
    )

    @Option(name: .long, help: "The config file (YAML).")
    var config: String

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        // Secret files are not checked: status never delivers, and an operator runs it outside
        // the service, where `$CREDENTIALS_DIRECTORY` is unset.
        let loaded = try OperatorDatabase.loadConfig(path: config)
        guard FileManager.default.fileExists(atPath: loaded.database) else {
            throw ExitCodes.fail("claimwatch: \(loaded.database): no database yet (run `claimwatch run` or `once` first)",
                                 code: ExitCodes.database)
        }
        let report: StatusReport
        do {
            let store = try SQLiteStore(path: loaded.database)
            report = try StatusReport.read(store: store, config: loaded)
        } catch {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.database)
        }
        print(json ? report.json() : report.rendered(now: Date()))
    }
}
