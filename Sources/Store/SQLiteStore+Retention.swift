import Foundation
import GRDB

/// What one pruning pass deleted.
public struct PruneReport: Sendable, Equatable {
    public var alerts = 0
    public var versions = 0
    /// Stored bodies no version points at any more.
    public var blobs = 0

    public init(alerts: Int = 0, versions: Int = 0, blobs: Int = 0) {
        self.alerts = alerts
        self.versions = versions
        self.blobs = blobs
    }
}

// Retention (`retention:` in the config): old history that nothing needs any more.
extension SQLiteStore {
    /// Deletes, in one transaction:
    /// - alerts created before `alertsCreatedBefore` (with their deliveries) unless a delivery
    ///   of theirs is still pending: the outbox never drops what a sink has not had;
    /// - versions replaced by a newer version of their document fetched before
    ///   `versionsReplacedBefore`, so every version current at some time after the cutoff stays,
    ///   and a document's current version always does;
    /// - the stored bodies no remaining version uses.
    /// A nil cutoff prunes nothing of that kind.
    @discardableResult
    public func prune(alertsCreatedBefore: Date?, versionsReplacedBefore: Date?) throws -> PruneReport {
        try pool.write { db in
            var report = PruneReport()
            if let cutoff = alertsCreatedBefore {
                try db.execute(sql: """
                    DELETE FROM alert WHERE created_at < ?
                        AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.alert_id = alert.id AND d.status = 'pending')
                    """, arguments: [cutoff])
                report.alerts = db.changesCount
            }
            if let cutoff = versionsReplacedBefore {
                try db.execute(sql: """
                    DELETE FROM version WHERE EXISTS (
                        SELECT 1 FROM version newer
                        WHERE newer.document_id = version.document_id AND newer.id > version.id AND newer.fetched_at < ?)
                    """, arguments: [cutoff])
                report.versions = db.changesCount
                if report.versions > 0 {
                    try db.execute(sql: "DELETE FROM blob WHERE hash NOT IN (SELECT blob_hash FROM version)")
                    report.blobs = db.changesCount
                }
            }
            return report
        }
    }
}
