import Alerts
import ClaimwatchModel
import Foundation
import Logging
import Store
import Testing

/// A real SQLite outbox in a temporary directory, with a way to raise distinct alerts.
struct OutboxFixture {
    let directory: URL
    let store: SQLiteStore
    let documentID: Int64
    private let step = Counter()

    init(_ label: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        documentID = try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: "http://x/a", url: "http://x/a",
                                                          content: "<p>a</p>", contentHash: "a", fetchedAt: Date())).documentID
    }

    /// Raises `count` alerts (alternating stances of one entity, each a change), each with a
    /// pending delivery for every sink in `sinks`; returns them oldest first.
    func raise(_ count: Int, sinks: [String], at: Date = Date()) throws -> [AlertRecord] {
        var alerts: [AlertRecord] = []
        for _ in 0..<count {
            let n = step.next()
            let stance: Stance = n % 2 == 0 ? .deny : .affirm
            let sentence = Sentence(text: "Kessler \(stance)s it (\(n)).", paragraph: 0, start: 0, end: 10)
            let observation = ClaimObservation(
                claim: Claim(topic: "osprey", value: .stance(entity: "kessler", stance: stance), sentence: sentence),
                evidence: Evidence(source: "wire", url: "http://x/a", title: "A", published: nil, sentence: sentence.text),
                publishedAt: Date(timeIntervalSince1970: 1_000 + Double(n) * 100))
            alerts += try store.applyClaims(documentID: documentID, versionID: nil, observations: [observation], sinks: sinks,
                                            at: at) { decision, key in
                AlertRecord.make(decision, key: key, topicName: "Osprey", entityName: "Kessler",
                                 detectedAt: Date(timeIntervalSince1970: 1_000 + Double(n) * 100))
            }
        }
        return alerts
    }

    static var quietLogger: Logger { Logger(label: "test") { _ in SwiftLogNoOpLogHandler() } }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}

/// A wall clock the test moves by hand.
final class TestTime: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_900_000_000)) {
        current = start
    }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func set(_ date: Date) {
        lock.lock()
        current = date
        lock.unlock()
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(seconds)
        lock.unlock()
    }
}

/// Polls `condition` until it holds, for at most `limit` (a bound against hanging, not a timing
/// assertion).
func eventually(_ limit: Duration = .seconds(30), _ condition: () throws -> Bool) async throws -> Bool {
    let clock = ContinuousClock()
    let end = clock.now.advanced(by: limit)
    while clock.now < end {
        if try condition() { return true }
        try await Task.sleep(for: .milliseconds(10))
    }
    return try condition()
}
