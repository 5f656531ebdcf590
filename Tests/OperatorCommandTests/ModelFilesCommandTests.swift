import Foundation
import Testing

/// Every command that reads claims needs the stance model: without its files it names the file
/// and the command that makes it, and exits 1 (never reading claims by rules instead).
struct ModelFilesCommandTests {
    let directory: URL
    let configPath: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-model-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("empty-models"), withIntermediateDirectories: true)
        configPath = directory.appendingPathComponent("claimwatch.yaml").path
        try Data("""
            database: claimwatch.sqlite
            sources: []
            topics:
              - id: spill
                name: Osprey Lines spilled oil in the bay
                keywords: [spill]
            entities:
              - id: osprey
                names: [Osprey Lines]
            alerts: []
            """.utf8).write(to: URL(fileURLWithPath: configPath))
        try Data("Osprey Lines denied the spill on Monday.\n".utf8).write(to: directory.appendingPathComponent("article.txt"))
    }

    @Test(arguments: [["check", "--config"], ["once", "--config"], ["inspect", "article.txt", "--as", "text", "--config"]])
    func aMissingModelNamesTheFileAndMakeModels(_ arguments: [String]) async throws {
        let result = try await ClaimwatchProcess.run(arguments + [configPath], in: directory,
                                                     environment: ["CLAIMWATCH_MODEL_DIR": directory.appendingPathComponent("empty-models").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty-models/minilm-l6-h384/model.safetensors"))
        #expect(result.stderr.contains("make models"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("claimwatch.sqlite").path))
    }

    @Test func checkWithTheBuiltModelSaysWhereItIs() async throws {
        let result = try await ClaimwatchProcess.run(["check", "--config", configPath], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("stance model: "))
    }

    @Test func inspectExplainsEveryDecision() async throws {
        let result = try await ClaimwatchProcess.run(["inspect", "article.txt", "--as", "text", "--config", configPath, "--explain",
                                                      "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let explain = try #require(object["explain"] as? [String: Any])
        let sentences = try #require(explain["sentences"] as? [[String: Any]])
        let candidates = try #require(sentences.first?["candidates"] as? [[String: Any]])
        #expect(candidates.first?["entity"] as? String == "osprey")
        #expect(candidates.first?["passage"] as? String == "[ Osprey Lines ] denied the spill on Monday.")
        let probabilities = try #require(candidates.first?["probabilities"] as? [String: Double])
        #expect(abs(probabilities.values.reduce(0, +) - 1) < 1e-4)
        #expect(Set(probabilities.keys) == ["none", "affirm", "deny", "evade"])
    }
}
