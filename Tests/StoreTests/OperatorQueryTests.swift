import ClaimwatchModel
import Foundation
import GRDB
import Testing
@testable import Store

/// The read queries behind `claimwatch alerts` and `claimwatch claims`, on real SQLite files
/// populated through the store's own write API.
struct OperatorQueryTests {
    let directory: URL
    let path: String
    static let base = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-queries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("db.sqlite").path
    }

    /// Three articles: Russia denies (t+100), then admits (t+200); a troop count (t+300).
    /// Returns the alert ids in the order they were raised.
    @discardableResult
    func populate(_ store: SQLiteStore) throws -> [String] {
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        var ids: [String] = []
        func observe(_ value: Claim.Value, document number: Int, sentence: String) throws {
            let url = "http://127.0.0.1/a\(number)"
            let published = Self.base.addingTimeInterval(Double(number) * 100)
            let outcome = try store.saveDocumentFetch(Snapshot(
                sourceID: "wire", kind: .article, key: url, url: url, title: "Article \(number)", content: sentence,
                contentHash: "h\(number)", fetchedAt: published, http: nil))
            guard case .newVersion(let documentID, let versionID, _) = outcome else {
                Issue.record("expected a new version, got \(outcome)")
                return
            }
            let observation = ClaimObservation(
                claim: Claim(topic: "dprk-troops", value: value, sentence: Sentence(text: sentence, paragraph: 0, start: 0, end: sentence.count)),
                evidence: Evidence(source: "wire", url: url, title: "Article \(number)", published: published, sentence: sentence),
                publishedAt: published)
            let written = try store.applyClaims(documentID: documentID, versionID: versionID, observations: [observation],
                                                sinks: ["audit", "newsroom"], at: published.addingTimeInterval(5)) { decision, key in
                AlertRecord.make(decision, key: key, topicName: "North Korean troops", entityName: "Russia",
                                 detectedAt: published.addingTimeInterval(5))
            }
            ids += written.map(\.id)
        }
        try observe(.stance(entity: "russia", stance: .deny), document: 1, sentence: "Moscow denied the reports.")
        try observe(.stance(entity: "russia", stance: .affirm), document: 2, sentence: "The Kremlin acknowledged the deployment.")
        try observe(.quantity(quantity: "troops", value: 3000), document: 3, sentence: "About 3,000 troops arrived.")
        #expect(ids.count == 3)
        return ids
    }

    @Test func alertsListEveryAlertOldestFirstWithEachSinksDeliveryState() throws {
        let store = try SQLiteStore(path: path)
        let ids = try populate(store)
        try store.markDelivered(alertID: ids[0], sink: "audit", at: Self.base.addingTimeInterval(110))
        try store.recordDeliveryFailure(alertID: ids[0], sink: "newsroom", error: "HTTP 503", at: Self.base.addingTimeInterval(111))
        try store.recordDeliveryFailure(alertID: ids[0], sink: "newsroom", error: "timed out", at: Self.base.addingTimeInterval(150))

        let reader = try ReadOnlyStore(path: path)
        let alerts = try reader.alerts(since: nil)
        #expect(alerts.map(\.record.id) == ids)
        #expect(alerts.map(\.record.kind) == ["new_claim", "stance_shift", "new_claim"])
        #expect(alerts.map(\.key) == ["stance:dprk-troops:russia", "stance:dprk-troops:russia", "quantity:dprk-troops:troops"])
        #expect(alerts[1].record.summary == "Russia: deny → affirm (admission) on \"North Korean troops\"")
        #expect(alerts[0].createdAt == Self.base.addingTimeInterval(105))
        #expect(alerts[0].deliveries == [
            StoredDelivery(sink: "audit", status: "delivered", attempts: 1, lastError: nil,
                           lastAttemptAt: Self.base.addingTimeInterval(110), deliveredAt: Self.base.addingTimeInterval(110)),
            StoredDelivery(sink: "newsroom", status: "pending", attempts: 2, lastError: "timed out",
                           lastAttemptAt: Self.base.addingTimeInterval(150), deliveredAt: nil),
        ])
        #expect(alerts[2].deliveries.map(\.status) == ["pending", "pending"])
        // The writer's own connection answers the same.
        #expect(try store.alerts(since: nil) == alerts)
    }

    @Test(arguments: [(0.0, 3), (105, 3), (106, 2), (205, 2), (305, 1), (306, 0)])
    func sinceKeepsAlertsCreatedAtOrAfterIt(offset: Double, count: Int) throws {
        let store = try SQLiteStore(path: path)
        try populate(store)
        #expect(try ReadOnlyStore(path: path).alerts(since: Self.base.addingTimeInterval(offset)).count == count)
    }

    @Test func claimsShowTheCurrentClaimTheDocumentsAndTheTimeline() throws {
        let store = try SQLiteStore(path: path)
        let ids = try populate(store)
        let reader = try ReadOnlyStore(path: path)

        let all = try reader.claimHistories()
        #expect(all.map(\.key) == ["quantity:dprk-troops:troops", "stance:dprk-troops:russia"])

        let russia = try #require(try reader.claimHistories(entity: "russia").first)
        #expect(try reader.claimHistories(entity: "russia").count == 1)
        #expect(russia.current.value == .stance(entity: "russia", stance: .affirm))
        #expect(russia.current.evidence.sentence == "The Kremlin acknowledged the deployment.")
        #expect(russia.updatedAt == Self.base.addingTimeInterval(205))
        #expect(russia.documentClaims.map(\.value) == [.stance(entity: "russia", stance: .deny),
                                                      .stance(entity: "russia", stance: .affirm)])
        #expect(russia.alerts.map(\.record.id) == Array(ids[0...1]))

        let troops = try #require(try reader.claimHistories(topic: "dprk-troops").first)
        #expect(troops.current.value == .quantity(quantity: "troops", value: 3000))
        #expect(troops.alerts.map(\.record.kind) == ["new_claim"])
        #expect(try reader.claimHistories(topic: "other").isEmpty)
        #expect(try reader.claimHistories(entity: "north-korea").isEmpty)
        #expect(try store.claimHistories(topic: "dprk-troops", entity: "russia") == [russia])
    }

    @Test func aMissingDatabaseIsAnErrorAndIsNotCreated() throws {
        #expect {
            _ = try ReadOnlyStore(path: path)
        } throws: { error in
            guard case StoreError.cannotOpen(let failed, "no such file") = error else { return false }
            return failed == path
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotADatabaseIsAnError() throws {
        try Data(String(repeating: "not sqlite\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try ReadOnlyStore(path: path) }
    }

    @Test func anotherSQLiteDatabaseIsNotAClaimwatchDatabase() throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        #expect {
            _ = try ReadOnlyStore(path: path)
        } throws: { error in
            guard case StoreError.cannotOpen(_, let reason) = error else { return false }
            return reason == "not a claimwatch database"
        }
    }

    @Test func anOlderSchemaIsReportedNotMigrated() throws {
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "2026-11-22 sources, documents, versions")
        #expect {
            _ = try ReadOnlyStore(path: path)
        } throws: { error in
            guard case StoreError.cannotOpen(_, let reason) = error else { return false }
            return reason.hasPrefix("schema older than this claimwatch")
        }
        // Still the older schema: the reader migrated nothing.
        #expect(try queue.read { db in try StoreMigrations.migrator.appliedMigrations(db) }.count == 1)
    }

    @Test func theReaderCannotWrite() throws {
        let store = try SQLiteStore(path: path)
        try populate(store)
        let reader = try ReadOnlyStore(path: path)
        #expect(throws: DatabaseError.self) {
            try reader.queue.inDatabase { db in try db.execute(sql: "DELETE FROM alert") }
        }
        #expect(try reader.alerts(since: nil).count == 3)
    }

    @Test func aPendingDeliverysNextAttemptIsRead() throws {
        let store = try SQLiteStore(path: path)
        let ids = try populate(store)
        #expect(try store.alerts(since: nil)[0].deliveries.map(\.nextAttemptAt) == [nil, nil])
        try store.pool.write { db in
            try db.execute(sql: "UPDATE delivery SET next_attempt_at = ? WHERE alert_id = ? AND sink = 'newsroom'",
                           arguments: [Self.base.addingTimeInterval(900), ids[0]])
        }
        let deliveries = try ReadOnlyStore(path: path).alerts(since: nil)[0].deliveries
        #expect(deliveries.map(\.nextAttemptAt) == [nil, Self.base.addingTimeInterval(900)])
    }
}
