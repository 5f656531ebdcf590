import Configuration

/// The human-readable listing `check` prints.
enum ConfigSummary {
    static func render(_ config: ClaimwatchConfig) -> String {
        var lines = ["\(config.file): OK", "database: \(config.database)",
                     "poll: every \(DurationParser.format(config.poll.interval)), \(config.poll.concurrency) transfers at once "
                        + "(\(config.poll.perHost) per host), timeout \(DurationParser.format(config.poll.timeout))",
                     "", "sources (\(config.sources.count)):"]
        for source in config.sources {
            var details = [source.kind.rawValue, "every \(DurationParser.format(source.effectiveInterval(config.poll)))"]
            if source.kind == .feed { details.append(source.followLinks ? "follows links" : "items only") }
            if let selector = source.selector { details.append("selector \(selector)") }
            lines.append("  \(source.id)  \(source.url)  (\(details.joined(separator: ", ")))")
        }
        lines += ["", "topics (\(config.topics.count)):"]
        for topic in config.topics {
            lines.append("  \(topic.id)  \"\(topic.name)\"  keywords: \(topic.keywords.joined(separator: ", "))")
            for quantity in topic.quantities {
                lines.append("    quantity \(quantity.id): \(quantity.nouns.joined(separator: ", "))")
            }
        }
        lines += ["", "entities (\(config.entities.count)):"]
        for entity in config.entities {
            lines.append("  \(entity.id): \(entity.names.joined(separator: ", "))")
        }
        lines += ["", "alerts (\(config.alerts.count)):"]
        for sink in config.alerts {
            switch sink {
            case .log(let log):
                lines.append("  \(log.name)  log → \(log.path)")
            case .webhook(let hook):
                let signed = hook.secretFile == nil ? "unsigned" : "signed"
                lines.append("  \(hook.name)  webhook → \(hook.url) (\(hook.format.rawValue), \(signed))")
            }
        }
        if config.retention.isEnabled {
            let keep = { (limit: Duration?) in limit.map { "\(DurationParser.format($0))" } ?? "forever" }
            lines += ["", "retention: alerts \(keep(config.retention.alerts)), replaced versions \(keep(config.retention.versions))"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
