/// Finds phrases (topic keywords, quantity nouns) in a sentence's tokens by comparing word
/// stems, so inflected forms match ("deployment" finds "deployed", "cracks" finds "cracked").
struct PhraseMatcher: Sendable {
    /// Each phrase as the stems of its words.
    let phrases: [[String]]
    /// Whether a multi-word phrase also matches its words in another order, close together:
    /// the keyword "fan blade cracks" in "cracks in fan blades".
    let loose: Bool

    init(_ phrases: [String], loose: Bool = false) {
        self.loose = loose
        self.phrases = phrases
            .map { Tokenizer.tokens($0).filter(\.isWord).map(\.stem) }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
    }

    /// Every match as a half-open range of token indices, longest phrases first, not overlapping.
    func matches(in tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var taken = Set<Int>()
        for phrase in phrases {
            var start = 0
            while start + phrase.count <= tokens.count {
                let range = start..<(start + phrase.count)
                if !range.contains(where: taken.contains),
                   zip(tokens[range], phrase).allSatisfy({ $0.isWord && Self.same($0.stem, $1) }) {
                    found.append(range)
                    taken.formUnion(range)
                    start += phrase.count
                } else {
                    start += 1
                }
            }
        }
        if loose {
            for phrase in phrases where phrase.count >= 2 {
                let window = phrase.count + 3
                for start in tokens.indices where !taken.contains(start) && phrase.contains(where: { Self.same(tokens[start].stem, $0) }) {
                    let end = min(tokens.count, start + window)
                    let span = start..<end
                    var positions: [Int] = []
                    for word in phrase {
                        guard let position = span.first(where: { tokens[$0].isWord && !positions.contains($0) && !taken.contains($0)
                            && Self.same(tokens[$0].stem, word) }) else { break }
                        positions.append(position)
                    }
                    guard positions.count == phrase.count, let last = positions.max(),
                          !(start...last).contains(where: { [",", ";", ".", ":"].contains(tokens[$0].base) }) else { continue }
                    found.append(start..<(last + 1))
                    taken.formUnion(start...last)
                }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A text stem matches a phrase stem itself or its agent noun ("hack" → "hacker").
    static func same(_ text: String, _ phrase: String) -> Bool {
        text == phrase || (phrase.count >= 4 && text.count == phrase.count + 2 && text.hasPrefix(phrase) && text.hasSuffix("er"))
            || root(text).map { $0 == root(phrase) } == true
    }

    /// The verb a keyword's nominalisation comes from, so "intervention" finds "intervened" and
    /// "resignation" finds "resigned" (stems are "interven", "resign"). Only for keyword
    /// matching: the stance lexicon keeps nouns and verbs apart.
    static func root(_ stem: String) -> String? {
        guard stem.count >= 7 else { return stem.count >= 5 ? stem : nil }
        if stem.hasSuffix("ation") { return String(stem.dropLast(5)) }
        if stem.hasSuffix("ction") { return String(stem.dropLast(3)) }
        if stem.hasSuffix("ntion") { return String(stem.dropLast(4)) }
        return stem
    }

    func occurs(in tokens: [Token], within range: Range<Int>? = nil) -> Bool {
        let all = matches(in: tokens)
        guard let range else { return !all.isEmpty }
        return all.contains { range.contains($0.lowerBound) }
    }
}
