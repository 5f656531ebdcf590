import ArgumentParser
import Foundation

/// The `claimwatch` command line: thin wiring of the stages behind the contract's commands.
@main
struct Claimwatch: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "claimwatch",
        abstract: "Watches feeds and pages and alerts when a claim is new or changes.",
        version: version,
        subcommands: [RunCommand.self, OnceCommand.self, CheckCommand.self, InspectCommand.self, StatusCommand.self,
                      AlertsCommand.self, ClaimsCommand.self,
                      TestAlertCommand.self, RedeliverCommand.self]
    )

    /// Runs the command, mapping argument errors to exit code 1 as the contract requires
    /// (ArgumentParser's own choice would be 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data("claimwatch: \(fullMessage(for: error))\n".utf8))
                Foundation.exit(ExitCodes.badInput)
            }
            exit(withError: error)
        }
    }
}
