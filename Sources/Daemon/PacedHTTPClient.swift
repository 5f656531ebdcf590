import ClaimwatchModel
import Fetching
import Foundation
import Scheduling
import Synchronization

/// An HTTP client that keeps the configured least delay between the starts of two requests
/// to one host (politeness), in front of the client that does the transfers (which itself
/// limits concurrent transfers per host).
///
/// `stop()` (graceful shutdown) fails every request that has not reached the transfer client
/// yet, so a shutdown waits only for transfers already on the wire.
public final class PacedHTTPClient: HTTPClient {
    private let inner: any HTTPClient
    private let pacer: Mutex<HostPacer>
    private let stopped = Atomic<Bool>(false)
    private let now: @Sendable () -> Date
    private let sleep: @Sendable (Duration) async -> Void

    /// - Parameters:
    ///   - now: the current instant.
    ///   - sleep: waits for a duration (a clock's `sleep(for:)`).
    public init(_ inner: any HTTPClient, hostDelay: Duration, now: @escaping @Sendable () -> Date,
                sleep: @escaping @Sendable (Duration) async -> Void) {
        self.inner = inner
        pacer = Mutex(HostPacer(delay: hostDelay))
        self.now = now
        self.sleep = sleep
    }

    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        let asked = now()
        let start = pacer.withLock { $0.reserve(host: request.hostKey, at: asked) }
        let wait = start.timeIntervalSince(asked)
        if wait > 0 { await sleep(.milliseconds(Int64((wait * 1000).rounded(.up)))) }
        if stopped.load(ordering: .acquiring) {
            return .failed(FetchFailure(kind: .other, message: "claimwatch is shutting down"), nil)
        }
        return await inner.fetch(request)
    }

    /// Fails every request from now on that is not yet in the transfer client.
    public func stop() {
        stopped.store(true, ordering: .releasing)
    }
}
