import ClaimwatchModel

/// Resolves definite descriptions to the entity they name: "the central bank" is the Central Bank
/// of Norvessa (every word of the description is in one entity's name), "the commission" is the
/// Medicines Oversight Commission (a lone noun that ends one multi-word name). An ambiguous
/// description resolves to nothing.
struct EntityDescriptions: Sendable {
    private let names: [(entity: String, words: [String])]
    private let heads: [String: String]

    init(_ entities: [WatchedEntity]) {
        names = entities.flatMap { entity in
            entity.names.map { (entity.id, Tokenizer.tokens($0).filter(\.isWord).map(\.base)) }
        }.filter { $0.words.count >= 2 }
        var heads: [String: String] = [:]
        var ambiguous = Set<String>()
        for (entity, words) in names {
            guard let head = words.last else { continue }
            if let other = heads[head], other != entity { ambiguous.insert(head) }
            heads[head] = entity
        }
        self.heads = heads.filter { !ambiguous.contains($0.key) }
    }

    /// The entity the description's words (after the article, head noun last) name, if exactly one.
    func entity(for words: [String]) -> String? {
        guard let head = words.last else { return nil }
        guard words.count >= 2 else { return heads[head] }
        // Every modifier must be in the name too: "the oversight bank" names no bank we watch.
        let matching = Set(names.filter { name in words.allSatisfy(name.words.contains) }.map(\.entity))
        return matching.count == 1 ? matching.first : nil
    }
}
