import ClaimwatchModel
import Crypto
import Foundation
import GRDB

/// The SQLite store (WAL, through GRDB's `DatabasePool`): the one type that writes the
/// database, each write one transaction. Readers run concurrently with the writer.
public final class SQLiteStore: SnapshotStore {
    let pool: DatabasePool
    public let path: String

    /// Opens (creating and migrating) the database at `path`. A second process on the same file
    /// waits up to `busyTimeout` for the lock, then fails with an error; it never corrupts.
    public init(path: String, busyTimeout: TimeInterval = 10) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try StoreMigrations.migrator.migrate(pool)
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return (error as NSError).localizedDescription
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    // MARK: - Writes

    public func syncSources(_ sources: [SourceDescriptor]) throws {
        try pool.write { db in
            let ids = sources.map(\.id)
            for source in sources {
                try db.execute(sql: """
                    INSERT INTO source (id, url, kind, active) VALUES (?, ?, ?, 1)
                    ON CONFLICT(id) DO UPDATE SET url = excluded.url, kind = excluded.kind, active = 1
                    """, arguments: [source.id, source.url, source.kind.rawValue])
            }
            // Sources dropped from the config keep their history; they are only marked inactive.
            let placeholders = ids.map { _ in "?" }.joined(separator: ",")
            let condition = ids.isEmpty ? "" : "WHERE id NOT IN (\(placeholders))"
            try db.execute(sql: "UPDATE source SET active = 0 \(condition)", arguments: StatementArguments(ids))
        }
    }

    public func saveFeedFetch(sourceID: String, http: HTTPMetadata, items: [Snapshot], at: Date) throws -> [SnapshotOutcome] {
        try pool.write { db in
            let sourceURL = try Self.sourceURL(db, sourceID)
            let outcomes = try items.map { try Self.store($0, in: db) }
            try Self.recordSuccess(db, sourceID: sourceID, status: http.status, at: at)
            try Self.saveValidators(db, sourceID: sourceID, url: sourceURL, http: http, at: at)
            return outcomes
        }
    }

    public func saveDocumentFetch(_ snapshot: Snapshot) throws -> SnapshotOutcome {
        try pool.write { db in
            let outcome = try Self.store(snapshot, in: db)
            if let http = snapshot.http {
                try Self.saveValidators(db, sourceID: snapshot.sourceID, url: snapshot.url, http: http, at: snapshot.fetchedAt)
                if try Self.sourceURL(db, snapshot.sourceID) == snapshot.url {
                    try Self.recordSuccess(db, sourceID: snapshot.sourceID, status: http.status, at: snapshot.fetchedAt)
                }
            }
            return outcome
        }
    }

    public func recordNotModified(sourceID: String, url: String, at: Date) throws {
        try pool.write { db in
            if try Self.sourceURL(db, sourceID) == url {
                try Self.recordSuccess(db, sourceID: sourceID, status: 304, at: at)
            }
            try db.execute(sql: """
                UPDATE document SET last_seen_at = ?, last_failure_kind = NULL, last_failure_message = NULL,
                    last_failure_status = NULL
                WHERE source_id = ? AND url = ?
                """, arguments: [at, sourceID, url])
            try db.execute(sql: "UPDATE http_cache SET checked_at = ? WHERE source_id = ? AND url = ?", arguments: [at, sourceID, url])
        }
    }

    @discardableResult
    public func recordFailure(sourceID: String, url: String, failure: FetchFailure, at: Date) throws -> SourceState {
        try pool.write { db in
            let failureColumns: [(any DatabaseValueConvertible)?] = [failure.kind.rawValue, failure.message, failure.httpStatus]
            if try Self.sourceURL(db, sourceID) == url {
                try db.execute(sql: """
                    UPDATE source SET last_fetch_at = ?, last_status = ?, last_failure_kind = ?,
                        last_failure_message = ?, last_failure_status = ?,
                        consecutive_failures = consecutive_failures + 1
                    WHERE id = ?
                    """, arguments: StatementArguments([at, failure.httpStatus] + failureColumns + [sourceID]))
            } else {
                // A linked article that fails is recorded on its document (created if it was never
                // fetched), so the source's failure count keeps describing the source itself.
                try db.execute(sql: """
                    INSERT INTO document (source_id, kind, key, url, first_seen_at, last_seen_at,
                        last_failure_kind, last_failure_message, last_failure_status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(source_id, kind, key) DO UPDATE SET
                        last_failure_kind = excluded.last_failure_kind,
                        last_failure_message = excluded.last_failure_message,
                        last_failure_status = excluded.last_failure_status
                    """, arguments: StatementArguments([sourceID, DocumentKind.article.rawValue, url, url, at, at] + failureColumns))
            }
            guard let state = try Self.sourceState(db, sourceID) else { throw StoreError.unknownSource(sourceID) }
            return state
        }
    }

    // MARK: - Reads

    public func validators(sourceID: String, url: String) throws -> HTTPValidators? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM http_cache WHERE source_id = ? AND url = ?",
                             arguments: [sourceID, url])
                .map { HTTPValidators(etag: $0["etag"], lastModified: $0["last_modified"]) }
                .flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    public func sourceStates() throws -> [SourceState] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY id").map(Self.sourceState(from:))
        }
    }

    public func documents(sourceID: String?) throws -> [StoredDocument] {
        try pool.read { db in
            let filter = sourceID == nil ? "" : "WHERE d.source_id = ?"
            return try Self.documents(db, where: filter, arguments: sourceID.map { [$0] } ?? [])
        }
    }

    public func currentFeedItems(sourceID: String) throws -> [StoredDocument] {
        try pool.read { db in
            // Every item of one feed fetch is stamped with that fetch's time, so the current items
            // are those seen last.
            try Self.documents(db, where: """
                WHERE d.source_id = ? AND d.kind = 'feed_item' AND d.last_seen_at =
                    (SELECT MAX(last_seen_at) FROM document WHERE source_id = ? AND kind = 'feed_item')
                """, arguments: [sourceID, sourceID])
        }
    }

    static func documents(_ db: Database, where filter: String, arguments: StatementArguments) throws -> [StoredDocument] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.*, (SELECT COUNT(*) FROM version v WHERE v.document_id = d.id) AS version_count
            FROM document d \(filter) ORDER BY d.id
            """, arguments: arguments)
        return rows.map { row in
            StoredDocument(
                id: row["id"], sourceID: row["source_id"],
                kind: DocumentKind(rawValue: row["kind"]) ?? .article,
                key: row["key"], url: row["url"], title: row["title"], published: row["published_at"],
                firstSeenAt: row["first_seen_at"], lastSeenAt: row["last_seen_at"],
                versionCount: row["version_count"], lastFailure: Self.failure(row))
        }
    }

    public func versions(documentID: Int64) throws -> [StoredVersion] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT v.*, b.compression, b.size, b.data FROM version v JOIN blob b ON b.hash = v.blob_hash
                WHERE v.document_id = ? ORDER BY v.id
                """, arguments: [documentID])
            return try rows.map { row in
                let hash: String = row["blob_hash"]
                guard let data = Compression.decompress(row["data"], originalSize: row["size"]) else {
                    throw StoreError.corruptBlob(hash: hash)
                }
                let status: Int? = row["http_status"]
                let http = status.map {
                    HTTPMetadata(status: $0, finalURL: row["final_url"] ?? "", contentType: row["content_type"],
                                 charset: row["charset"],
                                 validators: HTTPValidators(etag: row["etag"], lastModified: row["last_modified"]))
                }
                return StoredVersion(id: row["id"], documentID: row["document_id"], contentHash: row["content_hash"],
                                     fetchedAt: row["fetched_at"], http: http,
                                     content: String(decoding: data, as: UTF8.self))
            }
        }
    }

    /// Distinct stored bodies and their compressed size, for `inspect`-style reports and tests.
    public func blobStatistics() throws -> (count: Int, storedBytes: Int, originalBytes: Int) {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(data)), 0) AS stored, COALESCE(SUM(size), 0) AS original FROM blob")!
            return (row["n"], row["stored"], row["original"])
        }
    }

    // MARK: - Transaction steps

    private static func store(_ snapshot: Snapshot, in db: Database) throws -> SnapshotOutcome {
        let existing = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE source_id = ? AND kind = ? AND key = ?",
                                          arguments: [snapshot.sourceID, snapshot.kind.rawValue, snapshot.key])
        let documentID: Int64
        if let existing {
            documentID = existing
            try db.execute(sql: """
                UPDATE document SET url = ?, title = COALESCE(?, title), published_at = COALESCE(?, published_at),
                    updated_at = COALESCE(?, updated_at), last_seen_at = ?, last_failure_kind = NULL,
                    last_failure_message = NULL, last_failure_status = NULL
                WHERE id = ?
                """, arguments: [snapshot.url, snapshot.title, snapshot.published, snapshot.updated, snapshot.fetchedAt, documentID])
        } else {
            try db.execute(sql: """
                INSERT INTO document (source_id, kind, key, url, title, published_at, updated_at, first_seen_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [snapshot.sourceID, snapshot.kind.rawValue, snapshot.key, snapshot.url, snapshot.title,
                                 snapshot.published, snapshot.updated, snapshot.fetchedAt, snapshot.fetchedAt])
            documentID = db.lastInsertedRowID
        }
        let latestHash = try String.fetchOne(db, sql: "SELECT content_hash FROM version WHERE document_id = ? ORDER BY id DESC LIMIT 1",
                                             arguments: [documentID])
        if latestHash == snapshot.contentHash { return .unchanged(documentID: documentID) }

        let body = Data(snapshot.content.utf8)
        let blobHash = SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
        try db.execute(sql: "INSERT INTO blob (hash, compression, size, data) VALUES (?, 'zlib', ?, ?) ON CONFLICT(hash) DO NOTHING",
                       arguments: [blobHash, body.count, Compression.compress(body)])
        let http = snapshot.http
        try db.execute(sql: """
            INSERT INTO version (document_id, content_hash, blob_hash, fetched_at, http_status, final_url, content_type,
                charset, etag, last_modified, claims_pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """, arguments: [documentID, snapshot.contentHash, blobHash, snapshot.fetchedAt, http?.status, http?.finalURL,
                             http?.contentType, http?.charset, http?.validators.etag, http?.validators.lastModified])
        return .newVersion(documentID: documentID, versionID: db.lastInsertedRowID, isNewDocument: existing == nil)
    }

    private static func sourceURL(_ db: Database, _ sourceID: String) throws -> String {
        guard let url = try String.fetchOne(db, sql: "SELECT url FROM source WHERE id = ?", arguments: [sourceID]) else {
            throw StoreError.unknownSource(sourceID)
        }
        return url
    }

    private static func recordSuccess(_ db: Database, sourceID: String, status: Int, at: Date) throws {
        try db.execute(sql: """
            UPDATE source SET last_fetch_at = ?, last_success_at = ?, last_status = ?, last_failure_kind = NULL,
                last_failure_message = NULL, last_failure_status = NULL, consecutive_failures = 0
            WHERE id = ?
            """, arguments: [at, at, status, sourceID])
    }

    private static func saveValidators(_ db: Database, sourceID: String, url: String, http: HTTPMetadata, at: Date) throws {
        try db.execute(sql: """
            INSERT INTO http_cache (source_id, url, etag, last_modified, final_url, checked_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(source_id, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                final_url = excluded.final_url, checked_at = excluded.checked_at
            """, arguments: [sourceID, url, http.validators.etag, http.validators.lastModified, http.finalURL, at])
    }

    private static func sourceState(_ db: Database, _ id: String) throws -> SourceState? {
        try Row.fetchOne(db, sql: "SELECT * FROM source WHERE id = ?", arguments: [id]).map(sourceState(from:))
    }

    private static func sourceState(from row: Row) -> SourceState {
        SourceState(id: row["id"], url: row["url"], kind: SourceKind(rawValue: row["kind"]) ?? .feed,
                    lastFetchAt: row["last_fetch_at"], lastSuccessAt: row["last_success_at"],
                    lastStatus: row["last_status"], lastFailure: failure(row),
                    consecutiveFailures: row["consecutive_failures"], active: row["active"])
    }

    private static func failure(_ row: Row) -> FetchFailure? {
        guard let kind: String = row["last_failure_kind"] else { return nil }
        return FetchFailure(kind: FetchFailure.Kind(rawValue: kind) ?? .other, message: row["last_failure_message"] ?? "",
                            httpStatus: row["last_failure_status"])
    }
}

// MARK: - Claims and the outbox

extension SQLiteStore {
    public func applyClaims(documentID: Int64, versionID: Int64?, observations: [ClaimObservation], sinks: [String], at: Date,
                            makeAlert: (ClaimDecision, ClaimKey) -> AlertRecord?) throws -> [AlertRecord] {
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        return try pool.write { db in
            if let versionID {
                try db.execute(sql: "UPDATE version SET claims_pending = 0 WHERE id = ?", arguments: [versionID])
            }
            // What the document's previous version claimed: a different value now is a revision.
            var earlier: [String: CurrentClaim] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, claim FROM document_claim WHERE document_id = ?", arguments: [documentID]) {
                earlier[row["key"]] = try decoder.decode(CurrentClaim.self, from: Data((row["claim"] as String).utf8))
            }
            try db.execute(sql: "DELETE FROM document_claim WHERE document_id = ?", arguments: [documentID])
            // A claim an edit removed no longer stands on this document: where it was the
            // current claim, the latest remaining evidence takes over, silently — the story
            // did not move, one account of it was withdrawn. It is no revision either.
            let observedKeys = Set(observations.map(\.claim.key.description))
            for key in earlier.keys.sorted() where !observedKeys.contains(key) {
                try Self.fallBack(db, key: key, from: documentID, at: at, decoder: decoder)
            }
            var written: [AlertRecord] = []
            for observation in observations {
                let key = observation.claim.key
                let observed = CurrentClaim(value: observation.claim.value, evidence: observation.evidence,
                                            publishedAt: observation.publishedAt, documentID: documentID,
                                            confidence: observation.claim.confidence)
                let encoded = String(decoding: try encoder.encode(observed), as: UTF8.self)
                try db.execute(sql: "INSERT INTO document_claim (document_id, key, claim, version_id, confidence) VALUES (?, ?, ?, ?, ?)",
                               arguments: [documentID, key.description, encoded, versionID, observed.confidence])
                let current = try String.fetchOne(db, sql: "SELECT claim FROM claim_state WHERE key = ?", arguments: [key.description])
                    .map { try decoder.decode(CurrentClaim.self, from: Data($0.utf8)) }
                let decision = ClaimHistoryRule.decide(current: current, observed: observed, earlier: earlier[key.description])
                guard decision != .unchanged else { continue }
                if decision.newCurrentClaim != nil {
                    try db.execute(sql: """
                        INSERT INTO claim_state (key, topic, claim, document_id, published_at, updated_at, confidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(key) DO UPDATE SET claim = excluded.claim, document_id = excluded.document_id,
                            published_at = excluded.published_at, updated_at = excluded.updated_at,
                            confidence = excluded.confidence
                        """, arguments: [key.description, key.topic, encoded, documentID, observation.publishedAt, at,
                                         observed.confidence])
                }
                guard let alert = makeAlert(decision, key) else { continue }
                // One edit, one alert: a revision already reported (the same article read through
                // another source) is not reported again as a `claim_revised`.
                var revisionID: String?
                var duplicate = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM alert WHERE id = ?)", arguments: [alert.id]) ?? false
                if case .revised(let revision) = decision {
                    revisionID = revision.id(key: key)
                    if revision.replaced == nil, !duplicate {
                        duplicate = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM alert WHERE revision = ?)",
                                                      arguments: [revisionID]) ?? false
                    }
                }
                if duplicate { continue }
                try db.execute(sql: "INSERT INTO alert (id, kind, key, record, summary, created_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [alert.id, alert.kind, key.description, alert.json, alert.summary, at, revisionID])
                for sink in sinks {
                    try db.execute(sql: "INSERT INTO delivery (alert_id, sink, status) VALUES (?, ?, 'pending') ON CONFLICT DO NOTHING",
                                   arguments: [alert.id, sink])
                }
                written.append(alert)
            }
            return written
        }
    }

    /// Replaces a current claim that rested on `documentID` by the latest claim other documents
    /// still make for `key`; keeps it when no other document makes one.
    private static func fallBack(_ db: Database, key: String, from documentID: Int64, at: Date, decoder: JSONDecoder) throws {
        guard let owner = try Int64.fetchOne(db, sql: "SELECT document_id FROM claim_state WHERE key = ?", arguments: [key]),
              owner == documentID else { return }
        let remaining = try String.fetchAll(db, sql: "SELECT claim FROM document_claim WHERE key = ?", arguments: [key])
            .map { (encoded: $0, claim: try decoder.decode(CurrentClaim.self, from: Data($0.utf8))) }
        guard let latest = remaining.max(by: { ($0.claim.publishedAt, $0.claim.documentID) < ($1.claim.publishedAt, $1.claim.documentID) }) else { return }
        try db.execute(sql: "UPDATE claim_state SET claim = ?, document_id = ?, published_at = ?, updated_at = ?, confidence = ? WHERE key = ?",
                       arguments: [latest.encoded, latest.claim.documentID, latest.claim.publishedAt, at, latest.claim.confidence, key])
    }

    public func versionsPendingClaims() throws -> [PendingClaims] {
        let rows = try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.id AS version_id, v.document_id, v.fetched_at, v.final_url, d.source_id, d.kind, d.url, d.title,
                       d.published_at AS published, b.compression, b.size, b.data, v.blob_hash
                FROM version v JOIN document d ON d.id = v.document_id JOIN blob b ON b.hash = v.blob_hash
                WHERE v.claims_pending = 1 ORDER BY v.id
                """)
        }
        return try rows.map { row -> PendingClaims in
            let data: Data = row["data"]
            let stored: Data? = (row["compression"] as String) == "zlib" ? Compression.decompress(data, originalSize: row["size"]) : data
            guard let body = stored else { throw StoreError.corruptBlob(hash: row["blob_hash"]) }
            return PendingClaims(documentID: row["document_id"], versionID: row["version_id"], sourceID: row["source_id"],
                                 kind: DocumentKind(rawValue: row["kind"]) ?? .page, url: row["url"],
                                 finalURL: row["final_url"], title: row["title"], published: row["published"],
                                 content: String(decoding: body, as: UTF8.self), fetchedAt: row["fetched_at"])
        }
    }

    public func clearClaimsPending(versionIDs: [Int64]) throws {
        guard !versionIDs.isEmpty else { return }
        try pool.write { db in
            for id in versionIDs {
                try db.execute(sql: "UPDATE version SET claims_pending = 0 WHERE id = ?", arguments: [id])
            }
        }
    }

    public func pendingAlerts(sink: String) throws -> [AlertRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.kind, a.record, a.summary FROM delivery d JOIN alert a ON a.id = d.alert_id
                WHERE d.sink = ? AND d.status = 'pending' ORDER BY a.created_at, a.rowid
                """, arguments: [sink]).map { AlertRecord(id: $0["id"], kind: $0["kind"], json: $0["record"], summary: $0["summary"]) }
        }
    }

    public func markDelivered(alertID: String, sink: String, at: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE delivery SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_attempt_at = ?
                WHERE alert_id = ? AND sink = ?
                """, arguments: [at, at, alertID, sink])
        }
    }

    public func recordDeliveryFailure(alertID: String, sink: String, error: String, at: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE delivery SET attempts = attempts + 1, last_error = ?, last_attempt_at = ? WHERE alert_id = ? AND sink = ?
                """, arguments: [error, at, alertID, sink])
        }
    }
}
