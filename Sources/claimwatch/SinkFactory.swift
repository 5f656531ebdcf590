import Alerts
import Configuration
import Fetching
import Foundation

/// The alert sinks a configuration names, wired to their transports.
enum SinkFactory {
    /// Builds every sink; webhooks share `client`. Fails when a webhook's secret file cannot be
    /// read (it was readable when the config was checked, so this is a race or a permission
    /// change, and delivering unsigned instead would be wrong).
    static func sinks(for config: ClaimwatchConfig, client: any HTTPClient) throws -> [any AlertSink] {
        try config.alerts.map { try sink($0, client: client) }
    }

    /// The sinks a command starts with; a secret that cannot be read ends it with exit code 1.
    static func startupSinks(for config: ClaimwatchConfig, client: any HTTPClient) throws -> [any AlertSink] {
        do {
            return try sinks(for: config, client: client)
        } catch {
            throw ExitCodes.fail("claimwatch: \(error)", code: ExitCodes.badInput)
        }
    }

    static func sink(_ config: AlertSinkConfig, client: any HTTPClient) throws -> any AlertSink {
        switch config {
        case .log(let log):
            return LogFileSink(name: log.name, path: log.path)
        case .webhook(let hook):
            let secret = try hook.secretFile.map { try WebhookSignature.readSecret(path: $0) }
            return WebhookSink(config: hook, secret: secret, client: client)
        }
    }

    /// The client webhooks are posted with: its own libcurl engine, so deliveries never queue
    /// behind source fetches, and enough transfers per host that one slow sink cannot hold
    /// back another on the same host (each sink has at most one request in flight). Every
    /// request carries its sink's own timeout.
    static func deliveryClient(for config: ClaimwatchConfig) -> CurlHTTPClient {
        CurlHTTPClient(settings: FetchSettings(concurrency: 16, perHost: 16, timeout: .seconds(30),
                                               connectTimeout: config.poll.connectTimeout, maxBodySize: 1 << 20,
                                               maxRedirects: 0, userAgent: config.poll.userAgent))
    }

    /// Ends the command with exit code 1 when `name` is not a configured sink.
    static func configuredSink(named name: String, in config: ClaimwatchConfig) throws -> AlertSinkConfig {
        guard let sink = config.alerts.first(where: { $0.name == name }) else {
            let names = config.alerts.map(\.name)
            let known = names.isEmpty ? "it configures no sinks" : "its sinks are: \(names.joined(separator: ", "))"
            throw ExitCodes.fail("claimwatch: \(config.file) has no sink named \"\(name)\" (\(known))", code: ExitCodes.badInput)
        }
        return sink
    }
}
