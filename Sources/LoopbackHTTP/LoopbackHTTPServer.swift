import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small, real HTTP/1.1 server on 127.0.0.1 for tests and the demo: it accepts connections on
/// an ephemeral port, parses each request and answers with whatever the handler decides —
/// including never answering, or hanging up — so the client side is exercised over real sockets.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as received.
    public struct Request: Sendable {
        public var method: String
        /// The path with its query string.
        public var target: String
        public var headers: [(name: String, value: String)]
        public var body: Data

        public var path: String { String(target.split(separator: "?", maxSplits: 1).first ?? "") }

        public func header(_ name: String) -> String? {
            headers.last { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    /// A response to send.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(name: String, value: String)]
        public var body: Data

        public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public init(status: Int, headers: [(name: String, value: String)] = [], text: String) {
            self.init(status: status, headers: headers, body: Data(text.utf8))
        }
    }

    /// What the server does with a request.
    public enum Reply: Sendable {
        case respond(Response)
        /// Keep the connection open and say nothing (until the server stops), to test timeouts.
        case noAnswer
        /// Close the connection without a response.
        case hangUp
        /// Send the status line and headers, then stall before the body.
        case stallAfterHeaders(Response)
    }

    public typealias Handler = @Sendable (Request) -> Reply

    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var stopped = false
    private var received: [Request] = []
    private var openSockets: Set<Int32> = []

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in order.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let (fd, boundPort) = try Self.bindLoopback(reuseAddress: true)
        guard listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError.socket(errno)
        }
        port = boundPort
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback-http-accept"
        thread.start()
    }

    deinit {
        stop()
    }

    /// Stops accepting, closes every connection (ending any `.noAnswer`), and returns.
    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        let sockets = openSockets
        lock.unlock()
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            lock.lock()
            openSockets.insert(client)
            lock.unlock()
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ socket: Int32) {
        defer {
            lock.lock()
            openSockets.remove(socket)
            lock.unlock()
            close(socket)
        }
        var buffer = Data()
        // Requests on one connection are answered in turn (keep-alive), until either side closes.
        while let request = readRequest(socket, buffer: &buffer) {
            lock.lock()
            received.append(request)
            lock.unlock()
            switch handler(request) {
            case .respond(let response):
                guard send(socket, serialize(response, head: request.method == "HEAD")) else { return }
            case .noAnswer:
                waitUntilClosed(socket)
                return
            case .hangUp:
                return
            case .stallAfterHeaders(let response):
                var head = response
                head.body = Data()
                var bytes = serialize(head, head: true)
                if head.headers.allSatisfy({ $0.name.lowercased() != "content-length" }) {
                    bytes = serialize(Response(status: response.status, headers: response.headers + [("Content-Length", String(response.body.count))]), head: true)
                }
                _ = send(socket, bytes)
                waitUntilClosed(socket)
                return
            }
        }
    }

    private func waitUntilClosed(_ socket: Int32) {
        var byte: UInt8 = 0
        while !isStopped {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 100) > 0 {
                if recv(socket, &byte, 1, 0) <= 0 { return }
            }
        }
    }

    private func readRequest(_ socket: Int32, buffer: inout Data) -> Request? {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil {
            guard receive(socket, into: &buffer), buffer.count < 1 << 20 else { return nil }
        }
        let headEnd = buffer.range(of: separator)!
        let head = String(decoding: buffer[buffer.startIndex..<headEnd.lowerBound], as: UTF8.self)
        buffer = Data(buffer[headEnd.upperBound...])
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var request = Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: Data())
        let length = Int(request.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length {
            guard receive(socket, into: &buffer) else { return nil }
        }
        request.body = Data(buffer.prefix(length))
        buffer = Data(buffer.dropFirst(length))
        return request
    }

    private func receive(_ socket: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16384)
        let count = recv(socket, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private func send(_ socket: Int32, _ data: Data) -> Bool {
        var offset = 0
        while offset < data.count {
            let sent = data.withUnsafeBytes { raw in
                Glibc.send(socket, raw.baseAddress! + offset, data.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private func serialize(_ response: Response, head: Bool) -> Data {
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var hasLength = false
        for (name, value) in response.headers {
            if name.lowercased() == "content-length" { hasLength = true }
            text += "\(name): \(value)\r\n"
        }
        if !hasLength { text += "Content-Length: \(response.body.count)\r\n" }
        text += "\r\n"
        var data = Data(text.utf8)
        if !head { data.append(response.body) }
        return data
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    /// A TCP socket bound to 127.0.0.1 on an ephemeral port, and that port.
    static func bindLoopback(reuseAddress: Bool) throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError.socket(errno) }
        if reuseAddress {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            close(fd)
            throw ServerError.socket(errno)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, UInt16(bigEndian: actual.sin_port))
    }

    public enum ServerError: Error {
        case socket(Int32)
    }
}
