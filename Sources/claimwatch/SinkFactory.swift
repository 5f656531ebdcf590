import Alerts
import Configuration

/// The alert sinks a configuration names. Webhooks arrive with the daemon; until then a webhook
/// sink is left out and its alerts stay pending in the outbox, never dropped.
enum SinkFactory {
    static func sinks(for config: ClaimwatchConfig) -> [any AlertSink] {
        config.alerts.compactMap { sink in
            switch sink {
            case .log(let log): LogFileSink(name: log.name, path: log.path)
            case .webhook: nil
            }
        }
    }
}
