import Configuration
import Logging
import ServiceLifecycle
import UnixSignals

/// SIGHUP: reads the config file again. A valid config is handed to `apply`; an invalid one is
/// rejected with its `FILE:LINE: key: message` logged, and the running config stays.
public struct ReloadService: Service, CustomStringConvertible {
    let path: String
    let logger: Logger
    let apply: @Sendable (ClaimwatchConfig) async throws -> Void

    public init(path: String, logger: Logger, apply: @escaping @Sendable (ClaimwatchConfig) async throws -> Void) {
        self.path = path
        self.logger = logger
        self.apply = apply
    }

    public var description: String { "ReloadService" }

    /// Reloads on every SIGHUP until graceful shutdown.
    public func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            logger.notice("SIGHUP: reloading the config", metadata: ["config.file": "\(path)"])
            let config: ClaimwatchConfig
            do {
                config = try ConfigLoader.load(path: path)
            } catch {
                logger.error("new config rejected; still running on the previous one",
                             metadata: ["config.error": "\(error.description)"])
                continue
            }
            do {
                try await apply(config)
            } catch {
                logger.error("new config could not be applied; still running on the previous one", metadata: ["error": "\(error)"])
            }
        }
    }
}
