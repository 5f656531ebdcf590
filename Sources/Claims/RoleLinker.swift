import ClaimwatchModel

/// Finds people who speak for a watched entity without being configured: a capitalised name of
/// two or three words tied to the entity by a role noun (`RoleNouns`). From then on the person's
/// full name and surname are mentions of the entity in the rest of the document (rule "role").
///
/// | pattern | example |
/// | --- | --- |
/// | entity ('s) role Name | "Veltrane's chief executive Maren Osterholt said", "Aurelle spokesman Jonas Ekwall" |
/// | Name, (the/its) role of/at/for entity | "Ilse Marenko, the governor of the central bank," |
/// | Name, entity('s) role | "Dana Whitcombe, Ventrel's spokeswoman," |
/// | its role Name | "its chief executive, Maren Osterholt," after the entity in the paragraph |
enum RoleLinker {
    /// Capitalised words that are not a person's name (days, months, titles of address).
    static let notNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an",
        "mr", "mrs", "ms", "dr", "on", "in", "at", "said", "told",
    ]

    static func link(sentences: [[Token]], paragraphs: [Int], mentions: [[EntityMention]]) -> [[EntityMention]] {
        var result = mentions
        // Learned names: folded words of the full name, and the surname alone.
        var learned: [(words: [String], entity: String)] = []
        var lastOrganisation: (entity: String, paragraph: Int)?
        for (index, tokens) in sentences.enumerated() {
            let paragraph = paragraphs.indices.contains(index) ? paragraphs[index] : index
            var own = result[index]
            // Names learned in earlier sentences (and earlier in this one).
            func taken(_ range: Range<Int>) -> Bool { own.contains { $0.range.overlaps(range) } }
            for (words, entity) in learned.sorted(by: { $0.words.count > $1.words.count }) {
                var start = 0
                while start + words.count <= tokens.count {
                    let range = start..<(start + words.count)
                    if !taken(range), zip(words, tokens[range]).allSatisfy({ $0 == $1.base && $1.isCapitalized }) {
                        own.append(EntityMention(entity: entity, range: range, rule: "role", person: true))
                        start += words.count
                    } else {
                        start += 1
                    }
                }
            }
            for (range, entity) in links(tokens, mentions: own, organisation: lastOrganisation?.paragraph == paragraph
                                             || lastOrganisation?.paragraph == paragraph - 1 ? lastOrganisation?.entity : nil)
            where !taken(range) {
                own.append(EntityMention(entity: entity, range: range, rule: "role", person: true))
                let words = tokens[range].map(\.base)
                learned.append((words, entity))
                if words.count >= 2 { learned.append(([words[words.count - 1]], entity)) }
            }
            own.sort { $0.range.lowerBound < $1.range.lowerBound }
            result[index] = own
            if let organisation = own.last(where: { $0.rule != "pronoun" && $0.rule != "role" }) {
                lastOrganisation = (organisation.entity, paragraph)
            }
        }
        return result
    }

    /// A capitalised name of two or three words starting at `position`.
    static func name(in tokens: [Token], at position: Int) -> Range<Int>? {
        var end = position
        while end < tokens.count, end - position < 3, tokens[end].isWord, tokens[end].isCapitalized,
              !tokens[end].isNumeric, !notNames.contains(tokens[end].base) {
            end += 1
        }
        return end - position >= 2 ? position..<end : nil
    }

    /// Whether a mention already ends with a role ("Veltrane spokesman", a name-body variant).
    static func endsWithRole(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { start in RoleNouns.role(in: tokens, at: start).map { start + $0 == range.upperBound } ?? false }
    }

    /// The (person name range, entity) pairs one sentence states.
    static func links(_ tokens: [Token], mentions: [EntityMention], organisation: String?) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        // Any named entity can have people speak for it (a person has a lawyer), so person-like
        // names count too; pronouns and people found by this rule do not.
        let organisations = mentions.filter { $0.rule != "pronoun" && $0.rule != "role" }
        // entity ('s) role Name
        for mention in organisations {
            var position = mention.range.upperBound
            if position < tokens.count, tokens[position].text == "'s" || tokens[position].text == "’s" { position += 1 }
            if let length = RoleNouns.role(in: tokens, at: position) {
                position += length
            } else if !endsWithRole(tokens, mention.range) {
                continue
            }
            if position < tokens.count, tokens[position].text == "," { position += 1 }
            if let person = name(in: tokens, at: position) { found.append((person, mention.entity)) }
        }
        // Name, (the/its) role of/at/for entity — or Name, entity('s) role
        var position = 0
        while position < tokens.count {
            guard let person = name(in: tokens, at: position) else { position += 1; continue }
            var next = person.upperBound
            if next < tokens.count, tokens[next].text == "," {
                next += 1
                if next < tokens.count, ["the", "its", "a"].contains(tokens[next].base) { next += 1 }
                if let length = RoleNouns.role(in: tokens, at: next) {
                    let after = next + length
                    if after < tokens.count, ["of", "at", "for"].contains(tokens[after].base),
                       let mention = organisations.first(where: { $0.range.lowerBound == after + 1
                           || ($0.range.lowerBound == after + 2 && tokens[after + 1].base == "the") }) {
                        found.append((person, mention.entity))
                    }
                } else if let mention = organisations.first(where: { $0.range.lowerBound == next }) {
                    var after = mention.range.upperBound
                    if after < tokens.count, tokens[after].text == "'s" || tokens[after].text == "’s" { after += 1 }
                    if RoleNouns.role(in: tokens, at: after) != nil || endsWithRole(tokens, mention.range) {
                        found.append((person, mention.entity))
                    }
                }
            }
            position = person.upperBound
        }
        // its role Name, or a bare role Name, for the organisation this paragraph is about
        if let organisation {
            for start in tokens.indices where !found.contains(where: { $0.0.lowerBound > start && $0.0.lowerBound - start <= 5 }) {
                let opensWithIts = tokens[start].base == "its" || tokens[start].base == "their"
                let roleStart = opensWithIts ? start + 1 : start
                guard opensWithIts || start == 0 || !tokens[start - 1].isCapitalized || tokens[start - 1].text == "," else { continue }
                guard let length = RoleNouns.role(in: tokens, at: roleStart),
                      !organisations.contains(where: { $0.range.upperBound == start || $0.range.upperBound + 1 == start }) else { continue }
                var after = roleStart + length
                if after < tokens.count, tokens[after].text == "," { after += 1 }
                if let person = name(in: tokens, at: after), !mentions.contains(where: { $0.range.overlaps(person) }) {
                    found.append((person, organisation))
                }
            }
        }
        return found
    }
}
