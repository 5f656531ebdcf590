import Alerts
import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import Store
import Testing

/// Webhook delivery end to end: the outbox on a real SQLite file, the libcurl client, and real
/// loopback receivers that fail, time out, throttle and recover. Retry waits pass on a test
/// wall clock; only the per-attempt timeout is real time.
@Suite struct WebhookDeliveryTests {
    static let quickRetry = RetryConfig(initial: .seconds(1), max: .seconds(4), giveUpAfter: .seconds(3_600))

    let fixture: OutboxFixture
    let client = CurlHTTPClient(settings: FetchSettings(concurrency: 8, perHost: 8, timeout: .seconds(5),
                                                        connectTimeout: .seconds(2), maxBodySize: 64 * 1024))
    let time = TestTime()

    init() throws {
        fixture = try OutboxFixture("webhook")
    }

    func sink(_ name: String, _ receiver: WebhookReceiver, secret: String?, retry: RetryConfig = quickRetry,
              format: WebhookFormat = .json) -> WebhookSink {
        WebhookSink(config: WebhookSinkConfig(name: name, url: receiver.url, format: format, timeout: .milliseconds(400),
                                              retry: retry),
                    secret: secret, client: client)
    }

    func dispatcher(_ sinks: [any AlertSink]) -> OutboxDispatcher {
        OutboxDispatcher(store: fixture.store, sinks: sinks, now: { [time] in time.now }, random: { 0.5 },
                         logger: OutboxFixture.quietLogger)
    }

    /// Moves the test clock to when `sink`'s next delivery is due.
    func advanceToNextDue(_ sink: String) throws {
        let due = try #require(try fixture.store.nextDeliveryDue(sink: sink))
        if due > time.now { time.set(due) }
    }

    @Test func everyAlertArrivesOncePerSinkThroughFailuresTimeoutsAndThrottling() async throws {
        defer { client.shutdown() }
        let flaky = try WebhookReceiver([.status(500, body: "upstream down"), .noAnswer,
                                         .status(429, headers: [("Retry-After", "120")], body: "slow down"), .status(200)])
        let steady = try WebhookReceiver([.status(204)])
        let alerts = try fixture.raise(3, sinks: ["flaky", "steady"])
        #expect(alerts.count == 3)
        let outbox = dispatcher([sink("flaky", flaky, secret: "flaky-key"), sink("steady", steady, secret: "steady-key")])

        // First pass: the steady sink takes everything while the flaky one fails on its first alert.
        #expect(try await outbox.deliverPending() == 3)
        #expect(steady.received.compactMap(\.alertID) == alerts.map(\.id))
        #expect(flaky.received.map(\.status) == [500])
        #expect(try fixture.store.pendingAlerts(sink: "flaky").map(\.id) == alerts.map(\.id))
        #expect(try fixture.store.pendingAlerts(sink: "steady").isEmpty)

        // Nothing is due again until the backoff has passed: a pass now sends nothing.
        #expect(try fixture.store.pendingAlerts(sink: "flaky", dueAt: time.now).isEmpty)
        #expect(try await outbox.deliverPending() == 0)
        #expect(flaky.received.count == 1)

        // Due again: the receiver does not answer and the attempt times out.
        try advanceToNextDue("flaky")
        #expect(try await outbox.deliverPending() == 0)
        #expect(flaky.received.count == 2)

        // Then 429 with Retry-After: 120 s; the next attempt waits at least that long.
        try advanceToNextDue("flaky")
        let throttledAt = time.now
        #expect(try await outbox.deliverPending() == 0)
        #expect(flaky.received.map(\.status) == [500, nil, 429])
        let afterThrottle = try #require(try fixture.store.nextDeliveryDue(sink: "flaky"))
        #expect(afterThrottle >= throttledAt.addingTimeInterval(120))
        time.set(afterThrottle.addingTimeInterval(-1))
        #expect(try await outbox.deliverPending() == 0)
        #expect(flaky.received.count == 3)

        // Recovered: the head and the two alerts it held back go, in order.
        try advanceToNextDue("flaky")
        #expect(try await outbox.deliverPending() == 3)
        #expect(try fixture.store.pendingAlerts(sink: "flaky").isEmpty)

        for (receiver, secret) in [(flaky, "flaky-key"), (steady, "steady-key")] {
            let accepted = receiver.received.filter(\.accepted)
            #expect(accepted.compactMap(\.alertID) == alerts.map(\.id), "each alert accepted exactly once, in order")
            for received in receiver.received {
                let request = received.request
                #expect(request.method == "POST")
                #expect(request.header("Content-Type") == "application/json")
                #expect(WebhookReceiver.hasValidSignature(request, secret: secret))
                // The body is the contract's record, byte for byte, with the id of the header.
                let alert = try #require(alerts.first { $0.id == received.alertID })
                #expect(request.body == Data(alert.json.utf8))
            }
        }
        let head = try #require(try fixture.store.deliveries(sink: "flaky").first)
        #expect(head.status == "delivered")
        #expect(head.attempts == 4)
        #expect(head.lastStatus == 200)
        #expect(head.lastError == "HTTP 429")
        #expect(head.lastResponse == "slow down")
        #expect(try fixture.store.deliveries(sink: "flaky").dropFirst().map(\.attempts) == [1, 1])
        #expect(try fixture.store.deliveries(sink: "steady").allSatisfy { $0.status == "delivered" && $0.attempts == 1 })
    }

    /// A sink that does not answer holds up nobody else: the other sink's alerts are all
    /// delivered while the slow one's first request is still in flight.
    @Test func aSlowSinkNeverHoldsUpAnother() async throws {
        defer { client.shutdown() }
        let slow = try WebhookReceiver([.held(200)])
        defer { slow.release() }
        let steady = try WebhookReceiver([.status(200)])
        let alerts = try fixture.raise(3, sinks: ["slow", "steady"])
        let slowSink = WebhookSink(config: WebhookSinkConfig(name: "slow", url: slow.url, timeout: .seconds(60), retry: Self.quickRetry),
                                   secret: nil, client: client)
        let outbox = dispatcher([slowSink, sink("steady", steady, secret: nil)])
        let pass = Task { try await outbox.deliverPending() }
        #expect(try await eventually { try fixture.store.pendingAlerts(sink: "steady").isEmpty })
        #expect(steady.received.compactMap(\.alertID) == alerts.map(\.id))
        #expect(slow.received.count == 1)
        #expect(try fixture.store.deliveries(sink: "slow").map(\.attempts) == [0, 0, 0], "still waiting for its first answer")
        slow.release()
        #expect(try await pass.value == 6)
        #expect(slow.received.compactMap(\.alertID) == alerts.map(\.id))
    }

    @Test func aRejectedAlertIsRecordedAndTheSinkMovesOn() async throws {
        defer { client.shutdown() }
        let receiver = try WebhookReceiver([.status(200)])
        let alerts = try fixture.raise(3, sinks: ["hook"])
        receiver.script(for: alerts[0].id, [.status(422, body: "{\"error\":\"unknown field kind\"}\n" + String(repeating: "x", count: 2_000)),
                                            .status(200)])
        let outbox = dispatcher([sink("hook", receiver, secret: nil)])

        #expect(try await outbox.deliverPending() == 2)
        let rows = try fixture.store.deliveries(sink: "hook")
        #expect(rows.map(\.status) == ["failed", "delivered", "delivered"])
        #expect(rows[0].lastStatus == 422)
        #expect(rows[0].lastError == "HTTP 422: rejected")
        let excerpt = try #require(rows[0].lastResponse)
        #expect(excerpt.hasPrefix("{\"error\":\"unknown field kind\"} xxx"))
        #expect(excerpt.count <= WebhookResponseClassifier.excerptLimit + 1)
        // Unsigned: no signature header at all.
        #expect(receiver.received.allSatisfy { $0.request.header("X-Claimwatch-Signature") == nil })

        // Failed is final: later passes leave it alone…
        time.advance(86_400)
        #expect(try await outbox.deliverPending() == 0)
        #expect(receiver.received.count == 3)
        // …until the operator re-queues it (after fixing the receiver); it goes with the same id and body.
        #expect(try fixture.store.requeueFailedDeliveries(sink: "hook", alertID: nil, at: time.now) == 1)
        #expect(try await outbox.deliverPending() == 1)
        let resent = try #require(receiver.received.last)
        #expect(resent.alertID == alerts[0].id)
        #expect(resent.request.body == receiver.received[0].request.body)
        #expect(try fixture.store.deliveries(sink: "hook").map(\.status) == ["delivered", "delivered", "delivered"])
    }

    @Test func aChangedSinkConfigurationRequeuesItsFailedDeliveries() async throws {
        defer { client.shutdown() }
        let receiver = try WebhookReceiver([.status(401, body: "bad signature")])
        let alerts = try fixture.raise(2, sinks: ["hook"])
        let before = dispatcher([sink("hook", receiver, secret: "old")])
        #expect(try before.syncSinkFingerprints().isEmpty)
        #expect(try await before.deliverPending() == 0)
        #expect(try fixture.store.deliveries(sink: "hook").map(\.status) == ["failed", "failed"])

        // The same configuration again (a restart) re-queues nothing.
        #expect(try dispatcher([sink("hook", receiver, secret: "old")]).syncSinkFingerprints().isEmpty)

        // The secret is rotated: both come back and are delivered, signed with the new key.
        receiver.play([.status(200)])
        let after = dispatcher([sink("hook", receiver, secret: "new")])
        #expect(try after.syncSinkFingerprints() == ["hook": 2])
        #expect(try await after.deliverPending() == 2)
        let accepted = receiver.received.filter(\.accepted)
        #expect(accepted.compactMap(\.alertID) == alerts.map(\.id))
        #expect(accepted.allSatisfy { WebhookReceiver.hasValidSignature($0.request, secret: "new") })
        let rows = try fixture.store.deliveries(sink: "hook")
        #expect(rows.map(\.attempts) == [2, 2])
        #expect(rows.map(\.retryAttempts) == [1, 1])
    }

    @Test func aSinkThatNeverRecoversIsGivenUpAndTheNextAlertGoes() async throws {
        defer { client.shutdown() }
        let receiver = try WebhookReceiver([.status(503)])
        let alerts = try fixture.raise(2, sinks: ["hook"])
        let retry = RetryConfig(initial: .seconds(1), max: .seconds(2), giveUpAfter: .seconds(5))
        let outbox = dispatcher([sink("hook", receiver, secret: nil, retry: retry)])
        var passes = 0
        while try fixture.store.deliveries(sink: "hook")[0].status == "pending", passes < 20 {
            try advanceToNextDue("hook")
            try await outbox.deliverPending()
            passes += 1
        }
        let head = try fixture.store.deliveries(sink: "hook")[0]
        #expect(head.status == "failed")
        #expect(head.lastError?.contains("gave up") == true)
        // With the jitter at its middle: attempts at 0, 1, 2.5, 4 and 5 s (the end of the
        // budget); the fifth fails too, and the delivery is given up.
        #expect(head.attempts == 5)
        // The next alert was tried in the same pass once the head was given up.
        #expect(receiver.received.compactMap(\.alertID).last == alerts[1].id)
    }

    @Test func slackFormatSendsATextMessage() async throws {
        defer { client.shutdown() }
        let receiver = try WebhookReceiver([.status(200, body: "ok")])
        let alerts = try fixture.raise(1, sinks: ["chat"])
        #expect(try await dispatcher([sink("chat", receiver, secret: "k", format: .slack)]).deliverPending() == 1)
        let request = try #require(receiver.received.first?.request)
        let payload = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(payload.keys.sorted() == ["text"])
        let text = try #require(payload["text"])
        #expect(text.hasPrefix(alerts[0].summary.replacingOccurrences(of: "\"", with: "\"")))
        #expect(text.contains("<http://x/a|A> (wire)"))
        #expect(request.header("X-Claimwatch-Alert-Id") == alerts[0].id)
        #expect(WebhookReceiver.hasValidSignature(request, secret: "k"))
    }
}
