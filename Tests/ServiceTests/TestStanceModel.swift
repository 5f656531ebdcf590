import ClaimsModel
import Foundation

/// The real stance model, from the build's models folder (`make models` puts it there): the
/// pipeline tests read claims exactly as the daemon does.
enum TestStanceModel {
    static let loaded: Result<ModelStanceScorer, any Error> = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try ModelStanceScorer(files: .inBuildTree(packageRoot: root))
    }

    /// The scorer, or an error that says to run `make models`.
    static func scorer() throws -> ModelStanceScorer {
        try loaded.get()
    }
}
