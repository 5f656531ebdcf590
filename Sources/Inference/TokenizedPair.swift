/// One encoded input of the encoder: `[CLS] a [SEP]` or `[CLS] a [SEP] b [SEP]`.
public struct TokenizedPair: Sendable, Equatable {
    /// Vocabulary ids, special tokens included.
    public var ids: [Int32]
    /// 0 for `[CLS]`, segment a and its `[SEP]`; 1 for segment b and the final `[SEP]`.
    public var typeIds: [Int32]
    /// The number of tokens before segment b: `[CLS]`, a's tokens and the first `[SEP]`.
    public var segmentBStart: Int

    public init(ids: [Int32], typeIds: [Int32], segmentBStart: Int) {
        self.ids = ids
        self.typeIds = typeIds
        self.segmentBStart = segmentBStart
    }

    /// The number of tokens.
    public var count: Int { ids.count }
}
