import Foundation

/// The built `claimwatch` binary (next to the test bundle), run as a child process.
struct ClaimwatchProcess {
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimwatch")
    }

    /// Runs `claimwatch arguments…` on a thread of its own (waiting blocks, and the cooperative
    /// pool has two threads), output to files so that neither stream can fill a pipe and stall.
    static func run(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    let id = UUID().uuidString
                    let out = directory.appendingPathComponent("stdout-\(id)")
                    let err = directory.appendingPathComponent("stderr-\(id)")
                    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
                    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
                    let process = Process()
                    process.executableURL = binary
                    process.arguments = arguments
                    process.currentDirectoryURL = directory
                    var environment = ProcessInfo.processInfo.environment
                    environment.removeValue(forKey: "CREDENTIALS_DIRECTORY")
                    environment.merge(extra) { _, new in new }
                    process.environment = environment
                    process.standardOutput = try FileHandle(forWritingTo: out)
                    process.standardError = try FileHandle(forWritingTo: err)
                    try process.run()
                    process.waitUntilExit()
                    continuation.resume(returning: Result(
                        status: process.terminationStatus,
                        stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                        stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self)))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }
}
