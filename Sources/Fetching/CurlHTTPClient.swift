import CCurl
import CCurlShims
import ClaimwatchModel
import Foundation

/// The HTTP client: libcurl's multi interface on one thread of its own, running many transfers
/// concurrently within the configured limits (in all, and per host).
public final class CurlHTTPClient: HTTPClient {
    private let engine: CurlEngine

    public init(settings: FetchSettings) {
        _ = CurlEngine.globalInit
        engine = CurlEngine(settings: settings)
    }

    deinit {
        engine.stop()
    }

    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        await withCheckedContinuation { continuation in
            engine.submit(request, continuation: continuation)
        }
    }

    /// Lets transfers in flight finish, fails those still waiting, and ends the engine's thread.
    public func shutdown() {
        engine.stop()
    }

    /// The version string of the libcurl in use (for `--version` and logs).
    public static var curlVersion: String {
        String(cString: curl_version())
    }
}

/// Owns the multi handle and the thread that drives it. Every easy handle is created, used and
/// cleaned up on that thread; other threads only enqueue under the lock and wake it.
final class CurlEngine: @unchecked Sendable {
    static let globalInit: Void = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    private struct State {
        var queue: TransferQueue<CurlTransfer>
        var threadStarted = false
        var stopping = false
    }

    private let settings: FetchSettings
    private let multi: UnsafeMutableRawPointer
    // NSLock rather than Mutex: the state holds non-Sendable transfers, which only ever move
    // between threads under this lock.
    private let lock = NSLock()
    private var state: State

    init(settings: FetchSettings) {
        self.settings = settings
        multi = curl_multi_init()
        state = State(queue: TransferQueue(concurrency: settings.concurrency, perHost: settings.perHost))
    }

    func submit(_ request: FetchRequest, continuation: CheckedContinuation<FetchOutcome, Never>) {
        let transfer = CurlTransfer(request: request, continuation: continuation, maxBodySize: settings.maxBodySize)
        // The multi handle is woken and cleaned up only under the lock, so a wake-up can never
        // reach a handle the engine thread has already freed.
        let (accepted, startThread) = withState { state -> (Bool, Bool) in
            if state.stopping { return (false, false) }
            state.queue.enqueue(transfer, host: request.hostKey)
            if state.threadStarted { curl_multi_wakeup(multi) }
            defer { state.threadStarted = true }
            return (true, !state.threadStarted)
        }
        guard accepted else {
            continuation.resume(returning: .failed(FetchFailure(kind: .other, message: "HTTP client is shutting down"), nil))
            return
        }
        if startThread {
            let thread = Thread { [self] in run() }
            thread.name = "claimwatch-curl"
            thread.start()
        }
    }

    /// Idempotent: `shutdown()` and the client's deinit may both call it.
    func stop() {
        withState { state in
            guard !state.stopping else { return }
            state.stopping = true
            if state.threadStarted {
                curl_multi_wakeup(multi)
            } else {
                curl_multi_cleanup(multi)
            }
        }
    }

    private func run() {
        var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
        while true {
            let (startable, refused, stopping) = withState { state -> ([CurlTransfer], [CurlTransfer], Bool) in
                // Once stopping, transfers that never started are refused; those in flight finish.
                state.stopping ? ([], state.queue.removeAllWaiting(), true) : (state.queue.startable(), [], false)
            }
            for transfer in refused {
                transfer.continuation.resume(returning: .failed(
                    FetchFailure(kind: .other, message: "HTTP client is shutting down"), nil))
            }
            for transfer in startable { start(transfer, into: &active) }
            if stopping && active.isEmpty { break }

            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            var finishedAny = false
            var easy: UnsafeMutableRawPointer?
            var code = CURLE_OK
            while cw_multi_next_done(multi, &easy, &code) == 1, let handle = easy {
                finishedAny = true
                curl_multi_remove_handle(multi, handle)
                guard let transfer = active.removeValue(forKey: handle) else { continue }
                let outcome = transfer.outcome(code: code)
                withState { $0.queue.finish(host: transfer.request.hostKey) }
                transfer.continuation.resume(returning: outcome)
            }
            if !finishedAny {
                curl_multi_poll(multi, nil, 0, 1000, nil)
            }
        }
        withState { _ in _ = curl_multi_cleanup(multi) }
    }

    private func withState<T>(_ body: (inout State) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&state)
    }

    private func start(_ transfer: CurlTransfer, into active: inout [UnsafeMutableRawPointer: CurlTransfer]) {
        guard transfer.prepare(settings: settings), let easy = transfer.easy,
              curl_multi_add_handle(multi, easy) == CURLM_OK else {
            withState { $0.queue.finish(host: transfer.request.hostKey) }
            transfer.continuation.resume(returning: .failed(
                FetchFailure(kind: .other, message: "curl refused the request for \(transfer.request.url)"), nil))
            return
        }
        active[easy] = transfer
    }
}
