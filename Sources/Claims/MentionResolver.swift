import ClaimwatchModel

/// Adds the mentions that refer back to an entity named earlier in the same paragraph:
///
/// | rule | what | example |
/// | --- | --- | --- |
/// | `description` | "the" + a `DescriptionNouns` noun the entity admits, or words of its own name (`EntityDescriptions`) | "the company", "the central bank", "the 52-year-old" |
/// | `pronoun` | a pronoun opening a sentence or clause | "It denied …", "…, but they declined …", "Its spokesman said" |
///
/// Conservative: a pronoun resolves only to the subject of the sentence before it (same
/// paragraph) or to the one entity that sentence names, and only when it fits (he/she/his/her
/// a person's name, it/its/they/their any other); a description only to the one entity of the
/// paragraph so far that admits it, or else to the last one named if that one admits it.
struct MentionResolver: Sendable {
    /// Pronouns that can stand for a watched entity, and whether they stand for a person.
    static let pronouns: [String: Bool] = [
        "it": false, "its": false, "they": false, "their": false,
        "he": true, "she": true, "his": true, "her": true,
    ]
    /// Possessive pronouns: they must precede a word ("Its spokesman", not "… of hers").
    static let possessivePronouns: Set<String> = ["its", "their", "his", "her"]
    /// What may come right before a pronoun that opens a clause ("said it would" leaves out
    /// its "that").
    static let clauseOpeners: Set<String> = [
        ",", ";", ":", "“", "”", "\"", "(", "—", "–", "but", "and", "while", "although", "though", "because", "since",
        "after", "before", "when", "as", "that", "saying", "adding", "yet", "so", "however", "meanwhile", "instead",
        "still", "later", "also", "said", "says",
    ]
    /// What may stand between the start of a sentence and the subject it opens with.
    static let subjectLead: Set<String> = ["the", "a", "an", "“", "\"", "but", "and", "however", "meanwhile", "yet", "still", "so", "now", "then"]
    /// Words after "it" that make it a dummy subject ("It is unclear", "It emerged that …")
    /// unless an -ing verb follows ("It is reviewing …").
    static let dummyItVerbs: Set<String> = ["is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared", "emerged", "became"]
    /// Modals after which "be"/"been" makes "it" a dummy subject ("It has been reported").
    static let dummyItModals: Set<String> = ["has", "had", "will", "would", "could", "may", "might", "can", "should", "must"]
    /// Prepositions whose object is not the one entity a pronoun can take up: "Analysts in
    /// Tarn said … It …" does not make "It" Tarn (but "a spokesman for Kessler" does).
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "off", "on", "into", "onto", "across", "around", "throughout", "inside", "outside", "over",
        "under", "to", "toward", "towards", "within", "against", "with", "about", "between", "among", "during", "beyond", "via",
    ]

    private let descriptions: EntityDescriptions
    /// Per entity, the description nouns of its person names and of its other names.
    private let nouns: [String: (person: Set<String>, other: Set<String>)]

    init(_ entities: [WatchedEntity]) {
        descriptions = EntityDescriptions(entities)
        nouns = Dictionary(entities.map { ($0.id, DescriptionNouns.nouns(for: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// `mentions` (explicit, per sentence) with the descriptions and pronouns that refer back,
    /// each sentence's mentions by position. `paragraphs[i]` is sentence i's paragraph.
    func resolve(sentences: [[Token]], paragraphs: [Int], mentions: [[EntityMention]]) -> [[EntityMention]] {
        var result = mentions
        var named = Set<String>()
        for (index, tokens) in sentences.enumerated() {
            let paragraph = paragraphs.indices.contains(index) ? paragraphs[index] : index
            var own = result[index]
            // Mentions earlier in the paragraph, oldest first (this sentence's are added as found).
            var first = index
            while first > 0, paragraphs.indices.contains(first - 1), paragraphs[first - 1] == paragraph { first -= 1 }
            let history = result[first..<index].flatMap { $0 }
            let previous: (tokens: [Token], mentions: [EntityMention])? =
                index > 0 && paragraphs.indices.contains(index - 1) && paragraphs[index - 1] == paragraph
                ? (sentences[index - 1], result[index - 1]) : nil
            var position = 0
            while position < tokens.count {
                if own.contains(where: { $0.range.contains(position) }) {
                    position += 1
                    continue
                }
                if tokens[position].base == "the",
                   let (mention, length) = description(at: position, in: tokens, named: named, before: {
                       history + own.filter { $0.range.upperBound <= position }.sorted { $0.range.lowerBound < $1.range.lowerBound }
                   }) {
                    own.append(mention)
                    position += length
                    continue
                }
                if let mention = pronoun(at: position, in: tokens, own: own, previous: previous) {
                    own.append(mention)
                }
                position += 1
            }
            own.sort { $0.range.lowerBound < $1.range.lowerBound }
            result[index] = own
            named.formUnion(own.map(\.entity))
        }
        return result
    }

    // MARK: Descriptions

    /// The description that starts with the article at `position`, and its length; `before`
    /// gives the paragraph's mentions so far (built only when a description is found).
    private func description(at position: Int, in tokens: [Token], named: Set<String>, before earlier: () -> [EntityMention])
        -> (EntityMention, Int)? {
        guard tokens[position].base == "the", position + 1 < tokens.count else { return nil }
        // The lower-case words after the article, at most three.
        var words: [String] = []
        var end = position + 1
        while end < tokens.count, words.count < 3, tokens[end].isWord, !tokens[end].isCapitalized {
            words.append(tokens[end].base)
            if tokens[end].isPossessive { end += 1; break }
            end += 1
        }
        guard !words.isEmpty else { return nil }
        var cached: [EntityMention]?
        func before() -> [EntityMention] {
            if cached == nil { cached = earlier() }
            return cached!
        }
        // The entity's own name words first ("the central bank"), then the kind's nouns.
        for count in stride(from: words.count, through: 1, by: -1) {
            if let entity = descriptions.entity(for: Array(words.prefix(count))),
               named.contains(entity) || before().contains(where: { $0.entity == entity }) {
                return (EntityMention(entity: entity, range: position..<(position + 1 + count), rule: "description"), 1 + count)
            }
        }
        if let kind = kindDescription(at: position, words: words, before: before) { return kind }
        // Last, own name words with no antecedent ("the union" for the one watched union): a
        // passage quoted out of its article often names its speaker only so.
        for count in stride(from: words.count, through: 1, by: -1) {
            if let entity = descriptions.entity(for: Array(words.prefix(count))) {
                return (EntityMention(entity: entity, range: position..<(position + 1 + count), rule: "description"), 1 + count)
            }
        }
        return nil
    }

    /// An age ("the 52-year-old") or a kind's noun ("the company") that refers back to an entity
    /// named earlier in the paragraph.
    private func kindDescription(at position: Int, words: [String], before: () -> [EntityMention]) -> (EntityMention, Int)? {
        if Self.isAge(words[0]) {
            guard let entity = antecedent(before(), noun: DescriptionNouns.age, person: true) else { return nil }
            return (EntityMention(entity: entity, range: position..<(position + 2), rule: "description", person: true), 2)
        }
        // "the company", or past one hyphenated modifier: "the state-owned company".
        let offset = words.count >= 2 && words[0].contains("-") ? 1 : 0
        for noun in DescriptionNouns.byFirstWord[words[offset]] ?? [] where noun.count <= words.count - offset
            && words[offset..<(offset + noun.count)].elementsEqual(noun) {
            let next = position + 1 + offset + noun.count
            let text = noun.joined(separator: " ")
            let person = DescriptionNouns.personOnly.contains(text)
            guard let entity = antecedent(before(), noun: text, person: person) else { return nil }
            return (EntityMention(entity: entity, range: position..<next, rule: "description", person: person), next - position)
        }
        return nil
    }

    /// The one entity of `before` that admits `noun`, or the last named if it admits it.
    private func antecedent(_ before: [EntityMention], noun: String, person: Bool) -> String? {
        func admits(_ mention: EntityMention) -> Bool {
            guard let nouns = nouns[mention.entity] else { return false }
            return mention.person ? nouns.person.contains(noun) : nouns.other.contains(noun)
        }
        let fitting = Set(before.filter(admits).map(\.entity))
        if fitting.count == 1 { return fitting.first }
        if let last = before.last, admits(last) { return last.entity }
        return nil
    }

    /// "52-year-old".
    private static func isAge(_ word: String) -> Bool {
        guard word.hasSuffix("-year-old") else { return false }
        let number = word.dropLast("-year-old".count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    // MARK: Pronouns

    private func pronoun(at position: Int, in tokens: [Token], own: [EntityMention],
                         previous: (tokens: [Token], mentions: [EntityMention])?) -> EntityMention? {
        let token = tokens[position]
        // "It's" is "it is" (the tokenizer reads a possessive): never a speaker.
        guard token.isWord, !token.isPossessive, let person = Self.pronouns[token.base] else { return nil }
        guard Self.opensClause(at: position, in: tokens), position + 1 < tokens.count, tokens[position + 1].isWord else { return nil }
        if token.base == "it", Self.isDummy(after: position, in: tokens) { return nil }
        let earlier = own.filter { $0.range.upperBound <= position }
        let entity: String?
        if !earlier.isEmpty {
            // "Kessler said it …", "…, but it declined …": this sentence's own antecedent.
            entity = Self.antecedent(in: Array(tokens[..<position]), mentions: earlier, person: person)
        } else if let previous {
            entity = Self.antecedent(in: previous.tokens, mentions: previous.mentions, person: person)
        } else {
            entity = nil
        }
        return entity.map { EntityMention(entity: $0, range: position..<(position + 1), rule: "pronoun", person: person) }
    }

    /// The sentence's subject when it is an entity that fits the pronoun, else the one entity
    /// it names when that fits and is not the object of a place preposition.
    private static func antecedent(in tokens: [Token], mentions: [EntityMention], person: Bool) -> String? {
        if let subject = subject(in: tokens, mentions: mentions) {
            return subject.person == person ? subject.entity : nil
        }
        let entities = Set(mentions.map(\.entity))
        guard entities.count == 1, mentions.allSatisfy({ $0.person == person }) else { return nil }
        let governed = mentions.allSatisfy { mention in
            var before = mention.range.lowerBound - 1
            if before >= 0, ["the", "a", "an"].contains(tokens[before].base) { before -= 1 }
            return before >= 0 && placePrepositions.contains(tokens[before].base)
        }
        return governed ? nil : entities.first
    }

    /// The mention that opens the sentence (after determiners, quotes, connectives, or a
    /// leading adverbial that ends in a comma and names no entity): "On Monday, Kessler said".
    private static func subject(in tokens: [Token], mentions: [EntityMention]) -> EntityMention? {
        guard let first = mentions.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { return nil }
        let prefix = tokens[..<first.range.lowerBound]
        let lead = prefix.lastIndex(where: { $0.base == "," }).map { prefix[($0 + 1)...] } ?? prefix
        return lead.allSatisfy({ subjectLead.contains($0.base) }) ? first : nil
    }

    private static func opensClause(at position: Int, in tokens: [Token]) -> Bool {
        var before = position - 1
        // "But it …", "However, it …": a sentence-opening connective counts as the start.
        while before >= 0, subjectLead.contains(tokens[before].base), !["the", "a", "an"].contains(tokens[before].base) { before -= 1 }
        return before < 0 || clauseOpeners.contains(tokens[position - 1].base)
    }

    private static func isDummy(after position: Int, in tokens: [Token]) -> Bool {
        var next = position + 1
        func word(_ index: Int) -> String? { index < tokens.count && tokens[index].isWord ? tokens[index].base : nil }
        guard let verb = word(next) else { return false }
        if dummyItModals.contains(verb) {
            next += 1
            while let filler = word(next), ["not", "also", "still", "now", "already"].contains(filler) { next += 1 }
            guard let be = word(next), ["be", "been"].contains(be) else { return false }
        } else if !dummyItVerbs.contains(verb) {
            return false
        }
        next += 1
        while let filler = word(next), ["not", "also", "still", "now", "already", "being"].contains(filler) { next += 1 }
        // "It is reviewing the report" is the company at work.
        return !(word(next)?.hasSuffix("ing") ?? false)
    }
}
