import ArgumentParser
import Configuration
import Foundation

/// `claimwatch check --config FILE`: validates the config and prints what would be watched.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and print what would be watched (exit 1 with FILE:LINE: message on an error)."
    )

    @Option(name: .long, help: "The config file (YAML).")
    var config: String

    func run() throws {
        let loaded: ClaimwatchConfig
        do {
            loaded = try ConfigLoader.load(path: config)
        } catch {
            throw ExitCodes.fail(error.description, code: ExitCodes.badInput)
        }
        print(ConfigSummary.render(loaded), terminator: "")
    }
}
