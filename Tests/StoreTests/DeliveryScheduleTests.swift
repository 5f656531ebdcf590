import ClaimwatchModel
import Foundation
import GRDB
import Testing
@testable import Store

/// The outbox's delivery schedule, sink fingerprints and retention on real SQLite files.
struct DeliveryScheduleTests {
    let directory: URL
    let store: SQLiteStore
    let documentID: Int64
    let t0 = Date(timeIntervalSince1970: 1_900_000_000)

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-schedule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        documentID = try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: "http://x/a", url: "http://x/a",
                                                          content: "v1", contentHash: "v1", fetchedAt: t0)).documentID
    }

    /// Writes alert number `n` (each a change of stance) with a pending delivery per sink.
    @discardableResult
    func raise(_ n: Int, sinks: [String], at: Date) throws -> AlertRecord {
        let stance: Stance = n % 2 == 0 ? .deny : .affirm
        let sentence = Sentence(text: "Kessler \(stance)s it (\(n)).", paragraph: 0, start: 0, end: 10)
        let observation = ClaimObservation(
            claim: Claim(topic: "osprey", value: .stance(entity: "kessler", stance: stance), sentence: sentence),
            evidence: Evidence(source: "wire", url: "http://x/a", title: "A", published: nil, sentence: sentence.text),
            publishedAt: Date(timeIntervalSince1970: Double(n) * 100))
        let written = try store.applyClaims(documentID: documentID, versionID: nil, observations: [observation], sinks: sinks, at: at) {
            AlertRecord.make($0, key: $1, topicName: "Osprey", entityName: "Kessler", detectedAt: at)
        }
        return try #require(written.first)
    }

    func attempt(_ alert: AlertRecord, _ sink: String, at seconds: TimeInterval, _ outcome: DeliveryAttempt.Outcome,
                 status: Int? = nil, error: String? = nil, response: String? = nil) throws {
        try store.recordDeliveryAttempt(DeliveryAttempt(alertID: alert.id, sink: sink, at: t0.addingTimeInterval(seconds),
                                                        outcome: outcome, httpStatus: status, error: error, response: response))
    }

    @Test func onlyDueDeliveriesAreReturnedAndAWaitingHeadHoldsBackTheRest() throws {
        let a = try raise(1, sinks: ["hook", "log"], at: t0)
        let b = try raise(2, sinks: ["hook", "log"], at: t0.addingTimeInterval(1))
        #expect(try store.pendingAlerts(sink: "hook", dueAt: t0).map(\.alert.id) == [a.id, b.id])
        #expect(try store.nextDeliveryDue(sink: "hook") == .distantPast)

        try attempt(a, "hook", at: 5, .retry(next: t0.addingTimeInterval(65)), status: 503, error: "HTTP 503", response: "busy")
        #expect(try store.pendingAlerts(sink: "hook", dueAt: t0.addingTimeInterval(64)).isEmpty)
        #expect(try store.nextDeliveryDue(sink: "hook") == t0.addingTimeInterval(65))
        let due = try store.pendingAlerts(sink: "hook", dueAt: t0.addingTimeInterval(65))
        #expect(due.map(\.alert.id) == [a.id, b.id])
        #expect(due[0].attempts == 1 && due[0].retryAttempts == 1)
        #expect(due[0].firstAttemptAt == t0.addingTimeInterval(5))
        #expect(due[0].nextAttemptAt == t0.addingTimeInterval(65))
        // The other sink is not affected, and the all-pending view still lists both.
        #expect(try store.pendingAlerts(sink: "log", dueAt: t0).count == 2)
        #expect(try store.pendingAlerts(sink: "hook").map(\.id) == [a.id, b.id])

        // A second failure keeps the first attempt time; success keeps the history.
        try attempt(a, "hook", at: 65, .retry(next: t0.addingTimeInterval(200)), status: 429, error: "HTTP 429")
        try attempt(a, "hook", at: 200, .delivered, status: 200)
        try attempt(b, "hook", at: 201, .failed, status: 404, error: "HTTP 404: rejected", response: "no such hook")
        let rows = try store.deliveries(sink: "hook")
        #expect(rows.map(\.status) == ["delivered", "failed"])
        #expect(rows[0].attempts == 3)
        #expect(rows[0].firstAttemptAt == t0.addingTimeInterval(5))
        #expect(rows[0].deliveredAt == t0.addingTimeInterval(200))
        #expect(rows[0].nextAttemptAt == nil)
        #expect(rows[0].lastStatus == 200)
        #expect(rows[0].lastError == "HTTP 429")
        #expect(rows[0].lastResponse == "busy")
        #expect(rows[1].lastStatus == 404 && rows[1].lastResponse == "no such hook")
        #expect(try store.pendingAlerts(sink: "hook", dueAt: .distantFuture).isEmpty)
        #expect(try store.nextDeliveryDue(sink: "hook") == nil)
    }

    @Test func aChangedFingerprintRequeuesOnlyThatSinksFailedDeliveries() throws {
        let a = try raise(1, sinks: ["hook", "chat"], at: t0)
        let b = try raise(2, sinks: ["hook", "chat"], at: t0)
        #expect(try store.syncSinkFingerprints(["hook": "v1", "chat": "c1"], at: t0).isEmpty)
        for sink in ["hook", "chat"] {
            try attempt(a, sink, at: 1, .failed, status: 410, error: "HTTP 410: rejected")
        }
        try attempt(b, "hook", at: 2, .delivered, status: 200)
        #expect(try store.syncSinkFingerprints(["hook": "v1", "chat": "c1"], at: t0).isEmpty)
        #expect(try store.syncSinkFingerprints(["hook": "v2", "chat": "c1"], at: t0) == ["hook": 1])
        #expect(try store.deliveries(sink: "hook").map(\.status) == ["pending", "delivered"])
        #expect(try store.deliveries(sink: "chat").map(\.status) == ["failed", "pending"])
        let requeued = try #require(try store.pendingAlerts(sink: "hook", dueAt: t0).first)
        #expect(requeued.alert.id == a.id)
        #expect(requeued.attempts == 1 && requeued.retryAttempts == 0 && requeued.firstAttemptAt == nil)
        // The same fingerprint again re-queues nothing more; a reopened store remembers it.
        try attempt(a, "hook", at: 3, .failed, status: 410)
        let reopened = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        #expect(try reopened.syncSinkFingerprints(["hook": "v2"], at: t0).isEmpty)
        // The operator's way: one alert, or all of a sink's.
        #expect(try reopened.requeueFailedDeliveries(sink: "chat", alertID: b.id, at: t0) == 0)
        #expect(try reopened.requeueFailedDeliveries(sink: "chat", alertID: a.id, at: t0) == 1)
        #expect(try reopened.requeueFailedDeliveries(sink: "hook", alertID: nil, at: t0) == 1)
    }

    @Test func retentionDeletesOldFinishedAlertsButNeverPendingOnes() throws {
        let old = try raise(1, sinks: ["hook"], at: t0)
        let oldPending = try raise(2, sinks: ["hook", "log"], at: t0.addingTimeInterval(10))
        let oldFailed = try raise(3, sinks: ["hook"], at: t0.addingTimeInterval(20))
        let recent = try raise(4, sinks: ["hook"], at: t0.addingTimeInterval(10 * 86_400))
        try attempt(old, "hook", at: 30, .delivered)
        try attempt(oldPending, "hook", at: 31, .delivered)
        try attempt(oldFailed, "hook", at: 32, .failed, status: 404)
        try attempt(recent, "hook", at: 10 * 86_400, .delivered)

        let report = try store.prune(alertsCreatedBefore: t0.addingTimeInterval(5 * 86_400), versionsReplacedBefore: nil)
        #expect(report == PruneReport(alerts: 2))
        let remaining = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM alert ORDER BY created_at") }
        #expect(remaining == [oldPending.id, recent.id])
        // Their deliveries went with them; the pending one's are all still there.
        #expect(try store.deliveries().map(\.alertID) == [oldPending.id, oldPending.id, recent.id])
        #expect(try store.pendingAlerts(sink: "log").map(\.id) == [oldPending.id])
    }

    @Test func retentionDeletesReplacedVersionsButNeverTheCurrentOne() throws {
        func fetch(_ key: String, _ content: String, at days: Double) throws {
            _ = try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: key, url: key, content: content,
                                                     contentHash: content, fetchedAt: t0.addingTimeInterval(days * 86_400)))
        }
        // Document a: v1 (day 0, from init), v2 day 1, v3 day 2, v4 day 40.
        try fetch("http://x/a", "v2", at: 1)
        try fetch("http://x/a", "v3", at: 2)
        try fetch("http://x/a", "v4", at: 40)
        // Document b: one old version only (current), and a shared body with a's v2.
        try fetch("http://x/b", "v2", at: 0)
        let blobsBefore = try store.blobStatistics().count

        // Keep 30 days at day 45: v1 and v2 were replaced long ago; v3 was current until day 40.
        let report = try store.prune(alertsCreatedBefore: nil, versionsReplacedBefore: t0.addingTimeInterval(15 * 86_400))
        #expect(report.versions == 2)
        #expect(try store.versions(documentID: documentID).map(\.content) == ["v3", "v4"])
        let b = try #require(try store.documents(sourceID: "wire").first { $0.key == "http://x/b" })
        #expect(try store.versions(documentID: b.id).map(\.content) == ["v2"])
        // v1's body went; v2's stays because document b still uses it.
        #expect(report.blobs == 1)
        #expect(try store.blobStatistics().count == blobsBefore - 1)

        // Pruning again finds nothing; even a cutoff in the future keeps every current version.
        #expect(try store.prune(alertsCreatedBefore: nil, versionsReplacedBefore: t0.addingTimeInterval(15 * 86_400)) == PruneReport())
        _ = try store.prune(alertsCreatedBefore: nil, versionsReplacedBefore: .distantFuture)
        #expect(try store.versions(documentID: documentID).map(\.content) == ["v4"])
        #expect(try store.versions(documentID: b.id).map(\.content) == ["v2"])
    }
}
