import Crypto
import Foundation
import LoopbackHTTP

/// A webhook receiver on a real loopback server that plays a script of replies (the last one
/// repeats) and keeps every request with the reply it got.
final class WebhookReceiver: @unchecked Sendable {
    enum Step: Sendable {
        case status(Int, headers: [(name: String, value: String)] = [], body: String = "")
        /// Never answers (until the client gives up), so the sender times out.
        case noAnswer
        /// Closes the connection without answering.
        case hangUp
        /// Answers with this status only once `release()` is called: a sink as slow as the test wants.
        case held(Int)
    }

    struct Received: Sendable {
        var request: LoopbackHTTPServer.Request
        /// The status answered, nil when it did not answer.
        var status: Int?
        var alertID: String? { request.header("X-Claimwatch-Alert-Id") }
        var accepted: Bool { status.map { (200..<300).contains($0) } ?? false }
    }

    private let lock = NSLock()
    private let gate = DispatchSemaphore(value: 0)
    private var script: [Step]
    private var perAlert: [String: [Step]] = [:]
    private var log: [Received] = []
    private var server: LoopbackHTTPServer!

    init(_ script: [Step]) throws {
        self.script = script
        server = try LoopbackHTTPServer { [unowned self] request in self.reply(to: request) }
    }

    deinit { server.stop() }

    var url: String { server.baseURL + "/hook" }

    var received: [Received] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    /// Replies for one alert id, used before the general script.
    func script(for alertID: String, _ steps: [Step]) {
        lock.lock()
        perAlert[alertID] = steps
        lock.unlock()
    }

    /// Replaces the general script.
    func play(_ steps: [Step]) {
        lock.lock()
        script = steps
        lock.unlock()
    }

    func stop() { server.stop() }

    /// Lets every held request (and any later one) answer.
    func release() {
        for _ in 0..<64 { gate.signal() }
    }

    private func reply(to request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
        lock.lock()
        let id = request.header("X-Claimwatch-Alert-Id") ?? ""
        let step: Step
        if var steps = perAlert[id], !steps.isEmpty {
            step = steps.count > 1 ? steps.removeFirst() : steps[0]
            perAlert[id] = steps
        } else {
            step = script.count > 1 ? script.removeFirst() : script[0]
        }
        var status: Int?
        if case .status(let code, _, _) = step { status = code }
        if case .held(let code) = step { status = code }
        log.append(Received(request: request, status: status))
        lock.unlock()
        switch step {
        case .status(let code, let headers, let body):
            return .respond(.init(status: code, headers: headers, text: body))
        case .noAnswer:
            return .noAnswer
        case .hangUp:
            return .hangUp
        case .held(let code):
            // Each connection has its own server thread, so waiting here holds only this request.
            gate.wait()
            return .respond(.init(status: code))
        }
    }

    /// Whether the request carries a valid `X-Claimwatch-Signature` for `secret`, checked the
    /// way a receiver would: HMAC-SHA256 over the raw body, compared in constant time.
    static func hasValidSignature(_ request: LoopbackHTTPServer.Request, secret: String) -> Bool {
        guard let header = request.header("X-Claimwatch-Signature"), header.hasPrefix("sha256=") else { return false }
        let hex = header.dropFirst("sha256=".count)
        guard hex.count == 64 else { return false }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return false }
            bytes.append(byte)
            index = next
        }
        return HMAC<SHA256>.isValidAuthenticationCode(bytes, authenticating: request.body,
                                                      using: SymmetricKey(data: Data(secret.utf8)))
    }
}
