import ClaimwatchModel
import Foundation
import GRDB

// The outbox's delivery schedule (migration "2026-11-22 delivery schedule").
extension SQLiteStore: DeliveryOutbox {
    public func pendingAlerts(sink: String, dueAt now: Date) throws -> [PendingDelivery] {
        let pending = try pool.read { db in try Self.pendingDeliveries(db, sink: sink) }
        // In order, up to the first one still waiting for its retry: it holds back the rest.
        return Array(pending.prefix { ($0.nextAttemptAt ?? now) <= now })
    }

    public func nextDeliveryDue(sink: String) throws -> Date? {
        try pool.read { db in
            // A delivery never tried is due at once, whatever the clocks said when it was written.
            try Row.fetchOne(db, sql: """
                SELECT d.next_attempt_at FROM delivery d JOIN alert a ON a.id = d.alert_id
                WHERE d.sink = ? AND d.status = 'pending' ORDER BY a.created_at, a.rowid LIMIT 1
                """, arguments: [sink]).map { row in (row["next_attempt_at"] as Date?) ?? .distantPast }
        }
    }

    public func recordDeliveryAttempt(_ attempt: DeliveryAttempt) throws {
        let status: String
        var next: Date?
        var deliveredAt: Date?
        switch attempt.outcome {
        case .delivered:
            status = "delivered"
            deliveredAt = attempt.at
        case .retry(let at):
            status = "pending"
            next = at
        case .failed:
            status = "failed"
        }
        try pool.write { db in
            // A delivery keeps its last error after it succeeds: "delivered on the 4th attempt,
            // after HTTP 503" is worth seeing.
            try db.execute(sql: """
                UPDATE delivery SET status = ?, attempts = attempts + 1, retry_attempts = retry_attempts + 1,
                    first_attempt_at = COALESCE(first_attempt_at, ?), last_attempt_at = ?, next_attempt_at = ?,
                    delivered_at = COALESCE(?, delivered_at), last_status = ?, last_error = COALESCE(?, last_error),
                    last_response = COALESCE(?, last_response)
                WHERE alert_id = ? AND sink = ?
                """, arguments: [status, attempt.at, attempt.at, next, deliveredAt, attempt.httpStatus, attempt.error,
                                 attempt.response, attempt.alertID, attempt.sink])
        }
    }

    @discardableResult
    public func syncSinkFingerprints(_ fingerprints: [String: String], at: Date) throws -> [String: Int] {
        try pool.write { db in
            var requeued: [String: Int] = [:]
            for (sink, fingerprint) in fingerprints.sorted(by: { $0.key < $1.key }) {
                let stored = try String.fetchOne(db, sql: "SELECT fingerprint FROM sink WHERE name = ?", arguments: [sink])
                guard stored != fingerprint else { continue }
                try db.execute(sql: """
                    INSERT INTO sink (name, fingerprint, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET fingerprint = excluded.fingerprint, updated_at = excluded.updated_at
                    """, arguments: [sink, fingerprint, at])
                // A sink seen for the first time has nothing failed under an older configuration.
                guard stored != nil else { continue }
                let count = try Self.requeue(db, sink: sink, alertID: nil)
                if count > 0 { requeued[sink] = count }
            }
            return requeued
        }
    }

    @discardableResult
    public func requeueFailedDeliveries(sink: String, alertID: String?, at: Date) throws -> Int {
        try pool.write { db in try Self.requeue(db, sink: sink, alertID: alertID) }
    }

    /// Every delivery of every alert with its state, oldest alert first (for inspection and tests).
    public func deliveries(sink: String? = nil) throws -> [DeliveryRecord] {
        try pool.read { db in
            let filter = sink == nil ? "" : "WHERE d.sink = ?"
            return try Row.fetchAll(db, sql: """
                SELECT d.*, a.kind FROM delivery d JOIN alert a ON a.id = d.alert_id \(filter)
                ORDER BY a.created_at, a.rowid, d.sink
                """, arguments: StatementArguments(sink.map { [$0] } ?? [])).map { row in
                DeliveryRecord(alertID: row["alert_id"], sink: row["sink"], status: row["status"], attempts: row["attempts"],
                               retryAttempts: row["retry_attempts"], firstAttemptAt: row["first_attempt_at"],
                               lastAttemptAt: row["last_attempt_at"], nextAttemptAt: row["next_attempt_at"],
                               deliveredAt: row["delivered_at"], lastStatus: row["last_status"], lastError: row["last_error"],
                               lastResponse: row["last_response"])
            }
        }
    }

    private static func requeue(_ db: Database, sink: String, alertID: String?) throws -> Int {
        let alertFilter = alertID == nil ? "" : " AND alert_id = ?"
        try db.execute(sql: """
            UPDATE delivery SET status = 'pending', retry_attempts = 0, first_attempt_at = NULL, next_attempt_at = NULL
            WHERE sink = ? AND status = 'failed'\(alertFilter)
            """, arguments: StatementArguments([sink] + (alertID.map { [$0] } ?? [])))
        return db.changesCount
    }

    private static func pendingDeliveries(_ db: Database, sink: String) throws -> [PendingDelivery] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.kind, a.record, a.summary, d.attempts, d.retry_attempts, d.first_attempt_at, d.next_attempt_at
            FROM delivery d JOIN alert a ON a.id = d.alert_id
            WHERE d.sink = ? AND d.status = 'pending' ORDER BY a.created_at, a.rowid
            """, arguments: [sink]).map { row in
            PendingDelivery(alert: AlertRecord(id: row["id"], kind: row["kind"], json: row["record"], summary: row["summary"]),
                            sink: sink, attempts: row["attempts"], retryAttempts: row["retry_attempts"],
                            firstAttemptAt: row["first_attempt_at"], nextAttemptAt: row["next_attempt_at"])
        }
    }
}
