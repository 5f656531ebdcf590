import ClaimwatchModel
import Foundation
import GRDB

/// The read queries behind the operator commands (`alerts`, `claims`), shared by
/// ``SQLiteStore`` and ``ReadOnlyStore``. Reads only: nothing here writes.
enum StoreQueries {
    /// Alerts created at or after `since` (all when nil), oldest first, with their deliveries.
    static func alerts(_ db: Database, since: Date?, key: String? = nil) throws -> [StoredAlert] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let since {
            conditions.append("created_at >= ?")
            arguments.append(since)
        }
        if let key {
            conditions.append("key = ?")
            arguments.append(key)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, * FROM alert \(filter) ORDER BY created_at, rowid",
                                    arguments: StatementArguments(arguments))
        let deliveries = try self.deliveries(db, alertIDs: rows.map { $0["id"] })
        return rows.map { row in
            let id: String = row["id"]
            return StoredAlert(record: AlertRecord(id: id, kind: row["kind"], json: row["record"], summary: row["summary"]),
                               key: row["key"], createdAt: row["created_at"], deliveries: deliveries[id] ?? [])
        }
    }

    private static func deliveries(_ db: Database, alertIDs: [String]) throws -> [String: [StoredDelivery]] {
        guard !alertIDs.isEmpty else { return [:] }
        var result: [String: [StoredDelivery]] = [:]
        // Chunked: SQLite limits the number of bound parameters in one statement.
        for start in stride(from: 0, to: alertIDs.count, by: 500) {
            let chunk = Array(alertIDs[start..<min(start + 500, alertIDs.count)])
            let placeholders = chunk.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: """
                SELECT alert_id, sink, status, attempts, last_error, last_attempt_at, delivered_at, next_attempt_at
                FROM delivery WHERE alert_id IN (\(placeholders)) ORDER BY sink
                """, arguments: StatementArguments(chunk))
            for row in rows {
                result[row["alert_id"], default: []].append(
                    StoredDelivery(sink: row["sink"], status: row["status"], attempts: row["attempts"],
                                   lastError: row["last_error"], lastAttemptAt: row["last_attempt_at"],
                                   deliveredAt: row["delivered_at"],
                                   nextAttemptAt: row["next_attempt_at"]))
            }
        }
        return result
    }

    /// Every claim history, by topic then key, optionally only one topic's and/or one entity's
    /// (an entity filter leaves out quantity histories, which belong to no entity).
    static func claimHistories(_ db: Database, topic: String?, entity: String?) throws -> [StoredClaimHistory] {
        let decoder = JSONDecoder()
        let rows = try Row.fetchAll(db, sql: """
            SELECT key, topic, claim, updated_at FROM claim_state \(topic == nil ? "" : "WHERE topic = ?") ORDER BY topic, key
            """, arguments: StatementArguments(topic.map { [$0] } ?? []))
        var histories: [StoredClaimHistory] = []
        for row in rows {
            let current = try decoder.decode(CurrentClaim.self, from: Data((row["claim"] as String).utf8))
            if let entity {
                guard case .stance(entity, _) = current.value else { continue }
            }
            let key: String = row["key"]
            let documentClaims = try String.fetchAll(db, sql: "SELECT claim FROM document_claim WHERE key = ?", arguments: [key])
                .map { try decoder.decode(CurrentClaim.self, from: Data($0.utf8)) }
                .sorted { ($0.publishedAt, $0.documentID) < ($1.publishedAt, $1.documentID) }
            histories.append(StoredClaimHistory(key: key, topic: row["topic"], current: current, updatedAt: row["updated_at"],
                                                documentClaims: documentClaims,
                                                alerts: try alerts(db, since: nil, key: key)))
        }
        return histories
    }
}
