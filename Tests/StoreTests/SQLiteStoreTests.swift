import ClaimwatchModel
import Foundation
import GRDB
import Testing
@testable import Store

/// The store on real SQLite files in a temporary directory.
struct SQLiteStoreTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func makeStore(_ name: String = "db.sqlite", busyTimeout: TimeInterval = 10) throws -> SQLiteStore {
        let store = try SQLiteStore(path: directory.appendingPathComponent(name).path, busyTimeout: busyTimeout)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed),
                               SourceDescriptor(id: "ministry", url: "http://127.0.0.1/statements", kind: .page)])
        return store
    }

    func snapshot(_ key: String, content: String, hash: String? = nil, at seconds: TimeInterval = 0,
                  source: String = "wire", kind: DocumentKind = .article) -> Snapshot {
        Snapshot(sourceID: source, kind: kind, key: key, url: key, title: "T \(key)", content: content,
                 contentHash: hash ?? "h-\(content)", fetchedAt: Date(timeIntervalSince1970: 1_800_000_000 + seconds),
                 http: HTTPMetadata(status: 200, finalURL: key, contentType: "text/html", charset: "utf-8",
                                    validators: HTTPValidators(etag: "\"\(content.count)\"")))
    }

    @Test func migratesAnEmptyFileAndCreatesItsDirectory() throws {
        let path = directory.appendingPathComponent("nested/deeper/claimwatch.sqlite").path
        let store = try SQLiteStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.appliedMigrations() == ["2026-11-22 sources, documents, versions", "2026-11-22 claims, alerts, deliveries",
                                                  "2026-11-22 delivery schedule", "2026-11-22 schedule",
                                                  "2026-11-22 claims pending", "2026-11-23 claim confidence and revisions"])
        let tables = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' ORDER BY name")
        }
        #expect(tables == ["alert", "blob", "claim_state", "delivery", "document", "document_claim", "http_cache", "schedule", "sink", "source", "version"])
        let journal = try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
        // Opening again is a no-op migration.
        #expect(try SQLiteStore(path: path).appliedMigrations().count == 6)
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let path = directory.appendingPathComponent("garbage.sqlite").path
        try Data(String(repeating: "this is not sqlite\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            guard case StoreError.cannotOpen(let failedPath, _) = error else { return false }
            return failedPath == path
        }
    }

    @Test func storesANewVersionOnlyWhenTheContentHashChanges() throws {
        let store = try makeStore()
        let first = try store.saveDocumentFetch(snapshot("http://x/a", content: "one"))
        guard case .newVersion(let documentID, _, true) = first else { Issue.record("\(first)"); return }
        #expect(try store.saveDocumentFetch(snapshot("http://x/a", content: "one", at: 60)) == .unchanged(documentID: documentID))
        // Different bytes, same normalised hash: noise, no version.
        #expect(try store.saveDocumentFetch(snapshot("http://x/a", content: "one ", hash: "h-one", at: 90)) == .unchanged(documentID: documentID))
        let third = try store.saveDocumentFetch(snapshot("http://x/a", content: "two", at: 120))
        guard case .newVersion(documentID, _, false) = third else { Issue.record("\(third)"); return }

        let versions = try store.versions(documentID: documentID)
        #expect(versions.map(\.content) == ["one", "two"])
        #expect(versions.map(\.http?.validators.etag) == ["\"3\"", "\"3\""])
        let document = try #require(try store.documents(sourceID: "wire").first)
        #expect(document.versionCount == 2)
        #expect(document.lastSeenAt == Date(timeIntervalSince1970: 1_800_000_120))
        #expect(try store.validators(sourceID: "wire", url: "http://x/a")?.etag == "\"3\"")
    }

    @Test func identicalBodiesAreStoredOnceAndCompressed() throws {
        let store = try makeStore()
        let body = String(repeating: "<p>The same article body, syndicated twice.</p>\n", count: 200)
        _ = try store.saveDocumentFetch(snapshot("http://x/a", content: body))
        _ = try store.saveDocumentFetch(snapshot("http://x/b", content: body))
        let stats = try store.blobStatistics()
        #expect(stats.count == 1)
        #expect(stats.originalBytes == body.utf8.count)
        #expect(stats.storedBytes * 10 < stats.originalBytes)
        let documents = try store.documents(sourceID: nil)
        #expect(try documents.map { try store.versions(documentID: $0.id).first?.content } == [body, body])
    }

    @Test func feedFetchStoresItemsValidatorsAndSourceStateTogether() throws {
        let store = try makeStore()
        let http = HTTPMetadata(status: 200, finalURL: "http://127.0.0.1/feed.xml",
                                validators: HTTPValidators(etag: "\"f1\"", lastModified: "Sun, 01 Nov 2026 10:00:00 GMT"))
        let items = [snapshot("item-1", content: "{\"title\":\"a\"}", kind: .feedItem),
                     snapshot("item-2", content: "{\"title\":\"b\"}", kind: .feedItem)]
        let outcomes = try store.saveFeedFetch(sourceID: "wire", http: http, items: items, at: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(outcomes.count == 2)
        #expect(try store.validators(sourceID: "wire", url: "http://127.0.0.1/feed.xml") == http.validators)
        let wire = try #require(try store.sourceStates().first { $0.id == "wire" })
        #expect(wire.lastStatus == 200)
        #expect(wire.consecutiveFailures == 0)
    }

    @Test func failuresCountOnTheSourceAndResetOnSuccess() throws {
        let store = try makeStore()
        let url = "http://127.0.0.1/statements"
        let failure = FetchFailure(kind: .httpStatus, message: "HTTP 503", httpStatus: 503)
        try store.recordFailure(sourceID: "ministry", url: url, failure: failure, at: Date())
        let state = try store.recordFailure(sourceID: "ministry", url: url, failure: failure, at: Date())
        #expect(state.consecutiveFailures == 2)
        #expect(state.lastFailure == failure)
        try store.recordNotModified(sourceID: "ministry", url: url, at: Date())
        let after = try #require(try store.sourceStates().first { $0.id == "ministry" })
        #expect(after.consecutiveFailures == 0)
        #expect(after.lastFailure == nil)
        #expect(after.lastStatus == 304)
    }

    @Test func aFailingArticleIsRecordedOnItsDocumentNotTheSource() throws {
        let store = try makeStore()
        let failure = FetchFailure(kind: .timeout, message: "timed out")
        let state = try store.recordFailure(sourceID: "wire", url: "http://127.0.0.1/a.html", failure: failure, at: Date())
        #expect(state.consecutiveFailures == 0)
        let document = try #require(try store.documents(sourceID: "wire").first)
        #expect(document.lastFailure == failure)
        #expect(document.versionCount == 0)
    }

    @Test func removedSourcesKeepTheirHistory() throws {
        let store = try makeStore()
        _ = try store.saveDocumentFetch(snapshot("http://x/a", content: "kept"))
        try store.syncSources([SourceDescriptor(id: "ministry", url: "http://127.0.0.1/statements", kind: .page)])
        let states = try store.sourceStates()
        #expect(states.map(\.id) == ["ministry", "wire"])
        #expect(states.map(\.active) == [true, false])
        #expect(try store.documents(sourceID: "wire").count == 1)
    }

    @Test func readersAreNotBlockedByAWriteInProgress() async throws {
        let store = try makeStore()
        _ = try store.saveDocumentFetch(snapshot("http://x/a", content: "before"))
        let writing = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let writer = onThread {
            try store.pool.write { db in
                try db.execute(sql: "UPDATE document SET title = 'during'")
                writing.continuation.yield()
                release.wait()
            }
        }
        var iterator = writing.stream.makeAsyncIterator()
        await iterator.next()
        // The write transaction is open; a read sees the last committed state at once.
        let titles = try store.documents(sourceID: nil).map(\.title)
        release.signal()
        try await writer()
        #expect(titles == ["T http://x/a"])
        #expect(try store.documents(sourceID: nil).map(\.title) == ["during"])
    }

    @Test func aSecondWriterWaitsThenFailsCleanly() async throws {
        let first = try makeStore("shared.sqlite")
        let second = try SQLiteStore(path: directory.appendingPathComponent("shared.sqlite").path, busyTimeout: 0.2)
        let holding = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let writer = onThread {
            try first.pool.write { db in
                try db.execute(sql: "UPDATE source SET url = url")
                holding.continuation.yield()
                release.wait()
            }
        }
        var iterator = holding.stream.makeAsyncIterator()
        await iterator.next()
        #expect(throws: DatabaseError.self) {
            _ = try second.saveDocumentFetch(snapshot("http://x/b", content: "blocked"))
        }
        release.signal()
        try await writer()
        // Nothing half-written; once the lock is free the same write succeeds.
        #expect(try second.documents(sourceID: nil).isEmpty)
        _ = try second.saveDocumentFetch(snapshot("http://x/b", content: "now"))
        #expect(try first.documents(sourceID: nil).count == 1)
        let integrity = try await first.pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
    }
}

/// Runs `body` on a thread of its own and returns a function that waits for it. A blocking body
/// (a transaction held open on a semaphore) must not run on Swift's cooperative pool, which may
/// have as few threads as the machine has cores: parallel tests would then deadlock.
func onThread(_ body: @escaping @Sendable () throws -> Void) -> @Sendable () async throws -> Void {
    let done = AsyncStream<Result<Void, any Error>>.makeStream()
    Thread {
        done.continuation.yield(Result { try body() })
        done.continuation.finish()
    }.start()
    return {
        var iterator = done.stream.makeAsyncIterator()
        try await iterator.next()?.get()
    }
}
