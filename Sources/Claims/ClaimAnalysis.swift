import ClaimwatchModel

/// A document's claims and how each decision was taken: what `inspect --explain` prints.
public struct ClaimAnalysis: Sendable {
    public var claims: [Claim]
    /// Every sentence that mentions an entity, a topic keyword or a quantity noun, per topic.
    public var sentences: [SentenceTrace]

    public init(claims: [Claim], sentences: [SentenceTrace]) {
        self.claims = claims
        self.sentences = sentences
    }
}

/// One sentence as the claims stage saw it for one topic.
public struct SentenceTrace: Sendable, Equatable, Codable {
    /// A name found in the sentence and the rule that found it.
    public struct Mention: Sendable, Equatable, Codable {
        public var entity: String
        public var text: String
        public var rule: String
    }

    /// A candidate the model read, its probabilities, and what was kept.
    public struct Decision: Sendable, Equatable, Codable {
        public var entity: String
        public var passage: String
        public var probabilities: StanceProbabilities
        /// The most probable label: "affirm", "deny", "evade" or "none".
        public var label: String
        /// Whether this decision is the entity's stance for the document (the most probable one wins).
        public var kept: Bool
    }

    /// Something that yields no candidate, and the rule that dropped it.
    public struct Dropped: Sendable, Equatable, Codable {
        public var entity: String?
        public var rule: String
    }

    /// A number the quantity rules kept.
    public struct Value: Sendable, Equatable, Codable {
        public var quantity: String
        public var value: Double
    }

    public var index: Int
    public var topic: String
    public var text: String
    public var mentions: [Mention]
    public var keywords: [String]
    public var quantityNouns: [String]
    public var decisions: [Decision] = []
    public var dropped: [Dropped] = []
    public var values: [Value] = []
}
