import Alerts
import ClaimwatchModel
import Foundation
import Logging
import Store
import Testing

/// The durable outbox on a real SQLite file with real log files.
struct OutboxTests {
    let directory: URL
    let store: SQLiteStore
    let documentID: Int64

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-outbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        let outcome = try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: "http://x/a", url: "http://x/a",
                                                           content: "<p>a</p>", contentHash: "a", fetchedAt: Date()))
        documentID = outcome.documentID
    }

    func observe(_ stance: Stance, at seconds: TimeInterval, sinks: [String]) throws -> [AlertRecord] {
        let sentence = Sentence(text: "Kessler \(stance)s it.", paragraph: 0, start: 0, end: 10)
        let observation = ClaimObservation(
            claim: Claim(topic: "osprey", value: .stance(entity: "kessler", stance: stance), sentence: sentence),
            evidence: Evidence(source: "wire", url: "http://x/a", title: "A", published: nil, sentence: sentence.text),
            publishedAt: Date(timeIntervalSince1970: seconds))
        return try store.applyClaims(documentID: documentID, versionID: nil, observations: [observation], sinks: sinks, at: Date()) { decision, key in
            AlertRecord.make(decision, key: key, topicName: "Osprey", entityName: "Kessler", detectedAt: Date(timeIntervalSince1970: seconds))
        }
    }

    struct DownSink: AlertSink {
        var name: String
        struct Down: Error {}
        func deliver(_ alert: AlertRecord) async throws { throw Down() }
    }

    var logger: Logger { Logger(label: "test") { _ in SwiftLogNoOpLogHandler() } }

    @Test func alertsWaitInTheOutboxUntilEachSinkTakesThem() async throws {
        let path = directory.appendingPathComponent("logs/alerts.jsonl").path
        #expect(try observe(.deny, at: 100, sinks: ["log", "down"]).count == 1)
        #expect(try observe(.deny, at: 150, sinks: ["log", "down"]).isEmpty)
        #expect(try observe(.affirm, at: 200, sinks: ["log", "down"]).count == 1)

        let dispatcher = OutboxDispatcher(store: store, sinks: [LogFileSink(name: "log", path: path), DownSink(name: "down")],
                                          now: { Date() }, logger: logger)
        #expect(try await dispatcher.deliverPending() == 2)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let kinds = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.map { $0?["kind"] as? String }
        #expect(kinds == ["new_claim", "stance_shift"])
        // The log sink is done; the sink that is down still holds both, in order.
        #expect(try store.pendingAlerts(sink: "log").isEmpty)
        #expect(try store.pendingAlerts(sink: "down").map(\.kind) == ["new_claim", "stance_shift"])
        // A second run delivers nothing twice.
        #expect(try await dispatcher.deliverPending() == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test func theSameChangeIsNeverWrittenTwice() throws {
        let first = try observe(.deny, at: 100, sinks: ["log"])
        // The store is reopened (a restart): the history continues, nothing is raised again.
        let reopened = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        #expect(try reopened.pendingAlerts(sink: "log").map(\.id) == first.map(\.id))
        #expect(try observe(.deny, at: 100, sinks: ["log"]).isEmpty)
    }
}
