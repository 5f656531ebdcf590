import ClaimwatchModel
import Foundation
import Testing
import Store

/// The daemon's persisted schedule on a real SQLite file: saved, replaced, removed, read back
/// after reopening; and the outbox depth per sink.
struct ScheduleStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-schedule-\(UUID().uuidString)/cw.sqlite").path
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func entriesSurviveReopeningAndAreReplacedAndRemoved() throws {
        let store = try SQLiteStore(path: path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        let source = ScheduleEntry(target: .source("wire"), nextCheck: t0, lastCheck: t0.addingTimeInterval(-600), consecutiveFailures: 2)
        let article = ScheduleEntry(target: .article(sourceID: "wire", url: "http://127.0.0.1/a"), nextCheck: t0.addingTimeInterval(900),
                                    lastCheck: t0, ageBase: t0.addingTimeInterval(-3600))
        // An entry of a source the store does not know is skipped, not an error.
        let stray = ScheduleEntry(target: .source("unknown"), nextCheck: t0)
        try store.saveSchedule([source, article, stray], removing: [])
        #expect(try SQLiteStore(path: path).scheduleEntries() == [article, source])

        var moved = source
        moved.nextCheck = t0.addingTimeInterval(60)
        moved.consecutiveFailures = 0
        // An article too old to revisit keeps its entry with no next check.
        let retired = ScheduleEntry(target: .article(sourceID: "wire", url: "http://127.0.0.1/old"), nextCheck: .distantFuture,
                                    lastCheck: t0, ageBase: t0.addingTimeInterval(-30 * 86_400))
        try store.saveSchedule([moved, retired], removing: [article.target])
        #expect(try SQLiteStore(path: path).scheduleEntries() == [retired, moved])
    }

    @Test func pendingDeliveriesAreCountedPerSink() throws {
        let store = try SQLiteStore(path: path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        let outcome = try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: "http://127.0.0.1/a",
                                                           url: "http://127.0.0.1/a", content: "x", contentHash: "h", fetchedAt: t0))
        let claim = Claim(topic: "t", value: .stance(entity: "e", stance: .deny),
                          sentence: Sentence(text: "E denied it.", paragraph: 0, start: 0, end: 12))
        let observation = ClaimObservation(claim: claim, evidence: Evidence(source: "wire", url: "http://127.0.0.1/a", title: nil,
                                                                            published: nil, sentence: "E denied it."),
                                           publishedAt: t0)
        let written = try store.applyClaims(documentID: outcome.documentID, versionID: nil, observations: [observation],
                                            sinks: ["log", "hook"], at: t0) { decision, key in
            AlertRecord.make(decision, key: key, topicName: "T", entityName: "E", detectedAt: t0)
        }
        #expect(written.count == 1)
        #expect(try store.article(sourceID: "wire", url: "http://127.0.0.1/a")?.id == outcome.documentID)
        #expect(try store.article(sourceID: "wire", url: "http://127.0.0.1/b") == nil)
        #expect(try store.pendingDeliveryCounts() == ["log": 1, "hook": 1])
        try store.markDelivered(alertID: written[0].id, sink: "log", at: t0)
        #expect(try store.pendingDeliveryCounts() == ["hook": 1])
    }
}
