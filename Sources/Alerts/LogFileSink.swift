import ClaimwatchModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `log` sink: one JSON line per alert, appended and fsynced before the delivery counts.
public struct LogFileSink: AlertSink {
    public let name: String
    public let path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    /// A new path may be writable where the old one was not.
    public var fingerprint: String { "log\u{1F}" + path }

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var code: Int32
        public var description: String { "cannot append to \(path): \(String(cString: strerror(code)))" }
    }

    public func deliver(_ alert: AlertRecord) async throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        // Opened per delivery so a log rotated away (logrotate) is recreated, never written unlinked.
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(fd) }
        let line = Array((alert.json + "\n").utf8)
        var offset = 0
        while offset < line.count {
            let written = line[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, code: errno)
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw WriteError(path: path, code: errno) }
    }
}
