/// Finds phrases (topic keywords, quantity nouns) in a sentence's tokens by comparing word
/// stems, so inflected forms match ("deployment" finds "deployed", "cracks" finds "cracked").
struct PhraseMatcher: Sendable {
    /// Each phrase as the stems of its words.
    let phrases: [[String]]
    /// Whether a multi-word phrase also matches its words in another order, close together:
    /// the keyword "fan blade cracks" in "cracks in fan blades".
    let loose: Bool
    /// `root` of each phrase word, computed once (matching runs for every sentence).
    private let roots: [[String?]]

    init(_ phrases: [String], loose: Bool = false) {
        self.loose = loose
        self.phrases = phrases
            .map { Tokenizer.tokens($0).filter(\.isWord).map(\.stem) }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        roots = self.phrases.map { $0.map(Self.root) }
    }

    /// Every match as a half-open range of token indices, longest phrases first, not overlapping.
    func matches(in tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var taken = Set<Int>()
        var tokenRoots: [String?]?
        // A token matches a phrase word by stem, agent noun, or (computed on first need) root.
        func same(_ position: Int, _ phrase: Int, _ word: Int) -> Bool {
            let text = tokens[position].stem, wanted = phrases[phrase][word]
            if text == wanted || Self.agentNoun(text, of: wanted) { return true }
            guard let root = roots[phrase][word] else { return false }
            if tokenRoots == nil { tokenRoots = tokens.map { $0.isWord ? Self.root($0.stem) : nil } }
            return tokenRoots![position] == root
        }
        for (index, phrase) in phrases.enumerated() {
            var start = 0
            while start + phrase.count <= tokens.count {
                let range = start..<(start + phrase.count)
                if !range.contains(where: taken.contains),
                   range.allSatisfy({ tokens[$0].isWord }),
                   (0..<phrase.count).allSatisfy({ same(start + $0, index, $0) }) {
                    found.append(range)
                    taken.formUnion(range)
                    start += phrase.count
                } else {
                    start += 1
                }
            }
        }
        if loose {
            for (index, phrase) in phrases.enumerated() where phrase.count >= 2 {
                let window = phrase.count + 3
                for start in tokens.indices where !taken.contains(start) && tokens[start].isWord
                    && phrase.indices.contains(where: { same(start, index, $0) }) {
                    let end = min(tokens.count, start + window)
                    let span = start..<end
                    var positions: [Int] = []
                    for word in phrase.indices {
                        guard let position = span.first(where: { tokens[$0].isWord && !positions.contains($0) && !taken.contains($0)
                            && same($0, index, word) }) else { break }
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

    /// "hacker" of "hack": a text stem also matches the agent noun of a phrase stem.
    static func agentNoun(_ text: String, of phrase: String) -> Bool {
        text.utf8.count == phrase.utf8.count + 2 && phrase.utf8.count >= 4 && text.hasSuffix("er") && text.hasPrefix(phrase)
    }

    /// The verb a keyword's nominalisation comes from, so "intervention" finds "intervened" and
    /// "resignation" finds "resigned" (stems are "interven", "resign"). Only for keyword
    /// matching: the stance lexicon keeps nouns and verbs apart.
    static func root(_ stem: String) -> String? {
        let length = stem.utf8.count
        guard length >= 7 else { return length >= 5 ? stem : nil }
        if stem.hasSuffix("ation") { return String(stem.dropLast(5)) }
        if stem.hasSuffix("ction") { return String(stem.dropLast(3)) }
        if stem.hasSuffix("ntion") { return String(stem.dropLast(4)) }
        return stem
    }
}

extension PhraseMatcher {
    /// A matcher for a quantity's nouns with their synonyms and irregular singulars (see
    /// `QuantityNouns.expand`): "troops" also finds "soldiers", "people" also "person".
    init(quantityNouns nouns: [String]) {
        self.init(QuantityNouns.expand(nouns))
    }
}
