/// The scratch buffers of one forward pass, sized for the largest batch seen and reused: a
/// caller running many batches (as `StanceClassifier` does) allocates once. Not shareable
/// between threads; each concurrent call uses its own.
public final class BertWorkspace {
    /// The last hidden states after `BertEncoder.run`, `rowCount × hiddenSize`, row-major.
    public private(set) var hidden: UnsafeMutablePointer<Float>
    /// Sequence i has rows `rowStarts[i] ..< rowStarts[i + 1]`.
    public private(set) var rowStarts: [Int] = [0]
    public private(set) var rowCount = 0
    public var sequenceCount: Int { rowStarts.count - 1 }

    private(set) var qkv: UnsafeMutablePointer<Float>
    private(set) var context: UnsafeMutablePointer<Float>
    private(set) var projected: UnsafeMutablePointer<Float>
    private(set) var intermediate: UnsafeMutablePointer<Float>
    private(set) var scores: UnsafeMutablePointer<Float>
    private var rowCapacity = 0, scoreCapacity = 0
    private var hiddenSize = 0, intermediateSize = 0

    public init() {
        hidden = .allocate(capacity: 1)
        qkv = .allocate(capacity: 1)
        context = .allocate(capacity: 1)
        projected = .allocate(capacity: 1)
        intermediate = .allocate(capacity: 1)
        scores = .allocate(capacity: 1)
    }

    deinit {
        for buffer in [hidden, qkv, context, projected, intermediate, scores] { buffer.deallocate() }
    }

    /// Lays out `batch` and makes sure every buffer is large enough for it.
    func prepare(batch: [TokenizedPair], configuration: BertEncoder.Configuration) {
        rowStarts.removeAll(keepingCapacity: true)
        rowStarts.append(0)
        var longest = 0
        for sequence in batch {
            rowStarts.append(rowStarts[rowStarts.count - 1] + sequence.count)
            longest = max(longest, sequence.count)
        }
        rowCount = rowStarts[rowStarts.count - 1]
        if rowCount > rowCapacity || configuration.hiddenSize != hiddenSize || configuration.intermediateSize != intermediateSize {
            rowCapacity = max(rowCount, rowCapacity)
            hiddenSize = configuration.hiddenSize
            intermediateSize = configuration.intermediateSize
            for buffer in [hidden, qkv, context, projected, intermediate] { buffer.deallocate() }
            hidden = .allocate(capacity: max(1, rowCapacity * hiddenSize))
            qkv = .allocate(capacity: max(1, rowCapacity * 3 * hiddenSize))
            context = .allocate(capacity: max(1, rowCapacity * hiddenSize))
            projected = .allocate(capacity: max(1, rowCapacity * hiddenSize))
            intermediate = .allocate(capacity: max(1, rowCapacity * intermediateSize))
        }
        if longest * longest > scoreCapacity {
            scoreCapacity = longest * longest
            scores.deallocate()
            scores = .allocate(capacity: scoreCapacity)
        }
    }
}
