import Foundation
import Testing
@testable import Inference

/// The Swift forward pass against torch (`Fixtures/logits.json`: the base model with the fixture
/// overlay, computed by training/make_fixtures.py through training/stance_model.py).
struct StanceClassifierTests {
    static let tolerance: Float = 1e-3

    struct Reference {
        var pairs: [(a: String, b: String)]
        var ids: [[Int32]]
        var markers: [Int]
        var logits: [[Float]]
        var labels: [String]
    }

    static func reference() throws -> Reference {
        let document = try PackageFiles.json("logits.json")
        let entries = try #require(document["pairs"] as? [[String: Any]])
        var reference = Reference(pairs: [], ids: [], markers: [], logits: [],
                                  labels: try #require(document["labels"] as? [String]))
        for entry in entries {
            reference.pairs.append((try #require(entry["a"] as? String), try #require(entry["b"] as? String)))
            reference.ids.append(try #require(entry["ids"] as? [Int]).map { Int32($0) })
            reference.markers.append(try #require(entry["markers"] as? Int))
            reference.logits.append(try #require(entry["logits"] as? [Double]).map { Float($0) })
        }
        return reference
    }

    static func classifier() throws -> StanceClassifier {
        try StanceClassifier(baseDirectory: PackageFiles.requireBaseModel(), overlay: PackageFiles.overlay)
    }

    static func maxDifference(_ x: [[Float]], _ y: [[Float]]) -> Float {
        zip(x, y).flatMap { zip($0, $1).map { abs($0 - $1) } }.max() ?? .infinity
    }

    @Test func logitsMatchTorch() throws {
        let classifier = try Self.classifier()
        let reference = try Self.reference()
        #expect(classifier.labels == reference.labels)
        #expect(classifier.labels == ["none", "affirm", "deny", "evade"])
        #expect(classifier.maxLength == 128)
        let inputs = classifier.encode(reference.pairs)
        #expect(inputs.map(\.ids) == reference.ids)
        for (input, markers) in zip(inputs, reference.markers) {
            #expect(input.ids[input.segmentBStart...].filter { $0 == classifier.markerID }.count == markers)
        }
        // One batch of all pairs, then batches of 5 and of 1: packing must not change a pair's result.
        for batchSize in [16, 5, 1] {
            let logits = classifier.logits(reference.pairs, batchSize: batchSize)
            #expect(logits.count == reference.logits.count)
            let difference = Self.maxDifference(logits, reference.logits)
            print("InferenceTests: batch \(batchSize): max |swift - torch| logit difference \(difference) over \(logits.count) pairs")
            #expect(difference <= Self.tolerance, "batch size \(batchSize)")
        }
    }

    @Test func probabilitiesAreTheSoftmaxOfTheLogits() throws {
        let classifier = try Self.classifier()
        let pairs = Array(try Self.reference().pairs.prefix(3))
        let probabilities = classifier.classify(pairs)
        let logits = classifier.logits(pairs)
        for (p, l) in zip(probabilities, logits) {
            #expect(abs(p.reduce(0, +) - 1) < 1e-5)
            #expect(p.firstIndex(of: p.max()!) == l.firstIndex(of: l.max()!))
        }
        #expect(classifier.classify([]).isEmpty)
    }

    @Test func concurrentCallersGetTheSameResults() async throws {
        let classifier = try Self.classifier()
        let pairs = try Self.reference().pairs
        let expected = classifier.logits(pairs, batchSize: 4)
        let results = await withTaskGroup(of: [[Float]].self) { group in
            for _ in 0..<4 { group.addTask { classifier.logits(pairs, batchSize: 4) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result == expected) }
    }

    @Test func overlayWithAnUnknownTensorIsRefused() throws {
        let base = try PackageFiles.requireBaseModel()
        var writer = SafeTensorsWriter()
        writer.metadata = ["labels": "none,affirm,deny,evade", "max_length": "128"]
        writer.add("head.weight", f32: [Float](repeating: 0, count: 4 * 768), shape: [4, 768])
        writer.add("head.bias", f32: [0, 0, 0, 0], shape: [4])
        writer.add("bert.encoder.layer.5.output.dense.bias", f32: [Float](repeating: 0, count: 384), shape: [384])
        let url = try SafeTensorsWriter.temporaryFile(writer.image(), name: "overlay")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ModelError.badWeights(file: url.path, detail: "tensors that are not in the model: bert.encoder.layer.5.output.dense.bias")) {
            try StanceClassifier(baseDirectory: base, overlay: url)
        }
        writer.tensors.removeLast()
        writer.metadata = ["max_length": "128"]
        let noLabels = try SafeTensorsWriter.temporaryFile(writer.image(), name: "overlay")
        defer { try? FileManager.default.removeItem(at: noLabels) }
        #expect(throws: ModelError.badMetadata(file: noLabels.path, key: "labels", detail: "missing")) {
            try StanceClassifier(baseDirectory: base, overlay: noLabels)
        }
    }
}
