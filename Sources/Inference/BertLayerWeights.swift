/// The weights of one BERT encoder layer, row-major `[out, in]` as in HuggingFace's `BertLayer`,
/// with query, key and value stacked into one `[3·hidden, hidden]` matrix so that a single matrix
/// product projects all three.
struct BertLayerWeights: Sendable {
    var qkvWeight: [Float], qkvBias: [Float]
    var attentionOutputWeight: [Float], attentionOutputBias: [Float]
    var attentionNormWeight: [Float], attentionNormBias: [Float]
    var intermediateWeight: [Float], intermediateBias: [Float]
    var outputWeight: [Float], outputBias: [Float]
    var outputNormWeight: [Float], outputNormBias: [Float]

    /// Reads layer `index` through `load(name, shape)`.
    init(index: Int, hidden: Int, intermediate: Int, load: (String, [Int]) throws -> [Float]) throws {
        let prefix = "encoder.layer.\(index)."
        func tensor(_ name: String, _ shape: [Int]) throws -> [Float] { try load(prefix + name, shape) }
        qkvWeight = try tensor("attention.self.query.weight", [hidden, hidden])
            + tensor("attention.self.key.weight", [hidden, hidden])
            + tensor("attention.self.value.weight", [hidden, hidden])
        qkvBias = try tensor("attention.self.query.bias", [hidden])
            + tensor("attention.self.key.bias", [hidden])
            + tensor("attention.self.value.bias", [hidden])
        attentionOutputWeight = try tensor("attention.output.dense.weight", [hidden, hidden])
        attentionOutputBias = try tensor("attention.output.dense.bias", [hidden])
        attentionNormWeight = try tensor("attention.output.LayerNorm.weight", [hidden])
        attentionNormBias = try tensor("attention.output.LayerNorm.bias", [hidden])
        intermediateWeight = try tensor("intermediate.dense.weight", [intermediate, hidden])
        intermediateBias = try tensor("intermediate.dense.bias", [intermediate])
        outputWeight = try tensor("output.dense.weight", [hidden, intermediate])
        outputBias = try tensor("output.dense.bias", [hidden])
        outputNormWeight = try tensor("output.LayerNorm.weight", [hidden])
        outputNormBias = try tensor("output.LayerNorm.bias", [hidden])
    }
}
