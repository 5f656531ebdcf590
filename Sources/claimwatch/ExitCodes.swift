import ArgumentParser
import ClaimsModel
import Configuration
import Foundation

/// The contract's exit codes.
enum ExitCodes {
    static let badInput: Int32 = 1
    static let database: Int32 = 2
    static let failure: Int32 = 3

    /// Loads the config, or ends the command with exit code 1 and `FILE:LINE: key: message`.
    static func loadConfig(_ path: String) throws -> ClaimwatchConfig {
        do {
            return try ConfigLoader.load(path: path)
        } catch {
            throw fail(error.description, code: badInput)
        }
    }

    /// The stance model, or the command ends with exit code 1 naming the missing or broken file
    /// and the command that makes it (claims are never read by rules instead).
    static func loadStanceModel() throws -> ModelStanceScorer {
        do {
            return try ModelStanceScorer(files: .located())
        } catch {
            throw fail(error.description, code: badInput)
        }
    }

    /// Prints `message` on stderr and ends the command with `code`.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        return ExitCode(code)
    }
}
