import ClaimwatchModel

/// A place in a sentence where an entity is named.
struct EntityMention: Sendable, Equatable {
    var entity: String
    /// Token indices of the name.
    var range: Range<Int>
}

/// Finds entity names as whole words, longest name first, so "North Korea" never matches inside
/// "North Korean troops" and "Russian officials" wins over "Russia". A capitalised word of a name
/// matches only a capitalised word of the text.
struct EntityMatcher: Sendable {
    private struct Name: Sendable {
        var entity: String
        var words: [(base: String, capitalized: Bool)]
    }

    private let names: [Name]

    init(_ entities: [WatchedEntity]) {
        names = entities.flatMap { entity in
            entity.names.map { name in
                Name(entity: entity.id,
                     // "&" belongs to a name ("Kell & Marsh"); other punctuation does not.
                     words: Tokenizer.tokens(name).filter { $0.isWord || $0.text == "&" }.map { ($0.base, $0.isCapitalized) })
            }
        }
        .filter { !$0.words.isEmpty }
        .sorted { $0.words.count > $1.words.count }
    }

    func mentions(in tokens: [Token]) -> [EntityMention] {
        var found: [EntityMention] = []
        var taken = Set<Int>()
        for name in names {
            var start = 0
            while start + name.words.count <= tokens.count {
                let range = start..<(start + name.words.count)
                let matches = !range.contains(where: taken.contains) && zip(tokens[range], name.words).allSatisfy { token, word in
                    (token.isWord || token.text == "&") && token.base == word.base && (!word.capitalized || token.isCapitalized)
                }
                if matches {
                    found.append(EntityMention(entity: name.entity, range: range))
                    taken.formUnion(range)
                    start += name.words.count
                } else {
                    start += 1
                }
            }
        }
        // "the Front" after "the Sulmar Front": the capitalised head of a multi-word name, with
        // its article, refers to that entity when no other name claims the word.
        for name in names where name.words.count >= 2 && name.words.last?.capitalized == true {
            let head = name.words.last!.base
            for index in tokens.indices.dropFirst() where !taken.contains(index) && tokens[index].isCapitalized
                && tokens[index].base == head && tokens[index - 1].base == "the"
                && (index + 1 == tokens.count || !tokens[index + 1].isCapitalized) {
                found.append(EntityMention(entity: name.entity, range: index..<(index + 1)))
                taken.insert(index)
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
