import Alerts
import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import Store
import Testing

/// The daemon's per-sink loop on a manual clock: it sleeps until the next delivery is due, is
/// woken early by new alerts, never lets a sink that is down hold up another, and returns when
/// cancelled.
@Suite struct DeliveryLoopTests {
    let fixture: OutboxFixture
    let clock = ManualClock()
    let start = Date(timeIntervalSince1970: 1_900_000_000)
    let client = CurlHTTPClient(settings: FetchSettings(concurrency: 8, perHost: 8, timeout: .seconds(5),
                                                        connectTimeout: .seconds(2), maxBodySize: 64 * 1024))

    init() throws {
        fixture = try OutboxFixture("loop")
    }

    /// The wall clock the outbox sees follows the manual clock.
    var now: @Sendable () -> Date {
        { [clock, start] in start.addingTimeInterval(Double(clock.now.offset.components.seconds)
                                                     + Double(clock.now.offset.components.attoseconds) / 1e18) }
    }

    func loop(_ name: String, _ receiver: WebhookReceiver, idleRecheck: Duration = .seconds(3_600)) -> DeliveryLoop<ManualClock> {
        let sink = WebhookSink(config: WebhookSinkConfig(name: name, url: receiver.url, timeout: .seconds(2),
                                                         retry: RetryConfig(initial: .seconds(30), max: .seconds(120),
                                                                            giveUpAfter: .seconds(3_600))),
                               secret: "k", client: client)
        let deliverer = SinkDeliverer(sink: sink, outbox: fixture.store, now: now, random: { 0 }, logger: OutboxFixture.quietLogger)
        return DeliveryLoop(deliverer: deliverer, clock: clock, idleRecheck: idleRecheck, logger: OutboxFixture.quietLogger)
    }

    func status(_ sink: String) throws -> [String] {
        try fixture.store.deliveries(sink: sink).map(\.status)
    }

    @Test func sleepsUntilTheRetryIsDueAndIsWokenByNewAlerts() async throws {
        defer { client.shutdown() }
        let down = try WebhookReceiver([.status(503, headers: [("Retry-After", "45")]), .status(200)])
        let up = try WebhookReceiver([.status(200)])
        let first = try fixture.raise(2, sinks: ["down", "up"])
        let downLoop = loop("down", down)
        let upLoop = loop("up", up)
        let tasks = [Task { await downLoop.run() }, Task { await upLoop.run() }]

        // The sink that is up delivers both while the other waits for its retry, asleep.
        #expect(try await eventually { try status("up") == ["delivered", "delivered"] })
        #expect(try await eventually { down.received.count == 1 && clock.sleeperCount == 2 })
        #expect(try status("down") == ["pending", "pending"])
        let due = try #require(try fixture.store.nextDeliveryDue(sink: "down"))
        #expect(due == start.addingTimeInterval(45), "Retry-After (45 s) beats the 30 s backoff")

        // Short of the due time nothing happens; at it, the head and the alert behind it go.
        clock.advance(by: .seconds(44))
        #expect(try await eventually { clock.sleeperCount == 2 })
        #expect(down.received.count == 1)
        clock.advance(by: .seconds(1))
        #expect(try await eventually { try status("down") == ["delivered", "delivered"] })
        #expect(down.received.filter(\.accepted).compactMap(\.alertID) == first.map(\.id))

        // Idle, both sleep for an hour; a new alert and a wake-up deliver it without the clock moving.
        #expect(try await eventually { clock.sleeperCount == 2 })
        let second = try fixture.raise(1, sinks: ["down", "up"])
        downLoop.wake()
        upLoop.wake()
        #expect(try await eventually { try status("down").last == "delivered" && status("up").last == "delivered" })
        #expect(down.received.last?.alertID == second[0].id)
        #expect(up.received.compactMap(\.alertID) == (first + second).map(\.id))
        #expect(clock.now.offset == .seconds(45))

        // Cancelled, run() returns.
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    @Test func aWakeBeforeTheSleepIsNotLost() async throws {
        defer { client.shutdown() }
        let receiver = try WebhookReceiver([.status(200)])
        let hook = loop("hook", receiver)
        let task = Task { await hook.run() }
        #expect(try await eventually { clock.sleeperCount == 1 })
        // Two alerts, two wake-ups, while the loop may be anywhere: each alert is delivered once.
        for _ in 0..<2 {
            _ = try fixture.raise(1, sinks: ["hook"])
            hook.wake()
        }
        #expect(try await eventually { try status("hook") == ["delivered", "delivered"] })
        #expect(receiver.received.count == 2)
        task.cancel()
        await task.value
    }

    @Test func anIdleLoopRechecksTheOutboxOnItsOwn() async throws {
        defer { client.shutdown() }
        let receiver = try WebhookReceiver([.status(200)])
        let hook = loop("hook", receiver, idleRecheck: .seconds(60))
        let task = Task { await hook.run() }
        #expect(try await eventually { clock.sleeperCount == 1 })
        // Written by another process: no wake-up, but the next recheck finds it.
        _ = try fixture.raise(1, sinks: ["hook"])
        clock.advance(by: .seconds(60))
        #expect(try await eventually { try status("hook") == ["delivered"] })
        task.cancel()
        await task.value
    }
}
