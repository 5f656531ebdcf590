import ClaimwatchModel
import Configuration
import Foundation
import Store

/// What `status` shows: sources (configured ones first, then those removed from the config
/// whose history is kept) and the outbox.
struct StatusReport {
    struct Source {
        var state: SourceState
        var configured: Bool
        var nextCheck: Date?
        var revisits: Int
        /// Failures in a row make the scheduler back off: the next check is further out.
        var backingOff: Bool { state.consecutiveFailures > 0 }
    }

    var sources: [Source]
    /// Pending deliveries per sink: every configured sink, and any other with pending alerts.
    var outbox: [(sink: String, pending: Int)]

    static func read(store: SQLiteStore, config: ClaimwatchConfig) throws -> StatusReport {
        let states = try store.sourceStates()
        let schedule = try store.scheduleEntries()
        let configured = config.sources.map(\.id)
        var next: [String: Date] = [:]
        var revisits: [String: Int] = [:]
        for entry in schedule {
            switch entry.target {
            case .source(let id): next[id] = entry.nextCheck
            case .article(let id, _) where entry.nextCheck != .distantFuture: revisits[id, default: 0] += 1
            case .article: break
            }
        }
        let ordered = states.sorted { lhs, rhs in
            let l = configured.firstIndex(of: lhs.id) ?? Int.max, r = configured.firstIndex(of: rhs.id) ?? Int.max
            return (l, lhs.id) < (r, rhs.id)
        }
        let sources = ordered.map {
            Source(state: $0, configured: configured.contains($0.id), nextCheck: next[$0.id], revisits: revisits[$0.id] ?? 0)
        }
        let counts = try store.pendingDeliveryCounts()
        var outbox = config.alerts.map { ($0.name, counts[$0.name] ?? 0) }
        for (sink, count) in counts.sorted(by: { $0.key < $1.key }) where !outbox.contains(where: { $0.0 == sink }) {
            outbox.append((sink, count))
        }
        return StatusReport(sources: sources, outbox: outbox.map { (sink: $0.0, pending: $0.1) })
    }

    func rendered(now: Date) -> String {
        var lines = ["sources (\(sources.count)):"]
        for source in sources {
            let state = source.state
            var parts = ["\(state.kind.rawValue)"]
            if !source.configured { parts.append("removed from the config") }
            parts.append("last fetch \(state.lastFetchAt.map(ISO8601Time.format) ?? "never")"
                         + (state.lastStatus.map { " (HTTP \($0))" } ?? ""))
            if let nextCheck = source.nextCheck, source.configured {
                let seconds = Int(nextCheck.timeIntervalSince(now).rounded())
                parts.append("next check \(ISO8601Time.format(nextCheck))" + (seconds > 0 ? " (in \(seconds)s)" : " (due)"))
            } else if source.configured {
                parts.append("next check: when the daemon runs")
            }
            if state.consecutiveFailures > 0 {
                parts.append("\(state.consecutiveFailures) failures in a row, backing off")
                if let failure = state.lastFailure { parts.append("last error \(failure)") }
            }
            if source.revisits > 0 { parts.append("\(source.revisits) articles revisited") }
            lines.append("  \(state.id)  \(state.url)")
            lines.append("    " + parts.joined(separator: "; "))
        }
        lines += ["", "outbox (pending deliveries per sink):"]
        if outbox.isEmpty { lines.append("  no sinks") }
        for entry in outbox { lines.append("  \(entry.sink): \(entry.pending)") }
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        let sources: [[String: Any]] = self.sources.map { source in
            let state = source.state
            return [
                "id": state.id, "url": state.url, "kind": state.kind.rawValue, "configured": source.configured,
                "last_fetch": state.lastFetchAt.map(ISO8601Time.format) ?? NSNull(),
                "last_success": state.lastSuccessAt.map(ISO8601Time.format) ?? NSNull(),
                "last_status": state.lastStatus ?? NSNull(),
                "last_failure": state.lastFailure.map(\.description) ?? NSNull(),
                "consecutive_failures": state.consecutiveFailures,
                "backoff": source.backingOff,
                "next_check": source.nextCheck.map(ISO8601Time.format) ?? NSNull(),
                "revisited_articles": source.revisits,
            ]
        }
        let outbox = Dictionary(uniqueKeysWithValues: self.outbox.map { ($0.sink, $0.pending) })
        return PageReport.serialize(["sources": sources, "outbox": outbox])
    }
}
