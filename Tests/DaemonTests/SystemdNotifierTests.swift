import Daemon
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A bound datagram socket that receives what a notifier sends (systemd's side).
final class NotifyReceiver: @unchecked Sendable {
    let fd: Int32
    let name: String

    init(abstract: Bool) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let unique = "cw-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        name = abstract ? "@\(unique)" : FileManager.default.temporaryDirectory.appendingPathComponent(unique).path
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(name.utf8)
        if abstract { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \sockaddr_un.sun_path)! + bytes.count + (abstract ? 0 : 1))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        try #require(result == 0, "bind failed: errno \(errno)")
        // A receive that never comes fails the test instead of hanging it.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        return count < 0 ? nil : String(decoding: buffer[..<count], as: UTF8.self)
    }

    deinit {
        close(fd)
        if !name.hasPrefix("@") { unlink(name) }
    }

    /// Receives on a thread of its own (recv blocks) until `stop()`; `messages` so far.
    func collect() {
        let thread = Thread { [self] in
            while !lock.withLock({ stopped }) {
                if let message = receive() { lock.withLock { received.append(message) } }
            }
        }
        thread.start()
    }

    private let lock = NSLock()
    private var received: [String] = []
    private var stopped = false

    var messages: [String] { lock.withLock { received } }

    func stop() { lock.withLock { stopped = true } }
}

/// sd_notify over a real unix datagram socket: a path socket and an abstract one.
struct SystemdNotifierTests {
    @Test(arguments: [false, true])
    func messagesArriveAsDatagrams(abstract: Bool) throws {
        let receiver = try NotifyReceiver(abstract: abstract)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": receiver.name], pid: getpid())
        try notifier.notify("READY=1\nSTATUS=3 sources")
        try notifier.notify("STOPPING=1")
        #expect(receiver.receive() == "READY=1\nSTATUS=3 sources")
        #expect(receiver.receive() == "STOPPING=1")
    }

    @Test func withoutNotifySocketNothingIsSentAndNothingFails() throws {
        let notifier = SystemdNotifier(environment: [:], pid: getpid())
        #expect(notifier.socketPath == nil)
        try notifier.notify("READY=1")
    }

    @Test func theWatchdogPingsAtHalfItsTimeoutAndOnlyForItsOwnProcess() {
        let env = ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "30000000"]
        #expect(SystemdNotifier(environment: env, pid: 42).watchdogInterval == .seconds(15))
        #expect(SystemdNotifier(environment: env.merging(["WATCHDOG_PID": "42"]) { $1 }, pid: 42).watchdogInterval == .seconds(15))
        #expect(SystemdNotifier(environment: env.merging(["WATCHDOG_PID": "7"]) { $1 }, pid: 42).watchdogInterval == nil)
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000"], pid: 42).watchdogInterval == nil)
    }
}
