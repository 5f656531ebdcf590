import ClaimwatchModel
import Foundation
import Store
import Testing
@testable import claimwatch

/// `claimwatch alerts` and `claimwatch claims` run as processes on a real database populated
/// through the store's write API, and their reports.
struct OperatorCommandTests {
    let directory: URL
    let configPath: String
    let databasePath: String
    static let base = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-operator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        databasePath = directory.appendingPathComponent("state/claimwatch.sqlite").path
        configPath = directory.appendingPathComponent("claimwatch.yaml").path
        // The webhook's secret lives in the service's credentials directory, unset here: the
        // operator commands must still load the config.
        try Data("""
            database: state/claimwatch.sqlite
            sources:
              - id: wire
                url: http://127.0.0.1/feed.xml
                kind: feed
            topics:
              - id: spill
                name: The Osprey spill
                keywords: [spill]
                quantities:
                  - id: tonnes
                    nouns: [tonnes]
            entities:
              - id: osprey
                names: [Osprey Lines]
            alerts:
              - type: log
                name: audit
                path: alerts.jsonl
              - type: webhook
                name: newsroom
                url: https://hooks.example.org/x
                secret_file: ${CREDENTIALS_DIRECTORY}/newsroom.secret
            """.utf8).write(to: URL(fileURLWithPath: configPath))
    }

    /// Osprey denies (t+100), then admits (t+200); 40 tonnes (t+300). Alert ids in order.
    @discardableResult
    func populate() throws -> [String] {
        let store = try SQLiteStore(path: databasePath)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
        var ids: [String] = []
        let steps: [(Claim.Value, String)] = [
            (.stance(entity: "osprey", stance: .deny), "Osprey Lines denied causing the spill."),
            (.stance(entity: "osprey", stance: .affirm), "Osprey Lines admitted causing the spill."),
            (.quantity(quantity: "tonnes", value: 40), "About 40 tonnes of oil spilled."),
        ]
        for (index, (value, sentence)) in steps.enumerated() {
            let url = "http://127.0.0.1/a\(index + 1)"
            let published = Self.base.addingTimeInterval(Double(index + 1) * 100)
            let outcome = try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: url, url: url,
                                                               title: "Story \(index + 1)", content: sentence,
                                                               contentHash: "h\(index)", fetchedAt: published, http: nil))
            guard case .newVersion(let documentID, let versionID, _) = outcome else { throw CancellationError() }
            let observation = ClaimObservation(
                claim: Claim(topic: "spill", value: value, sentence: Sentence(text: sentence, paragraph: 0, start: 0, end: 10)),
                evidence: Evidence(source: "wire", url: url, title: "Story \(index + 1)", published: published, sentence: sentence),
                publishedAt: published)
            ids += try store.applyClaims(documentID: documentID, versionID: versionID, observations: [observation],
                                         sinks: ["audit", "newsroom"], at: published) { decision, key in
                AlertRecord.make(decision, key: key, topicName: "The Osprey spill", entityName: "Osprey Lines", detectedAt: published)
            }.map(\.id)
        }
        try store.markDelivered(alertID: ids[0], sink: "audit", at: Self.base.addingTimeInterval(101))
        try store.recordDeliveryFailure(alertID: ids[0], sink: "newsroom", error: "HTTP 503", at: Self.base.addingTimeInterval(102))
        return ids
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func alertsJSONListsAlertsOldestFirstWithDeliveries() async throws {
        let ids = try populate()
        let result = try await ClaimwatchProcess.run(["alerts", "--config", configPath, "--json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let alerts = try #require(try json(result.stdout)["alerts"] as? [[String: Any]])
        #expect(alerts.map { $0["id"] as? String } == ids)
        #expect(alerts.map { $0["kind"] as? String } == ["new_claim", "stance_shift", "new_claim"])
        #expect(alerts[0]["created_at"] as? String == "2027-01-15T08:01:40Z")
        #expect((alerts[1]["record"] as? [String: Any])?["label"] as? String == "admission")
        let deliveries = try #require(alerts[0]["deliveries"] as? [[String: Any]])
        #expect(deliveries.map { $0["sink"] as? String } == ["audit", "newsroom"])
        #expect(deliveries.map { $0["status"] as? String } == ["delivered", "pending"])
        #expect(deliveries[1]["attempts"] as? Int == 1)
        #expect(deliveries[1]["last_error"] as? String == "HTTP 503")
        #expect(deliveries[1]["delivered_at"] is NSNull)
    }

    @Test func alertsSinceAnISOTimeAndAsText() async throws {
        try populate()
        let result = try await ClaimwatchProcess.run(["alerts", "--config", configPath, "--since", "2027-01-15T08:03:20Z"],
                                                     in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2027-01-15T08:03:20Z  stance_shift  Osprey Lines: deny → affirm (admission) on \"The Osprey spill\"")
        #expect(lines.contains("    audit     pending    0 attempts"))
        #expect(lines.last == "2 alerts; 4 deliveries pending, 0 failed")
    }

    @Test func claimsJSONShowsCurrentClaimDocumentsAndTimeline() async throws {
        let ids = try populate()
        let result = try await ClaimwatchProcess.run(["claims", "--config", configPath, "--entity", "osprey", "--json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let claims = try #require(try json(result.stdout)["claims"] as? [[String: Any]])
        #expect(claims.count == 1)
        let claim = try #require(claims.first)
        #expect(claim["key"] as? String == "stance:spill:osprey")
        #expect(claim["stance"] as? String == "affirm")
        #expect(claim["since"] as? String == "2027-01-15T08:03:20Z")
        #expect((claim["evidence"] as? [String: Any])?["sentence"] as? String == "Osprey Lines admitted causing the spill.")
        #expect((claim["documents"] as? [[String: Any]])?.map { $0["stance"] as? String } == ["deny", "affirm"])
        #expect((claim["timeline"] as? [[String: Any]])?.map { $0["id"] as? String } == Array(ids[0...1]))
    }

    @Test func claimsTextForATopic() async throws {
        try populate()
        let result = try await ClaimwatchProcess.run(["claims", "--config", configPath, "--topic", "spill"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("number of tonnes on \"The Osprey spill\": 40    [quantity:spill:tonnes]"))
        #expect(result.stdout.contains("Osprey Lines on \"The Osprey spill\": affirm    [stance:spill:osprey]"))
        #expect(result.stdout.contains("2027-01-15T08:03:20Z  stance_shift    deny → affirm (admission)"))
    }

    @Test(arguments: [["alerts"], ["claims"]])
    func aMissingDatabaseExitsTwoAndCreatesNothing(command: [String]) async throws {
        let result = try await ClaimwatchProcess.run(command + ["--config", configPath], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot open database \(databasePath): no such file"))
        #expect(!FileManager.default.fileExists(atPath: databasePath))
    }

    @Test func aBadSinceExitsOne() async throws {
        try populate()
        let result = try await ClaimwatchProcess.run(["alerts", "--config", configPath, "--since", "yesterday"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr == "claimwatch: --since: \"yesterday\" is neither a duration (24h) nor an ISO-8601 time (2026-11-20T08:00:00Z)\n")
    }

    @Test func aBadConfigExitsOneWithFileAndLine() async throws {
        let bad = directory.appendingPathComponent("bad.yaml").path
        try Data("sources:\n  - id: Bad Id\n".utf8).write(to: URL(fileURLWithPath: bad))
        let result = try await ClaimwatchProcess.run(["claims", "--config", bad], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(bad):2: sources[0]"))
    }

    // MARK: Reports without a process

    @Test(arguments: [
        (#"{"kind": "new_claim", "stance": "deny"}"#, "deny"),
        (#"{"kind": "new_claim", "value": 1500}"#, "1500"),
        (#"{"kind": "quantity_change", "from": 40, "to": 120.5, "label": "increase"}"#, "40 → 120.5 (increase)"),
        (#"{"kind": "stance_shift", "from": "affirm", "to": "deny", "label": "retraction"}"#, "affirm → deny (retraction)"),
    ])
    func changeDescribesARecord(record: String, expected: String) throws {
        #expect(ClaimsReport.change(try json(record)) == expected)
    }

    @Test func noAlertsSaysSo() {
        #expect(AlertsReport.text([], since: nil) == "no alerts")
        #expect(AlertsReport.text([], since: Self.base) == "no alerts since 2027-01-15T08:00:00Z")
        #expect(AlertsReport.json([]) == #"{"alerts":[]}"#)
        #expect(ClaimsReport.text([], names: ClaimsReport.Names(), notes: ["topic \"x\" is not in the config"])
                == "note: topic \"x\" is not in the config\nno claims")
    }

    @Test func aFailedDeliveryShowsItsError() {
        let delivery = StoredDelivery(sink: "hook", status: "failed", attempts: 4, lastError: "HTTP 410 Gone",
                                      lastAttemptAt: Self.base, deliveredAt: nil)
        #expect(AlertsReport.deliveryLine(delivery, sinkWidth: 6)
                == "hook    failed     4 attempts, last 2027-01-15T08:00:00Z: HTTP 410 Gone")
    }

    @Test func aPendingRetryShowsItsNextAttempt() {
        let delivery = StoredDelivery(sink: "hook", status: "pending", attempts: 2, lastError: "HTTP 503",
                                      lastAttemptAt: Self.base, deliveredAt: nil, nextAttemptAt: Self.base.addingTimeInterval(60))
        #expect(AlertsReport.deliveryLine(delivery, sinkWidth: 4)
                == "hook  pending    2 attempts, last 2027-01-15T08:00:00Z: HTTP 503; next attempt 2027-01-15T08:01:00Z")
    }
}
