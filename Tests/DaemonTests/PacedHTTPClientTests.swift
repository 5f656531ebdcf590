import ClaimwatchModel
import Daemon
import Fetching
import Foundation
import Synchronization
import Testing

/// Host pacing in front of a transfer client, with a manual clock: `sleep` advances it.
struct PacedHTTPClientTests {
    /// Answers every request with 200 and records the URLs and the manual time they started at.
    final class RecordingClient: HTTPClient {
        let clock: ManualClock
        let started = Mutex<[(String, TimeInterval)]>([])
        init(clock: ManualClock) { self.clock = clock }
        func fetch(_ request: FetchRequest) async -> FetchOutcome {
            started.withLock { $0.append((request.url, clock.now.timeIntervalSince1970)) }
            return .fetched(HTTPResponse(status: 200, finalURL: request.url, headers: [], body: Data()))
        }
    }

    final class ManualClock: Sendable {
        private let time = Mutex(Date(timeIntervalSince1970: 0))
        var now: Date { time.withLock { $0 } }
        func advance(_ duration: Duration) {
            let (seconds, attoseconds) = duration.components
            time.withLock { $0 = $0.addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18) }
        }
    }

    @Test func requestsToOneHostAreSpacedAndStopFailsTheRest() async {
        let clock = ManualClock()
        let inner = RecordingClient(clock: clock)
        let client = PacedHTTPClient(inner, hostDelay: .seconds(2), now: { clock.now }, sleep: { clock.advance($0) })
        for path in ["/a", "/b", "/c"] {
            _ = await client.fetch(FetchRequest(url: "http://127.0.0.1:8080" + path))
        }
        _ = await client.fetch(FetchRequest(url: "http://127.0.0.2:8080/other"))
        let started = inner.started.withLock { $0 }
        #expect(started.map(\.0) == ["http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b", "http://127.0.0.1:8080/c",
                                     "http://127.0.0.2:8080/other"])
        #expect(started.map(\.1) == [0, 2, 4, 4])

        client.stop()
        let refused = await client.fetch(FetchRequest(url: "http://127.0.0.3/"))
        #expect(refused.failure?.message == "claimwatch is shutting down")
        #expect(inner.started.withLock { $0.count } == 4)
    }
}
