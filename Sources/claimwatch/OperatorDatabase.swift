import ArgumentParser
import Configuration
import Foundation
import Store

/// The config and read-only database of the operator commands (`alerts`, `claims`; `status` loads its config here too).
enum OperatorDatabase {
    /// Loads the config (exit 1 with `FILE:LINE: key: message` when it is invalid) without
    /// checking secret files, which these commands never use, so that an operator can run them
    /// outside the service where `$CREDENTIALS_DIRECTORY` is unset; then opens its database
    /// read-only (exit 2 when it is missing, not a claimwatch database or cannot be read).
    static func open(configPath: String) throws -> (ClaimwatchConfig, ReadOnlyStore) {
        let config = try loadConfig(path: configPath)
        do {
            return (config, try ReadOnlyStore(path: config.database))
        } catch {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.database)
        }
    }

    /// The config without secret-file checks (exit 1 with `FILE:LINE: key: message`): the
    /// operator commands never deliver, and run outside the service.
    static func loadConfig(path: String) throws -> ClaimwatchConfig {
        do {
            return try ConfigLoader.load(path: path, checkingSecretFiles: false)
        } catch {
            throw ExitCodes.fail(error.description, code: ExitCodes.badInput)
        }
    }
}
