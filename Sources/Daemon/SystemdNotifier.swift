import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// systemd's readiness protocol without libsystemd: one datagram per message to the unix socket
/// named by `NOTIFY_SOCKET` (a path, or an abstract socket written with a leading `@`).
/// Without `NOTIFY_SOCKET` (not started by systemd) every message is dropped.
public struct SystemdNotifier: Sendable {
    /// The socket address as systemd gave it, or nil when not running under a notify service.
    public let socketPath: String?
    /// Half of `WATCHDOG_USEC` when the watchdog is on for this process, else nil.
    public let watchdogInterval: Duration?

    /// Reads `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` from `environment`; `pid` is this
    /// process's id (a watchdog meant for another process is ignored).
    public init(environment: [String: String], pid: Int32) {
        let path = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        socketPath = path
        if path != nil, let usec = environment["WATCHDOG_USEC"].flatMap(UInt64.init), usec > 0,
           environment["WATCHDOG_PID"].flatMap(Int32.init).map({ $0 == pid }) ?? true {
            watchdogInterval = .microseconds(Int64(usec / 2))
        } else {
            watchdogInterval = nil
        }
    }

    public struct SendError: Error, CustomStringConvertible {
        public var code: Int32
        public var description: String { "cannot notify systemd: \(String(cString: strerror(code)))" }
    }

    /// Sends one message (`READY=1`, `STATUS=…`, several lines for several assignments).
    /// Does nothing when not under systemd.
    public func notify(_ message: String) throws(SendError) {
        guard let socketPath else { return }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SendError(code: errno) }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(socketPath.utf8)
        // An abstract socket's name starts with a NUL byte, which systemd writes as "@".
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { throw SendError(code: ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        // The length covers the name exactly: an abstract name must not include a trailing NUL.
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \sockaddr_un.sun_path)! + pathBytes.count
                               + (pathBytes.first == 0 ? 0 : 1))
        let bytes = Array(message.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bytes.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), socketAddress, length) }
            }
        }
        guard sent >= 0 else { throw SendError(code: errno) }
    }

    /// Like `notify(_:)`, for messages whose loss only costs a status line.
    public func tryNotify(_ message: String) {
        try? notify(message)
    }
}
