import Foundation

/// The claims stance model: which stance (`labels`, e.g. none, affirm, deny, evade) the passage b
/// of a pair takes towards the topic a, for the entity whose mentions b wraps as `[ name ]`.
///
/// The encoder is the base MiniLM/BERT model (`model.safetensors` and `vocab.txt` in the base
/// directory) with the fine-tuned tensors of the *overlay* file replacing the base's of the same
/// name; the overlay also holds the head (`head.weight` `[labels, 2·hidden]`, `head.bias`) and, in
/// its `__metadata__`, `labels` (comma-separated, in the head's row order), `max_length` and
/// optionally `num_attention_heads` (default 12). The features of a pair are the mean of the last
/// hidden states over all its tokens, then their mean over the `[` tokens of segment b (zeros
/// when b has none), the same function as `training/stance_model.py`.
///
/// Immutable once loaded: one classifier may be used from any number of threads at once.
public struct StanceClassifier: Sendable {
    /// The stance labels, in the order of the logits.
    public let labels: [String]
    /// Pairs are cut (b from its end) to this many tokens.
    public let maxLength: Int
    public let tokenizer: WordPieceTokenizer
    public let encoder: BertEncoder
    /// The id of `[`, the token that opens a mention of the entity in segment b.
    public let markerID: Int32
    let headWeight: [Float], headBias: [Float]

    /// Loads the base model from `baseDirectory` (`model.safetensors`, `vocab.txt`) and the
    /// fine-tuned tensors and head from `overlay`; throws `SafeTensorsError` or `ModelError`.
    public init(baseDirectory: URL, overlay: URL) throws {
        let base = try SafeTensors(contentsOf: baseDirectory.appendingPathComponent("model.safetensors"))
        let top = try SafeTensors(contentsOf: overlay)
        tokenizer = try WordPieceTokenizer(vocabulary: baseDirectory.appendingPathComponent("vocab.txt"))

        func metadata(_ key: String) throws -> String {
            guard let value = top.metadata[key] else {
                throw ModelError.badMetadata(file: top.file, key: key, detail: "missing")
            }
            return value
        }
        labels = try metadata("labels").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard labels.count >= 2, !labels.contains("") else {
            throw ModelError.badMetadata(file: top.file, key: "labels", detail: "expected comma-separated names, got \"\(try metadata("labels"))\"")
        }
        let heads: Int
        if let text = top.metadata["num_attention_heads"] {
            guard let value = Int(text), value > 0 else {
                throw ModelError.badMetadata(file: top.file, key: "num_attention_heads", detail: "\"\(text)\" is not a positive integer")
            }
            heads = value
        } else {
            heads = 12
        }
        let configuration = try BertEncoder.configuration(of: base, attentionHeads: heads)
        let lengthText = top.metadata["max_length"] ?? "128"
        guard let length = Int(lengthText), length >= 3, length <= configuration.maxPositions else {
            throw ModelError.badMetadata(file: top.file, key: "max_length",
                                         detail: "\"\(lengthText)\" is not a length from 3 to \(configuration.maxPositions)")
        }
        maxLength = length
        guard configuration.vocabularySize == tokenizer.vocabularySize else {
            throw ModelError.badWeights(file: base.file, detail: "\(configuration.vocabularySize) word embeddings for a vocabulary of \(tokenizer.vocabularySize) tokens")
        }
        guard let marker = tokenizer.id(of: "[") else {
            throw ModelError.badVocabulary(file: baseDirectory.appendingPathComponent("vocab.txt").path, detail: "no \"[\" token")
        }
        markerID = marker

        // Each tensor from the overlay when it has it, else from the base.
        var used: Set<String> = []
        func load(_ name: String, _ shape: [Int]) throws -> [Float] {
            used.insert(name)
            return try top.entries[name] != nil ? top.floats(name, shape: shape) : base.floats(name, shape: shape)
        }
        encoder = try BertEncoder(configuration: configuration, load: load)
        let features = 2 * configuration.hiddenSize
        headWeight = try top.floats("head.weight", shape: [labels.count, features])
        headBias = try top.floats("head.bias", shape: [labels.count])
        // An overlay tensor nothing reads is a naming mistake (say a "bert." prefix) that would
        // otherwise leave the base's weights in place without a word.
        let unknown = Set(top.names).subtracting(used).subtracting(["head.weight", "head.bias"])
        guard unknown.isEmpty else {
            throw ModelError.badWeights(file: top.file, detail: "tensors that are not in the model: \(unknown.sorted().joined(separator: ", "))")
        }
    }

    /// The encoder inputs of `pairs`, each cut to `maxLength`.
    public func encode(_ pairs: [(a: String, b: String)]) -> [TokenizedPair] {
        pairs.map { tokenizer.encodePair($0.a, $0.b, maxLength: maxLength) }
    }

    /// The stance probabilities of each pair (softmax of `logits`), in the order of `labels`.
    public func classify(_ pairs: [(a: String, b: String)], batchSize: Int = 16) -> [[Float]] {
        logits(pairs, batchSize: batchSize).map(Self.softmax)
    }

    /// The head's raw scores of each pair, in the order of `labels`.
    public func logits(_ pairs: [(a: String, b: String)], batchSize: Int = 16) -> [[Float]] {
        logits(encode(pairs), batchSize: batchSize)
    }

    /// The head's raw scores of each encoded pair, run `batchSize` at a time.
    public func logits(_ inputs: [TokenizedPair], batchSize: Int = 16) -> [[Float]] {
        let workspace = BertWorkspace()
        var result: [[Float]] = []
        result.reserveCapacity(inputs.count)
        var features = [Float](repeating: 0, count: 2 * encoder.configuration.hiddenSize)
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(start + max(1, batchSize), inputs.count)])
            encoder.run(batch, in: workspace)
            for (index, sequence) in batch.enumerated() {
                self.features(of: sequence, rows: workspace.hidden + workspace.rowStarts[index] * encoder.configuration.hiddenSize,
                              into: &features)
                result.append(head(features))
            }
            start += batch.count
        }
        return result
    }

    /// concat(mean over all tokens, mean over the `[` tokens of segment b or zeros).
    private func features(of sequence: TokenizedPair, rows: UnsafeMutablePointer<Float>, into features: inout [Float]) {
        let hidden = encoder.configuration.hiddenSize
        features.withUnsafeMutableBufferPointer { out in
            for j in 0..<(2 * hidden) { out[j] = 0 }
            for p in 0..<sequence.count {
                let row = rows + p * hidden
                for j in 0..<hidden { out[j] += row[j] }
            }
            let all = 1 / Float(max(1, sequence.count))
            for j in 0..<hidden { out[j] *= all }
            var markers = 0
            for p in sequence.segmentBStart..<sequence.count where sequence.ids[p] == markerID {
                let row = rows + p * hidden
                for j in 0..<hidden { out[hidden + j] += row[j] }
                markers += 1
            }
            if markers > 0 {
                let inverse = 1 / Float(markers)
                for j in hidden..<(2 * hidden) { out[j] *= inverse }
            }
        }
    }

    private func head(_ features: [Float]) -> [Float] {
        let width = features.count
        return (0..<labels.count).map { label in
            var sum = headBias[label]
            for j in 0..<width { sum += headWeight[label * width + j] * features[j] }
            return sum
        }
    }

    /// softmax, shifted by the largest logit so that exp cannot overflow.
    public static func softmax(_ logits: [Float]) -> [Float] {
        guard let largest = logits.max() else { return [] }
        let exps = logits.map { expf($0 - largest) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}
