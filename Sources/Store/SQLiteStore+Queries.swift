import Foundation

extension SQLiteStore {
    /// Alerts written at or after `since` (all when nil), oldest first, each with its delivery
    /// state per sink.
    public func alerts(since: Date?) throws -> [StoredAlert] {
        try pool.read { db in try StoreQueries.alerts(db, since: since) }
    }

    /// The claim histories (current claim, document claims, alerts), optionally of one topic
    /// and/or one entity.
    public func claimHistories(topic: String? = nil, entity: String? = nil) throws -> [StoredClaimHistory] {
        try pool.read { db in try StoreQueries.claimHistories(db, topic: topic, entity: entity) }
    }
}
