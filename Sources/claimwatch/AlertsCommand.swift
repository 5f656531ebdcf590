import ArgumentParser
import Foundation
import Store

/// `claimwatch alerts --config FILE [--since WHEN] [--json]`: the outbox, read-only.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List alerts, newest last, with each sink's delivery state (read-only).",
        discussion: """
            Each alert shows its detection time, kind, summary and id, then one line per sink: \
            pending, delivered or failed, the number of attempts, and the last error. \
            Exit 2 when the database cannot be opened.
            """
    )

    @Option(name: .long, help: "The config file (YAML); its database is read.")
    var config: String

    @Option(name: .long, help: ArgumentHelp(
        "Only alerts detected since then: a duration back from now (24h, 90m, 7d) or an ISO-8601 date or time (2026-11-20, 2026-11-20T08:00:00Z; UTC when no zone is given).",
        valueName: "when"))
    var since: String?

    @Flag(name: .long, help: "Print one JSON object: {\"alerts\": [...]}.")
    var json = false

    func run() throws {
        var sinceDate: Date?
        if let since {
            guard let parsed = SinceParser.parse(since, now: Date()) else {
                throw ExitCodes.fail("claimwatch: --since: \"\(since)\" is neither a duration (24h) nor an ISO-8601 time (2026-11-20T08:00:00Z)",
                                     code: ExitCodes.badInput)
            }
            sinceDate = parsed
        }
        let (_, store) = try OperatorDatabase.open(configPath: config)
        let alerts: [StoredAlert]
        do {
            alerts = try store.alerts(since: sinceDate)
        } catch {
            throw ExitCodes.fail("claimwatch: cannot read \(store.path): \(error)", code: ExitCodes.database)
        }
        print(json ? AlertsReport.json(alerts) : AlertsReport.text(alerts, since: sinceDate), terminator: "\n")
    }
}
