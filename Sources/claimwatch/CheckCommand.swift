import ArgumentParser
import Configuration
import Extraction
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
        let loaded = try ExitCodes.loadConfig(config)
        for source in loaded.sources {
            guard let selector = source.selector else { continue }
            do {
                try MainTextExtractor.validateSelector(selector)
            } catch {
                throw ExitCodes.fail("\(config):\(source.line): sources[\(loaded.sources.firstIndex(of: source) ?? 0)].selector: \(error.description)",
                                     code: ExitCodes.badInput)
            }
        }
        // The stance model is part of what `run` needs: a missing or broken file fails the check.
        let model = try ExitCodes.loadStanceModel()
        print(ConfigSummary.render(loaded), terminator: "")
        print("stance model: \(model.files.directory.path)")
    }
}
