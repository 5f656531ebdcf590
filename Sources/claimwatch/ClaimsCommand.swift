import ArgumentParser
import Foundation
import Store

/// `claimwatch claims --config FILE [--topic ID] [--entity ID] [--json]`: the claim
/// histories, read-only.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Show the current stance and number per key, with the evidence and the history as a timeline (read-only).",
        discussion: """
            A key is an (entity, topic) stance or a (topic, quantity) number. For each: the current \
            claim and the sentence that carries it, the timeline of its changes (the alerts raised), \
            and what each document states now. Exit 2 when the database cannot be opened.
            """
    )

    @Option(name: .long, help: "The config file (YAML); its database is read.")
    var config: String

    @Option(name: .long, help: ArgumentHelp("Only this topic's keys.", valueName: "id"))
    var topic: String?

    @Option(name: .long, help: ArgumentHelp("Only this entity's stances (leaves out numbers).", valueName: "id"))
    var entity: String?

    @Flag(name: .long, help: "Print one JSON object: {\"claims\": [...]}.")
    var json = false

    func run() throws {
        let (loaded, store) = try OperatorDatabase.open(configPath: config)
        let histories: [StoredClaimHistory]
        do {
            histories = try store.claimHistories(topic: topic, entity: entity)
        } catch {
            throw ExitCodes.fail("claimwatch: cannot read \(store.path): \(error)", code: ExitCodes.database)
        }
        if json {
            print(ClaimsReport.json(histories))
            return
        }
        var notes: [String] = []
        if let topic, !loaded.topics.contains(where: { $0.id == topic }) { notes.append("topic \"\(topic)\" is not in the config") }
        if let entity, !loaded.entities.contains(where: { $0.id == entity }) { notes.append("entity \"\(entity)\" is not in the config") }
        print(ClaimsReport.text(histories, names: ClaimsReport.Names(config: loaded), notes: notes))
    }
}
