import ClaimwatchModel

/// A place in a sentence where an entity is named.
struct EntityMention: Sendable, Equatable {
    var entity: String
    /// Token indices of the name.
    var range: Range<Int>
    /// The id of the rule that found it: an `EntityVariants` rule ("name", "demonym-body",
    /// "demonym-rule", "name-body", "surname"), "name-head" ("the Front"), or a
    /// `MentionResolver` rule ("description", "pronoun"), or "role" (`RoleLinker`).
    var rule: String = "name"
    /// Whether the mention names a person ("Ivo Brandt", "Brandt", "he"), which decides the
    /// pronouns and descriptions that can refer back to it.
    var person: Bool = false
}

/// Finds entity names and their variants (see `EntityVariants`) as whole words, longest first, so
/// "North Korea" never matches inside "North Korean troops" and "Russian officials" wins over
/// "Russia". Case and diacritics are folded ("Zurich" finds "Zürich"), but a capitalised word of
/// a name matches only a capitalised word of the text.
struct EntityMatcher: Sendable {
    private struct Pattern: Sendable {
        var entity: String
        var name: String
        var rule: String
        var person: Bool
        var requiresEarlier: String?
        var words: [(key: String, capitalized: Bool)]
    }

    private let patterns: [Pattern]
    /// Pattern indices by the key of their first word.
    private let byFirstWord: [String: [Int]]
    /// Topic keywords a mention must not lie inside (see `speakers(_:outside:)`).
    private let keywords: PhraseMatcher?
    private let resolver: MentionResolver

    /// A matcher for every name and variant of `entities`.
    init(_ entities: [WatchedEntity]) {
        self.init(entities: entities, keywordPhrases: [])
    }

    /// A matcher whose mentions leave out those inside a contiguous match of `keywordPhrases` (a
    /// topic's keywords; see `speakers(_:outside:)`): in a topic about "Russian military
    /// presence", "the Russian military presence grew" names no speaker.
    init(entities: [WatchedEntity], keywordPhrases: [String]) {
        var patterns: [Pattern] = []
        for entity in entities {
            for variant in EntityVariants(entity).variants {
                patterns.append(Pattern(entity: entity.id, name: variant.name, rule: variant.rule, person: variant.person,
                                        requiresEarlier: variant.requiresEarlier, words: Self.words(variant.text)))
            }
        }
        patterns.removeAll { $0.words.isEmpty }
        // A derived form two entities share ("Congolese officials", a common surname) names
        // neither; a configured name always stands.
        var owners: [String: Set<String>] = [:]
        for pattern in patterns { owners[Self.key(pattern), default: []].insert(pattern.entity) }
        patterns.removeAll { $0.rule != "name" && (owners[Self.key($0)]?.count ?? 0) > 1 }
        self.patterns = patterns
        var index: [String: [Int]] = [:]
        for (position, pattern) in patterns.enumerated() { index[pattern.words[0].key, default: []].append(position) }
        byFirstWord = index
        keywords = keywordPhrases.isEmpty ? nil : PhraseMatcher(keywordPhrases)
        resolver = MentionResolver(entities)
    }

    /// The mentions in one sentence, by position. Surnames need the document (see
    /// `mentions(inDocument:paragraphs:)`) and are not matched here.
    func mentions(in tokens: [Token]) -> [EntityMention] {
        var seen = Set<String>()
        return mentions(in: tokens, seenNames: &seen, surnames: false)
    }

    /// The mentions of every sentence of one document, by position: names and variants,
    /// surnames after their full name ("Brandt" once "Ivo Brandt" occurred), then what
    /// `MentionResolver` adds (descriptions and pronouns within a paragraph). `paragraphs[i]`
    /// is sentence i's paragraph number.
    func mentions(inDocument sentences: [[Token]], paragraphs: [Int]) -> [[EntityMention]] {
        var seen = Set<String>()
        let explicit = sentences.map { mentions(in: $0, seenNames: &seen, surnames: true) }
        let linked = RoleLinker.link(sentences: sentences, paragraphs: paragraphs, mentions: explicit)
        return resolver.resolve(sentences: sentences, paragraphs: paragraphs, mentions: linked)
    }

    /// `mentions` without those inside a keyword match: a name that is part of what the topic
    /// talks about ("Russian military" in "Russian military presence", "North Korean forces"
    /// when that is the keyword) is not a speaker. A keyword that is just a configured name
    /// ("Kessler" among the keywords) does not drop it. Pass contiguous matches
    /// (`PhraseMatcher(keywords).matches(in:)`, not `loose`): "the Russian military denied any
    /// presence" is the military speaking.
    static func speakers(_ mentions: [EntityMention], outside keywordMatches: [Range<Int>]) -> [EntityMention] {
        mentions.filter { mention in
            !keywordMatches.contains { match in
                match.contains(mention.range.lowerBound) && mention.range.upperBound <= match.upperBound
                    && (match.count > mention.range.count || mention.rule != "name")
            }
        }
    }

    private func mentions(in tokens: [Token], seenNames: inout Set<String>, surnames: Bool) -> [EntityMention] {
        let keys = tokens.map(Self.key)
        // Every match, then the longest first (leftmost among equals), none overlapping.
        var candidates: [(start: Int, pattern: Int)] = []
        for start in tokens.indices {
            guard let key = keys[start], let indices = byFirstWord[key] else { continue }
            for index in indices {
                let pattern = patterns[index]
                if !surnames && pattern.rule == "surname" { continue }
                guard start + pattern.words.count <= tokens.count else { continue }
                let fits = pattern.words.indices.allSatisfy { offset in
                    let word = pattern.words[offset]
                    return keys[start + offset] == word.key && (!word.capitalized || tokens[start + offset].isCapitalized)
                }
                if fits { candidates.append((start, index)) }
            }
        }
        candidates.sort { a, b in
            let lengthA = patterns[a.pattern].words.count, lengthB = patterns[b.pattern].words.count
            return lengthA != lengthB ? lengthA > lengthB : a.start != b.start ? a.start < b.start : a.pattern < b.pattern
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var accepted: [(start: Int, pattern: Int)] = []
        for candidate in candidates {
            let range = candidate.start..<(candidate.start + patterns[candidate.pattern].words.count)
            if range.contains(where: { taken[$0] }) { continue }
            accepted.append(candidate)
            for position in range { taken[position] = true }
        }
        accepted.sort { $0.start < $1.start }
        var found: [EntityMention] = []
        for (start, index) in accepted {
            let pattern = patterns[index]
            if let full = pattern.requiresEarlier, !seenNames.contains("\(pattern.entity)\u{0}\(full)") {
                for position in start..<(start + pattern.words.count) { taken[position] = false }
                continue
            }
            seenNames.insert("\(pattern.entity)\u{0}\(pattern.name)")
            found.append(EntityMention(entity: pattern.entity, range: start..<(start + pattern.words.count), rule: pattern.rule,
                                       person: pattern.person))
        }
        // "the Front" after "the Sulmar Front": the capitalised head of a multi-word name, with
        // its article, refers to that entity when no other name claims the word.
        for pattern in patterns where pattern.rule == "name" && !pattern.person && pattern.words.count >= 2
            && pattern.words.last?.capitalized == true {
            let head = pattern.words.last!.key
            for index in tokens.indices.dropFirst() where !taken[index] && tokens[index].isCapitalized
                && keys[index] == head && tokens[index - 1].base == "the"
                && (index + 1 == tokens.count || !tokens[index + 1].isCapitalized) {
                found.append(EntityMention(entity: pattern.entity, range: index..<(index + 1), rule: "name-head"))
                taken[index] = true
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        if let keywords {
            found = Self.speakers(found, outside: keywords.matches(in: tokens))
        }
        return found
    }

    /// The key a token matches by: folded words, "&" ("Kell & Marsh") and the dots of "U.S.".
    private static func key(_ token: Token) -> String? {
        if token.isWord { return NameFolding.fold(token.base) }
        return token.text == "&" || token.text == "." ? token.text : nil
    }

    private static func words(_ text: String) -> [(key: String, capitalized: Bool)] {
        var tokens = Tokenizer.tokens(text).filter { $0.isWord || $0.text == "&" || $0.text == "." }
        // A name's closing dot ("U.S.") may be the sentence's full stop in the text.
        while tokens.last?.text == "." { tokens.removeLast() }
        while tokens.first?.text == "." { tokens.removeFirst() }
        return tokens.compactMap { token in key(token).map { ($0, token.isCapitalized) } }
    }

    private static func key(_ pattern: Pattern) -> String {
        pattern.words.map(\.key).joined(separator: " ")
    }
}
