import ClaimwatchModel

/// A sentence where an entity may take a stance on a topic: the unit the stance model decides.
public struct StanceCandidate: Sendable, Equatable {
    public var topic: String
    public var entity: String
    /// Index of the candidate sentence in the document's sentence list (the title first, if any).
    public var sentence: Int
    /// What the model reads.
    public var pair: StancePair

    public init(topic: String, entity: String, sentence: Int, pair: StancePair) {
        self.topic = topic
        self.entity = entity
        self.sentence = sentence
        self.pair = pair
    }
}

/// Builds the model's passage text: sentences joined by a space, the candidate entity's mentions
/// wrapped in `[ … ]`. Brackets already in the text become parentheses, so a marker is always ours.
enum PassageMarker {
    static let open = "["
    static let close = "]"

    /// `sentences` with, for each, the token ranges to mark.
    static func passage(_ sentences: [(text: String, tokens: [Token], marked: [Range<Int>])]) -> String {
        sentences.map { sentence in
            let scalars = Array(sentence.text.unicodeScalars)
            // Scalar offsets where a marker opens or closes.
            var opens = Set<Int>(), closes = Set<Int>()
            for range in sentence.marked where !range.isEmpty {
                opens.insert(sentence.tokens[range.lowerBound].start)
                closes.insert(sentence.tokens[range.upperBound - 1].end)
            }
            var out = String.UnicodeScalarView()
            for (offset, scalar) in scalars.enumerated() {
                if closes.contains(offset) { out.append(contentsOf: " \(close)".unicodeScalars) }
                if opens.contains(offset) { out.append(contentsOf: "\(open) ".unicodeScalars) }
                switch scalar {
                case "[": out.append("(")
                case "]": out.append(")")
                default: out.append(scalar)
                }
            }
            if closes.contains(scalars.count) { out.append(contentsOf: " \(close)".unicodeScalars) }
            return String(out)
        }
        .joined(separator: " ")
    }
}
