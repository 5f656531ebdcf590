import ClaimwatchModel
import Foundation
import GRDB

// The daemon's schedule and the outbox depth (`ScheduleStore`).
extension SQLiteStore: ScheduleStore {
    public func scheduleEntries() throws -> [ScheduleEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM schedule ORDER BY source_id, kind, url").compactMap { row in
                let sourceID: String = row["source_id"]
                let target: ScheduleEntry.Target
                switch row["kind"] as String {
                case "source": target = .source(sourceID)
                case "article": target = .article(sourceID: sourceID, url: row["url"])
                default: return nil
                }
                return ScheduleEntry(target: target, nextCheck: row["next_check_at"], lastCheck: row["last_check_at"],
                                     consecutiveFailures: row["consecutive_failures"], ageBase: row["age_base_at"])
            }
        }
    }

    public func saveSchedule(_ entries: [ScheduleEntry], removing removed: [ScheduleEntry.Target]) throws {
        guard !entries.isEmpty || !removed.isEmpty else { return }
        try pool.write { db in
            for target in removed {
                let (kind, url) = Self.columns(target)
                try db.execute(sql: "DELETE FROM schedule WHERE source_id = ? AND kind = ? AND url = ?",
                               arguments: [target.sourceID, kind, url])
            }
            for entry in entries {
                let (kind, url) = Self.columns(entry.target)
                // A source the store does not know (never synced) has nowhere to hang its schedule.
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM source WHERE id = ?)",
                                        arguments: [entry.target.sourceID]) == true else { continue }
                try db.execute(sql: """
                    INSERT INTO schedule (source_id, kind, url, next_check_at, last_check_at, consecutive_failures, age_base_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(source_id, kind, url) DO UPDATE SET next_check_at = excluded.next_check_at,
                        last_check_at = excluded.last_check_at, consecutive_failures = excluded.consecutive_failures,
                        age_base_at = excluded.age_base_at
                    """, arguments: [entry.target.sourceID, kind, url, entry.nextCheck, entry.lastCheck,
                                     entry.consecutiveFailures, entry.ageBase])
            }
        }
    }

    public func article(sourceID: String, url: String) throws -> StoredDocument? {
        try pool.read { db in
            // An article's key is its URL: the unique (source, kind, key) index finds it.
            try Self.documents(db, where: "WHERE d.source_id = ? AND d.kind = 'article' AND d.key = ?",
                               arguments: [sourceID, url]).first
        }
    }

    public func pendingDeliveryCounts() throws -> [String: Int] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT sink, COUNT(*) AS n FROM delivery WHERE status = 'pending' GROUP BY sink")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["sink"] as String, $0["n"] as Int) })
        }
    }

    private static func columns(_ target: ScheduleEntry.Target) -> (kind: String, url: String) {
        switch target {
        case .source: ("source", "")
        case .article(_, let url): ("article", url)
        }
    }
}
