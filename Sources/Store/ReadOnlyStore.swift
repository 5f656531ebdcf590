import Foundation
import GRDB

/// The database opened read-only, for operator commands (`alerts`, `claims`) that may run
/// beside the daemon, as another user: it never creates the file, never migrates it and never
/// writes, so a mistyped path is an error rather than a new empty database, and a newer
/// binary never migrates a database under an older daemon.
public final class ReadOnlyStore: Sendable {
    let queue: DatabaseQueue
    public let path: String

    /// Opens the existing database at `path`; fails with ``StoreError/cannotOpen(path:reason:)``
    /// when it is missing, not a database, or not migrated as far as this binary's schema.
    public init(path: String, busyTimeout: TimeInterval = 10) throws(StoreError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, reason: "no such file")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = StoreMigrations.migrator
            let applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
            if let missing = migrator.migrations.first(where: { !applied.contains($0) }) {
                throw StoreError.cannotOpen(path: path, reason: applied.isEmpty
                    ? "not a claimwatch database"
                    : "schema older than this claimwatch (migration \"\(missing)\" not applied; `claimwatch once` or `run` applies it)")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: (error as? DatabaseError)?.message ?? "\(error)")
        }
    }

    /// Alerts written at or after `since` (all when nil), oldest first, with their deliveries.
    public func alerts(since: Date?) throws -> [StoredAlert] {
        try queue.read { db in try StoreQueries.alerts(db, since: since) }
    }

    /// The claim histories, optionally of one topic and/or one entity.
    public func claimHistories(topic: String? = nil, entity: String? = nil) throws -> [StoredClaimHistory] {
        try queue.read { db in try StoreQueries.claimHistories(db, topic: topic, entity: entity) }
    }
}
