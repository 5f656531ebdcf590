import ClaimsModel
import Foundation
import Testing

/// Missing or broken model files are named, with the command that makes them; nothing falls back.
struct StanceModelFilesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("minilm-l6-h384"), withIntermediateDirectories: true)
        return url
    }

    /// The build's base encoder, linked into `folder`, so only the overlay is missing or broken.
    func linkBase(into folder: URL) throws {
        let base = StanceModelFiles.inBuildTree(packageRoot: Self.packageRoot)
        for file in ["model.safetensors", "vocab.txt"] {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("minilm-l6-h384/\(file)"),
                                                       withDestinationURL: base.baseDirectory.appendingPathComponent(file))
        }
    }

    @Test func anEmptyFolderNamesTheBaseWeightsAndMakeModels() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: StanceModelError.missing(file: folder.appendingPathComponent("minilm-l6-h384/model.safetensors").path,
                                                 command: "make models")) {
            try ModelStanceScorer(files: StanceModelFiles(directory: folder))
        }
    }

    @Test func aMissingOverlayIsNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try linkBase(into: folder)
        let error = #expect(throws: StanceModelError.self) { try ModelStanceScorer(files: StanceModelFiles(directory: folder)) }
        #expect(error?.description.contains(folder.appendingPathComponent("stance.safetensors").path) == true)
    }

    @Test func aCorruptOverlayIsNamedWithWhatIsWrong() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try linkBase(into: folder)
        try Data("not a safetensors file".utf8).write(to: folder.appendingPathComponent("stance.safetensors"))
        let error = #expect(throws: StanceModelError.self) { try ModelStanceScorer(files: StanceModelFiles(directory: folder)) }
        let text = error?.description ?? ""
        #expect(text.contains("stance.safetensors"))
        #expect(text.contains("make model"))
    }

    @Test(arguments: ["bin/claimwatch", ".build/x86_64-unknown-linux-gnu/release/claimwatch"])
    func theFolderIsFoundBesideTheBinary(_ binary: String) throws {
        // An installed layout (PREFIX/bin, PREFIX/share/claimwatch/models) and a build tree's.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = binary.hasPrefix("bin/") ? folder.appendingPathComponent("share/claimwatch/models")
                                              : folder.appendingPathComponent(".build/models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try Data().write(to: models.appendingPathComponent("stance.safetensors"))
        let files = StanceModelFiles.located(environment: [:], executable: folder.appendingPathComponent(binary))
        #expect(files.directory.standardizedFileURL.path == models.standardizedFileURL.path)
    }

    @Test func theEnvironmentVariableWinsOverTheBinaryPath() {
        let files = StanceModelFiles.located(environment: ["CLAIMWATCH_MODEL_DIR": "/opt/models"],
                                             executable: URL(fileURLWithPath: "/usr/bin/claimwatch"))
        #expect(files.directory.path == "/opt/models")
        #expect(files.overlay.path == "/opt/models/stance.safetensors")
    }
}
