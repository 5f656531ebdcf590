import ClaimwatchModel
import Foundation
import Store

/// How `alerts` shows the outbox: a listing for people, or one JSON object.
enum AlertsReport {
    /// `{"alerts": [{"id", "kind", "key", "summary", "created_at", "record": {the contract
    /// record}, "deliveries": [{"sink", "status", "attempts", "last_error", "last_attempt_at",
    /// "delivered_at", "next_attempt_at"}]}]}`, oldest first, keys sorted, times ISO-8601 UTC or null.
    static func json(_ alerts: [StoredAlert]) -> String {
        JSONText.render(["alerts": alerts.map(object)])
    }

    static func object(_ alert: StoredAlert) -> [String: Any] {
        [
            "id": alert.record.id,
            "kind": alert.record.kind,
            "key": alert.key,
            "summary": alert.record.summary,
            "created_at": ISO8601Time.format(alert.createdAt),
            "record": JSONText.parse(alert.record.json),
            "deliveries": alert.deliveries.map { delivery in
                [
                    "sink": delivery.sink,
                    "status": delivery.status,
                    "attempts": delivery.attempts,
                    "last_error": JSONText.orNull(delivery.lastError),
                    "last_attempt_at": JSONText.orNull(delivery.lastAttemptAt.map(ISO8601Time.format)),
                    "delivered_at": JSONText.orNull(delivery.deliveredAt.map(ISO8601Time.format)),
                    "next_attempt_at": JSONText.orNull(delivery.nextAttemptAt.map(ISO8601Time.format)),
                ] as [String: Any]
            },
        ]
    }

    /// One block per alert: `TIME  KIND  SUMMARY`, its id and key, then a line per sink.
    static func text(_ alerts: [StoredAlert], since: Date?) -> String {
        guard !alerts.isEmpty else {
            return since.map { "no alerts since \(ISO8601Time.format($0))" } ?? "no alerts"
        }
        var lines: [String] = []
        let kindWidth = alerts.map(\.record.kind.count).max() ?? 0
        for alert in alerts {
            let kind = alert.record.kind.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            lines.append("\(ISO8601Time.format(alert.createdAt))  \(kind)  \(alert.record.summary)")
            lines.append("    id \(alert.record.id)  \(alert.key)")
            let sinkWidth = alert.deliveries.map(\.sink.count).max() ?? 0
            for delivery in alert.deliveries {
                lines.append("    " + deliveryLine(delivery, sinkWidth: sinkWidth))
            }
            if alert.deliveries.isEmpty { lines.append("    (no sink was configured when it was raised)") }
        }
        let pending = alerts.reduce(0) { $0 + $1.deliveries.filter { $0.status == "pending" }.count }
        let failed = alerts.reduce(0) { $0 + $1.deliveries.filter { $0.status == "failed" }.count }
        lines.append("")
        lines.append("\(alerts.count) alert\(alerts.count == 1 ? "" : "s"); \(pending) deliver\(pending == 1 ? "y" : "ies") pending, \(failed) failed")
        return lines.joined(separator: "\n")
    }

    static func deliveryLine(_ delivery: StoredDelivery, sinkWidth: Int) -> String {
        var line = delivery.sink.padding(toLength: sinkWidth, withPad: " ", startingAt: 0) + "  "
            + delivery.status.padding(toLength: 9, withPad: " ", startingAt: 0)
            + "  \(delivery.attempts) attempt\(delivery.attempts == 1 ? "" : "s")"
        if let delivered = delivery.deliveredAt {
            line += ", delivered \(ISO8601Time.format(delivered))"
        } else if let attempt = delivery.lastAttemptAt {
            line += ", last \(ISO8601Time.format(attempt))"
        }
        if let error = delivery.lastError, delivery.status != "delivered" { line += ": \(error)" }
        if let next = delivery.nextAttemptAt, delivery.status == "pending" { line += "; next attempt \(ISO8601Time.format(next))" }
        return line
    }
}
