import COpenBLAS
import Foundation

/// The BERT encoder's forward pass (HuggingFace `BertModel` without its pooler), in float32 with
/// the matrix products through OpenBLAS's `cblas_sgemm`.
///
/// A batch is *packed*: the sequences' token rows follow one another with no padding, every
/// position-wise step (projections, LayerNorm, GELU) runs once over all rows, and attention runs
/// per sequence over that sequence's own tokens. This is what a batch padded to its longest
/// sequence computes under the attention mask (a masked key gets weight exactly 0 in float32),
/// without the work on the padding rows.
///
/// The weights are immutable after loading, so one encoder serves any number of threads; each
/// call works in its own `BertWorkspace`.
public struct BertEncoder: Sendable {
    /// The sizes of the model.
    public struct Configuration: Sendable, Equatable {
        public var hiddenSize: Int
        public var attentionHeads: Int
        public var intermediateSize: Int
        public var layerCount: Int
        public var vocabularySize: Int
        public var maxPositions: Int
        public var typeVocabularySize: Int
        public var layerNormEpsilon: Float = 1e-12
    }

    public let configuration: Configuration
    let wordEmbeddings: [Float], positionEmbeddings: [Float], typeEmbeddings: [Float]
    let embeddingNormWeight: [Float], embeddingNormBias: [Float]
    let layers: [BertLayerWeights]

    /// Loads the encoder through `load(name, shape)`, which returns a tensor (HF `BertModel`
    /// names, e.g. `encoder.layer.0.attention.self.query.weight`) or throws. The sizes come from
    /// `configuration`.
    public init(configuration: Configuration, load: (String, [Int]) throws -> [Float]) throws {
        self.configuration = configuration
        let hidden = configuration.hiddenSize
        guard configuration.attentionHeads > 0, hidden % configuration.attentionHeads == 0 else {
            throw ModelError.badWeights(file: "encoder", detail: "hidden size \(hidden) is not a multiple of \(configuration.attentionHeads) heads")
        }
        wordEmbeddings = try load("embeddings.word_embeddings.weight", [configuration.vocabularySize, hidden])
        positionEmbeddings = try load("embeddings.position_embeddings.weight", [configuration.maxPositions, hidden])
        typeEmbeddings = try load("embeddings.token_type_embeddings.weight", [configuration.typeVocabularySize, hidden])
        embeddingNormWeight = try load("embeddings.LayerNorm.weight", [hidden])
        embeddingNormBias = try load("embeddings.LayerNorm.bias", [hidden])
        layers = try (0..<configuration.layerCount).map {
            try BertLayerWeights(index: $0, hidden: hidden, intermediate: configuration.intermediateSize, load: load)
        }
    }

    /// The sizes of the BERT model in `file`, read from its tensors' shapes; the head count is not
    /// in the shapes and is given.
    public static func configuration(of file: SafeTensors, attentionHeads: Int) throws -> Configuration {
        func shape(_ name: String, rank: Int) throws -> [Int] {
            let entry = try file.entry(name)
            guard entry.shape.count == rank else {
                throw SafeTensorsError.badTensor(file: file.file, name: name, detail: "shape \(entry.shape), expected rank \(rank)")
            }
            return entry.shape
        }
        let words = try shape("embeddings.word_embeddings.weight", rank: 2)
        let positions = try shape("embeddings.position_embeddings.weight", rank: 2)
        let types = try shape("embeddings.token_type_embeddings.weight", rank: 2)
        let intermediate = try shape("encoder.layer.0.intermediate.dense.weight", rank: 2)
        var layerCount = 0
        while file.entries["encoder.layer.\(layerCount).attention.self.query.weight"] != nil { layerCount += 1 }
        return Configuration(hiddenSize: words[1], attentionHeads: attentionHeads, intermediateSize: intermediate[0],
                             layerCount: layerCount, vocabularySize: words[0], maxPositions: positions[0],
                             typeVocabularySize: types[0])
    }

    /// Runs the encoder over `batch`; the last hidden states are left in `workspace.hidden`,
    /// sequence after sequence (`workspace.rowStarts[i]` is sequence i's first row).
    /// Ids outside the vocabulary and sequences longer than the position table are clamped so a
    /// bad input cannot read out of bounds; the tokenizer never makes them.
    public func run(_ batch: [TokenizedPair], in workspace: BertWorkspace) {
        let hidden = configuration.hiddenSize
        workspace.prepare(batch: batch, configuration: configuration)
        let rows = workspace.rowCount
        guard rows > 0 else { return }
        embed(batch, into: workspace.hidden)
        for layer in layers {
            attention(layer, workspace: workspace)
            // Attention output: dense, then LayerNorm(dense + input).
            linear(workspace.context, rows: rows, inputs: hidden, weight: layer.attentionOutputWeight,
                   bias: layer.attentionOutputBias, outputs: hidden, into: workspace.projected)
            addAndNormalize(workspace.projected, residual: workspace.hidden, rows: rows,
                            weight: layer.attentionNormWeight, bias: layer.attentionNormBias)
            // Feed-forward: dense, GELU, dense, then LayerNorm(dense + attention output).
            linear(workspace.hidden, rows: rows, inputs: hidden, weight: layer.intermediateWeight,
                   bias: layer.intermediateBias, outputs: configuration.intermediateSize, into: workspace.intermediate)
            Self.gelu(workspace.intermediate, count: rows * configuration.intermediateSize)
            linear(workspace.intermediate, rows: rows, inputs: configuration.intermediateSize, weight: layer.outputWeight,
                   bias: layer.outputBias, outputs: hidden, into: workspace.projected)
            addAndNormalize(workspace.projected, residual: workspace.hidden, rows: rows,
                            weight: layer.outputNormWeight, bias: layer.outputNormBias)
        }
    }

    /// word + position + token type embeddings, then LayerNorm.
    private func embed(_ batch: [TokenizedPair], into output: UnsafeMutablePointer<Float>) {
        let hidden = configuration.hiddenSize
        let vocabulary = configuration.vocabularySize, positions = configuration.maxPositions
        let types = configuration.typeVocabularySize
        wordEmbeddings.withUnsafeBufferPointer { words in
            positionEmbeddings.withUnsafeBufferPointer { position in
                typeEmbeddings.withUnsafeBufferPointer { type in
                    var row = output
                    for sequence in batch {
                        for p in 0..<sequence.count {
                            let word = words.baseAddress! + hidden * min(max(Int(sequence.ids[p]), 0), vocabulary - 1)
                            let place = position.baseAddress! + hidden * min(p, positions - 1)
                            let kind = type.baseAddress! + hidden * min(max(Int(sequence.typeIds[p]), 0), types - 1)
                            for j in 0..<hidden { row[j] = word[j] + place[j] + kind[j] }
                            row += hidden
                        }
                    }
                }
            }
        }
        let rows = batch.reduce(0) { $0 + $1.count }
        normalize(output, rows: rows, weight: embeddingNormWeight, bias: embeddingNormBias)
    }

    /// Self-attention: one projection to queries, keys and values for all rows, then per sequence
    /// and head softmax(q·kᵀ/√d)·v into `workspace.context`.
    private func attention(_ layer: BertLayerWeights, workspace: BertWorkspace) {
        let hidden = configuration.hiddenSize
        let heads = configuration.attentionHeads
        let headSize = hidden / heads
        let stride = 3 * hidden
        linear(workspace.hidden, rows: workspace.rowCount, inputs: hidden, weight: layer.qkvWeight,
               bias: layer.qkvBias, outputs: stride, into: workspace.qkv)
        let scale = 1 / Float(headSize).squareRoot()
        let scores = workspace.scores
        for sequence in 0..<workspace.sequenceCount {
            let start = workspace.rowStarts[sequence]
            let n = Int32(workspace.rowStarts[sequence + 1] - start)
            for head in 0..<heads {
                let query = workspace.qkv + start * stride + head * headSize
                let key = query + hidden
                let value = query + 2 * hidden
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, n, n, Int32(headSize), scale,
                            query, Int32(stride), key, Int32(stride), 0, scores, n)
                Self.softmaxRows(scores, rows: Int(n), columns: Int(n))
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, Int32(headSize), n, 1,
                            scores, n, value, Int32(stride), 0,
                            workspace.context + start * hidden + head * headSize, Int32(hidden))
            }
        }
    }

    /// output[rows, outputs] = input[rows, inputs] · weightᵀ + bias (weight is `[outputs, inputs]`).
    private func linear(_ input: UnsafeMutablePointer<Float>, rows: Int, inputs: Int, weight: [Float], bias: [Float],
                        outputs: Int, into output: UnsafeMutablePointer<Float>) {
        bias.withUnsafeBufferPointer { bias in
            for row in 0..<rows {
                (output + row * outputs).update(from: bias.baseAddress!, count: outputs)
            }
        }
        weight.withUnsafeBufferPointer { weight in
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(outputs), Int32(inputs), 1,
                        input, Int32(inputs), weight.baseAddress, Int32(inputs), 1, output, Int32(outputs))
        }
    }

    /// residual ← LayerNorm(x + residual).
    private func addAndNormalize(_ x: UnsafeMutablePointer<Float>, residual: UnsafeMutablePointer<Float>, rows: Int,
                                 weight: [Float], bias: [Float]) {
        let count = rows * configuration.hiddenSize
        for i in 0..<count { residual[i] += x[i] }
        normalize(residual, rows: rows, weight: weight, bias: bias)
    }

    /// LayerNorm of each row in place: (x − mean)/√(var + ε)·weight + bias, the biased variance.
    private func normalize(_ x: UnsafeMutablePointer<Float>, rows: Int, weight: [Float], bias: [Float]) {
        let hidden = configuration.hiddenSize
        let epsilon = configuration.layerNormEpsilon
        weight.withUnsafeBufferPointer { weight in
            bias.withUnsafeBufferPointer { bias in
                for r in 0..<rows {
                    let row = x + r * hidden
                    var sum: Float = 0
                    for j in 0..<hidden { sum += row[j] }
                    let mean = sum / Float(hidden)
                    var squares: Float = 0
                    for j in 0..<hidden {
                        let d = row[j] - mean
                        squares += d * d
                    }
                    let inverse = 1 / (squares / Float(hidden) + epsilon).squareRoot()
                    for j in 0..<hidden { row[j] = (row[j] - mean) * inverse * weight[j] + bias[j] }
                }
            }
        }
    }

    private static func softmaxRows(_ x: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        for r in 0..<rows {
            let row = x + r * columns
            var largest = -Float.infinity
            for j in 0..<columns { largest = max(largest, row[j]) }
            var sum: Float = 0
            for j in 0..<columns {
                let e = expf(row[j] - largest)
                row[j] = e
                sum += e
            }
            let inverse = 1 / sum
            for j in 0..<columns { row[j] *= inverse }
        }
    }

    /// The exact GELU, x·Φ(x) = x/2·(1 + erf(x/√2)), as BERT's `hidden_act: gelu` (not the tanh
    /// approximation), with erf from `erf(_:)`.
    static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        let inverseRoot2: Float = 0.70710678118654752440
        for i in 0..<count {
            let v = x[i]
            x[i] = 0.5 * v * (1 + erf(v * inverseRoot2))
        }
    }

    /// erf to within 4e-7 (a few float ulps; glibc's erff is within one) as x·P(x²)/Q(x²) on
    /// [−3.92, 3.92] (beyond, erf is 1 to float precision). Branch-free, so the
    /// loop in `gelu` vectorises, which glibc's erff, a call per element, does not: it was 16 % of
    /// the forward pass. The coefficients are a least-squares rational fit to erf
    /// (InferenceTests checks the error against glibc's erff over the whole float range used).
    @inline(__always)
    static func erf(_ x: Float) -> Float {
        let limit: Float = 3.92
        let c = x < -limit ? -limit : (x > limit ? limit : x)
        let z = c * c
        var p: Float = 1.9915689170997216e-08
        p = p * z - 1.975817813350535e-06
        p = p * z + 0.00014542778985916706
        p = p * z + 0.00383763764722889
        p = p * z + 0.05098449304789511
        p = p * z + 0.2030318211699055
        p = p * z + 1.128378933182838
        var q: Float = 0.0009902054906564743
        q = q * z + 0.01462125028789722
        q = q * z + 0.11628466842681215
        q = q * z + 0.5132623708904424
        q = q * z + 1
        let e = c * p / q
        return e > 1 ? 1 : (e < -1 ? -1 : e)
    }
}
