import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `claimwatch` child process for the process tests: the debug binary the build put beside
/// this test bundle, with its stderr (the log) in a file.
final class DaemonProcess {
    let process = Process()
    let logPath: String

    /// The `claimwatch` binary: beside the test bundle (`.build/<triple>/debug/`), else in
    /// the package's `.build/debug/`.
    static func binary() throws -> URL {
        let besideBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimwatch")
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [besideBundle, package.appendingPathComponent(".build/debug/claimwatch")]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw LaunchError(message: "no claimwatch binary at \(candidates.map(\.path)); build it with `swift build --build-tests`")
        }
        return found
    }

    struct LaunchError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    init(arguments: [String], logPath: String, environment: [String: String] = [:]) throws {
        self.logPath = logPath
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if !FileManager.default.fileExists(atPath: logPath) { FileManager.default.createFile(atPath: logPath, contents: nil) }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    func signal(_ signal: Int32) {
        kill(pid, signal)
    }

    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Waits (without blocking a thread of the cooperative pool) until the process ends or
    /// `limit` passes; returns its exit status, or nil if it is still running.
    func waitForExit(limit: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + limit
        while process.isRunning && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { return nil }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(pid, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// Polls `condition` every 50 ms until it holds or `limit` passes; returns whether it held.
func eventually(within limit: Duration = .seconds(30), _ condition: () throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try condition()
}
