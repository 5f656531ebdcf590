import ClaimwatchModel
import Foundation
import GRDB
import Testing
@testable import Store

/// `claim_revised`: a document's new version that changes a claim it made before, on real
/// SQLite files populated through the store's write API.
struct ClaimRevisionTests {
    let directory: URL
    let path: String
    let sinks = ["audit", "newsroom"]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-revision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("cw.sqlite").path
    }

    func open() throws -> SQLiteStore {
        let store = try SQLiteStore(path: path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/wire.xml", kind: .feed),
                               SourceDescriptor(id: "courier", url: "http://127.0.0.1/courier.xml", kind: .feed)])
        return store
    }

    static func url(_ name: String) -> String { "http://127.0.0.1/news/\(name).html" }

    /// Stores a version of the article `name` (from `source`) and returns its document id.
    func document(_ store: SQLiteStore, _ name: String, source: String = "wire", version: String) throws -> Int64 {
        try store.saveDocumentFetch(Snapshot(sourceID: source, kind: .article, key: Self.url(name), url: Self.url(name),
                                             title: name, content: version, contentHash: "\(source)-\(name)-\(version)",
                                             fetchedAt: Date())).documentID
    }

    /// Applies one version's claims (`sentence` nil: the version makes none) and returns the alerts written.
    @discardableResult
    func apply(_ store: SQLiteStore, _ document: Int64, _ name: String, _ value: Claim.Value?, _ sentence: String = "",
               publishedAt seconds: TimeInterval, source: String = "wire", confidence: Double? = nil,
               qualifier: String? = nil, attribution: String? = nil) throws -> [AlertRecord] {
        let observations: [ClaimObservation] = value.map { value in
            let topic = "osprey"
            return [ClaimObservation(
                claim: Claim(topic: topic, value: value, sentence: Sentence(text: sentence, paragraph: 0, start: 0, end: sentence.count),
                             confidence: confidence, qualifier: qualifier, attribution: attribution),
                evidence: Evidence(source: source, url: Self.url(name), title: name, published: Date(timeIntervalSince1970: seconds),
                                   sentence: sentence),
                publishedAt: Date(timeIntervalSince1970: seconds))]
        } ?? []
        let detected = Date(timeIntervalSince1970: 1_800_000_000)
        return try store.applyClaims(documentID: document, versionID: nil, observations: observations, sinks: sinks, at: detected) { decision, key in
            AlertRecord.make(decision, key: key, topicName: "Osprey", entityName: "Kessler", detectedAt: detected)
        }
    }

    static func object(_ alert: AlertRecord) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(alert.json.utf8)) as? [String: Any])
    }

    static func deny(_ stance: Stance) -> Claim.Value { .stance(entity: "kessler", stance: stance) }
    static func tonnes(_ value: Double) -> Claim.Value { .quantity(quantity: "tonnes", value: value) }

    @Test func aStanceRevisedInAnArticleTheCurrentClaimDoesNotRestOn() throws {
        let store = try open()
        let monday = try document(store, "monday", version: "v1")
        try apply(store, monday, "monday", Self.deny(.deny), "Kessler denied dumping oil.", publishedAt: 100)
        let thursday = try document(store, "thursday", version: "v1")
        #expect(try apply(store, thursday, "thursday", Self.deny(.affirm), "Kessler admitted dumping oil.", publishedAt: 200)
            .map(\.kind) == ["stance_shift"])

        // Monday's article is rewritten: it now says Kessler admitted it.
        _ = try document(store, "monday", version: "v2")
        let alerts = try apply(store, monday, "monday", Self.deny(.affirm), "Kessler has since admitted dumping oil.", publishedAt: 100)
        #expect(alerts.map(\.kind) == ["claim_revised"])
        let record = try Self.object(alerts[0])
        #expect(record["kind"] as? String == "claim_revised")
        #expect(record["entity"] as? String == "kessler")
        #expect(record["from"] as? String == "deny")
        #expect(record["to"] as? String == "affirm")
        #expect(record["label"] as? String == "admission")
        #expect(record["url"] as? String == Self.url("monday"))
        #expect(record["summary"] as? String == "Kessler: deny → affirm (admission) on \"Osprey\" (revised in \(Self.url("monday")))")
        #expect((record["evidence"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler has since admitted dumping oil.")
        #expect((record["previous"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler denied dumping oil.")
        #expect(record["confidence"] == nil)

        // Written with a pending delivery per sink; the history still rests on Thursday's article.
        #expect(try store.pendingAlerts(sink: "audit").last == alerts[0])
        #expect(try store.pendingAlerts(sink: "newsroom").last == alerts[0])
        let history = try #require(try store.claimHistories(entity: "kessler").first)
        #expect(history.current.documentID == thursday)
        #expect(history.alerts.map(\.record.kind) == ["new_claim", "stance_shift", "claim_revised"])
        // The same version applied again (say, after a restart) raises nothing more.
        #expect(try apply(store, monday, "monday", Self.deny(.affirm), "Kessler has since admitted dumping oil.", publishedAt: 100).isEmpty)
    }

    @Test func aFigureRevisedInAnArticleTheCurrentClaimDoesNotRestOn() throws {
        let store = try open()
        let first = try document(store, "first", version: "v1")
        try apply(store, first, "first", Self.tonnes(3000), "3,000 tonnes leaked.", publishedAt: 100)
        let second = try document(store, "second", version: "v1")
        #expect(try apply(store, second, "second", Self.tonnes(10000), "10,000 tonnes leaked.", publishedAt: 200).map(\.kind)
            == ["quantity_change"])
        _ = try document(store, "first", version: "v2")
        let alerts = try apply(store, first, "first", Self.tonnes(10000), "10,000 tonnes leaked, the agency now says.",
                               publishedAt: 100, attribution: "the agency now says")
        #expect(alerts.map(\.kind) == ["claim_revised"])
        let record = try Self.object(alerts[0])
        #expect(record["quantity"] as? String == "tonnes")
        #expect(record["from"] as? Double == 3000)
        #expect(record["to"] as? Double == 10000)
        #expect(record["label"] as? String == "increase")
        #expect(record["url"] as? String == Self.url("first"))
        #expect(alerts[0].summary == "Osprey: tonnes 3000 → 10000 (revised in \(Self.url("first")))")
        #expect((record["previous"] as? [[String: Any]])?.first?["sentence"] as? String == "3,000 tonnes leaked.")
        #expect((record["evidence"] as? [[String: Any]])?.first?["attribution"] as? String == "the agency now says")
        #expect(try store.claimHistories(topic: "osprey").first?.current.documentID == second)
    }

    @Test func anEditThatKeepsTheClaimOrDropsItRaisesNothing() throws {
        let store = try open()
        let monday = try document(store, "monday", version: "v1")
        try apply(store, monday, "monday", Self.deny(.deny), "Kessler denied dumping oil.", publishedAt: 100)
        // Reworded, same stance: no revision.
        _ = try document(store, "monday", version: "v2")
        #expect(try apply(store, monday, "monday", Self.deny(.deny), "Kessler flatly denied dumping any oil.", publishedAt: 100).isEmpty)
        // The claim gone from the new version: no revision either (the history keeps what was said).
        _ = try document(store, "monday", version: "v3")
        #expect(try apply(store, monday, "monday", nil, publishedAt: 100).isEmpty)
        // Back again after a version without it: not a revision of the version before.
        _ = try document(store, "monday", version: "v4")
        #expect(try apply(store, monday, "monday", Self.deny(.affirm), "Kessler admitted dumping oil.", publishedAt: 100)
            .map(\.kind) == ["stance_shift"])
        #expect(try store.alerts(since: nil).map(\.record.kind) == ["new_claim", "stance_shift"])
    }

    @Test func aRevisionOfTheArticleTheCurrentClaimRestsOnIsOneShiftAlert() throws {
        let store = try open()
        let monday = try document(store, "monday", version: "v1")
        try apply(store, monday, "monday", Self.deny(.deny), "Kessler denied dumping oil.", publishedAt: 100)
        _ = try document(store, "monday", version: "v2")
        let alerts = try apply(store, monday, "monday", Self.deny(.affirm), "Kessler admitted dumping oil.", publishedAt: 100)
        #expect(alerts.map(\.kind) == ["stance_shift"])
        let record = try Self.object(alerts[0])
        #expect(record["from"] as? String == "deny")
        #expect(record["to"] as? String == "affirm")
        #expect(record["summary"] as? String == "Kessler: deny → affirm (admission) on \"Osprey\"")
        let revision = try #require(record["revision"] as? [String: Any])
        #expect(revision["url"] as? String == Self.url("monday"))
        #expect(revision["from"] as? String == "deny")
        #expect((revision["previous"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler denied dumping oil.")
        #expect(try store.claimHistories(entity: "kessler").first?.current.value == Self.deny(.affirm))
        #expect(try store.alerts(since: nil).count == 2)
    }

    @Test func oneArticleRevisedThroughTwoSourcesIsOneAlert() throws {
        let store = try open()
        let wire = try document(store, "monday", source: "wire", version: "v1")
        let courier = try document(store, "monday", source: "courier", version: "v1")
        try apply(store, wire, "monday", Self.deny(.deny), "Kessler denied dumping oil.", publishedAt: 100, source: "wire")
        try apply(store, courier, "monday", Self.deny(.deny), "Kessler denied dumping oil.", publishedAt: 100, source: "courier")

        // The wire's copy moves the history (it rests on it): one shift, carrying the revision…
        _ = try document(store, "monday", source: "wire", version: "v2")
        #expect(try apply(store, wire, "monday", Self.deny(.affirm), "Kessler admitted it.", publishedAt: 100, source: "wire")
            .map(\.kind) == ["stance_shift"])
        // …and the courier's copy of the same edit is not reported again as a claim_revised.
        _ = try document(store, "monday", source: "courier", version: "v2")
        #expect(try apply(store, courier, "monday", Self.deny(.affirm), "Kessler admitted it.", publishedAt: 100, source: "courier").isEmpty)
        #expect(try store.alerts(since: nil).map(\.record.kind) == ["new_claim", "stance_shift"])
    }

    @Test func confidenceQualifierAndAttributionRoundTripIntoTheRecords() throws {
        let store = try open()
        let first = try document(store, "first", version: "v1")
        let new = try apply(store, first, "first", Self.tonnes(3000), "About 3,000 tonnes leaked, according to the agency.",
                            publishedAt: 100, confidence: 0.87, qualifier: "About", attribution: "according to the agency")
        let created = try Self.object(try #require(new.first))
        #expect(created["kind"] as? String == "new_claim")
        #expect(created["confidence"] as? Double == 0.87)
        let evidence = try #require((created["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["qualifier"] as? String == "About")
        #expect(evidence["attribution"] as? String == "according to the agency")

        let second = try document(store, "second", version: "v1")
        let changed = try apply(store, second, "second", Self.tonnes(10000), "At least 10,000 tonnes leaked.",
                                publishedAt: 200, confidence: 0.61, qualifier: "At least")
        let record = try Self.object(try #require(changed.first))
        #expect(record["kind"] as? String == "quantity_change")
        #expect(record["confidence"] as? Double == 0.61)
        let now = try #require((record["evidence"] as? [[String: Any]])?.first)
        #expect(now["qualifier"] as? String == "At least")
        #expect(now["attribution"] == nil)
        let before = try #require((record["previous"] as? [[String: Any]])?.first)
        #expect(before["qualifier"] as? String == "About")
        #expect(before["attribution"] as? String == "according to the agency")

        // Stored with the current claim and each document's claim, and read back read-only.
        let history = try #require(try ReadOnlyStore(path: path).claimHistories(topic: "osprey").first)
        #expect(history.current.confidence == 0.61)
        #expect(history.current.evidence.qualifier == "At least")
        #expect(history.documentClaims.map(\.confidence) == [0.87, 0.61])
        #expect(history.documentClaims.first?.evidence.attribution == "according to the agency")
        let columns = try store.pool.read { db in
            (try Double.fetchOne(db, sql: "SELECT confidence FROM claim_state"),
             try Double.fetchAll(db, sql: "SELECT confidence FROM document_claim ORDER BY document_id"))
        }
        #expect(columns.0 == 0.61)
        #expect(columns.1 == [0.87, 0.61])
    }

    /// A database written before this migration: its claims have no confidence, qualifier or
    /// attribution, and a revision of one of its documents still reads the document's earlier claim.
    @Test func anExistingDatabaseIsMigratedAndItsClaimsStillCount() throws {
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "2026-11-22 claims pending")
        let old = """
            {"documentID":1,"evidence":{"published":-978307100,"sentence":"Kessler denied dumping oil.","source":"wire",\
            "title":"monday","url":"\(Self.url("monday"))"},"publishedAt":-978307100,\
            "value":{"stance":{"entity":"kessler","stance":"deny"}}}
            """
        try queue.write { db in
            try db.execute(sql: "INSERT INTO source (id, url, kind) VALUES ('wire', 'http://127.0.0.1/wire.xml', 'feed')")
            try db.execute(sql: """
                INSERT INTO document (id, source_id, kind, key, url, title, first_seen_at, last_seen_at)
                VALUES (1, 'wire', 'article', ?, ?, 'monday', '2026-11-22 08:00:00', '2026-11-22 08:00:00')
                """, arguments: [Self.url("monday"), Self.url("monday")])
            try db.execute(sql: "INSERT INTO claim_state (key, topic, claim, document_id, published_at, updated_at) VALUES (?, 'osprey', ?, 1, ?, ?)",
                           arguments: ["stance:osprey:kessler", old, Date(timeIntervalSince1970: 100), Date(timeIntervalSince1970: 100)])
            try db.execute(sql: "INSERT INTO document_claim (document_id, key, claim) VALUES (1, ?, ?)",
                           arguments: ["stance:osprey:kessler", old])
            try db.execute(sql: "INSERT INTO alert (id, kind, key, record, summary, created_at) VALUES ('a1', 'new_claim', ?, '{}', 's', ?)",
                           arguments: ["stance:osprey:kessler", Date(timeIntervalSince1970: 100)])
        }
        try queue.close()

        let store = try open()
        #expect(try store.appliedMigrations().last == "2026-11-23 claim confidence and revisions")
        let history = try #require(try store.claimHistories().first)
        #expect(history.current.value == Self.deny(.deny))
        #expect(history.current.confidence == nil)
        #expect(history.current.evidence.qualifier == nil)
        #expect(try store.pool.read { db in try Double.fetchOne(db, sql: "SELECT confidence FROM claim_state") } == nil)
        #expect(try store.pool.read { db in try String.fetchOne(db, sql: "SELECT revision FROM alert WHERE id = 'a1'") } == nil)

        // A later admission elsewhere moves the history; then the old article is rewritten.
        let thursday = try document(store, "thursday", version: "v1")
        try apply(store, thursday, "thursday", Self.deny(.affirm), "Kessler admitted it.", publishedAt: 200)
        _ = try document(store, "monday", version: "v2")
        let alerts = try apply(store, 1, "monday", Self.deny(.evade), "Kessler declined to comment.", publishedAt: 100)
        #expect(alerts.map(\.kind) == ["claim_revised"])
        #expect((try Self.object(alerts[0])["previous"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler denied dumping oil.")
        #expect(try ReadOnlyStore(path: path).alerts(since: nil).map(\.record.kind) == ["new_claim", "stance_shift", "claim_revised"])
    }
}
