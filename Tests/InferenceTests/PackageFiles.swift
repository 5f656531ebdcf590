import Foundation
import Testing

/// Where the tests find their files: the fixtures beside this file, and the base model that
/// `make models` puts under the package's `.build` (found from this file's path, not the working
/// directory, so `swift test` works from anywhere).
enum PackageFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let baseModel = packageRoot.appendingPathComponent(".build/models/minilm-l6-h384")
    static let overlay = fixtures.appendingPathComponent("overlay.safetensors")

    /// The base model's directory; a missing model fails the calling test with what to run.
    static func requireBaseModel(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        for name in ["model.safetensors", "vocab.txt"] {
            let path = baseModel.appendingPathComponent(name).path
            try #require(FileManager.default.fileExists(atPath: path),
                         "the base model is missing (\(path)): run `make models` in \(packageRoot.path)",
                         sourceLocation: sourceLocation)
        }
        return baseModel
    }

    /// A fixture's JSON object.
    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(name) is not a JSON object")
    }
}
