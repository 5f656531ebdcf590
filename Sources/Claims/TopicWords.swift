import ClaimwatchModel

/// The content words of a topic (its name and keywords, less function words and the entities'
/// own names), matched by stem and root. A document that uses enough of them is about the topic
/// even where it never writes a keyword: "reports of faulty brakes" for "Sola brake defect".
struct TopicWords: Sendable {
    /// Words that carry no topic: articles, prepositions, auxiliaries, pronouns, conjunctions.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by", "from", "at", "as", "into", "onto",
        "over", "under", "after", "before", "about", "against", "during", "between", "through", "off", "up", "down",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "its", "it", "their", "they", "his", "her", "he",
        "she", "this", "that", "these", "those", "not", "no", "than", "then", "there", "which", "who", "whom", "whose",
        "what", "s", "new", "more", "most", "some", "any", "all",
    ]

    private let matcher: PhraseMatcher
    /// How many distinct words a document must use.
    let needed: Int

    init(_ topic: WatchedTopic, entities: [WatchedEntity]) {
        let nameWords = Set(entities.flatMap { $0.names.flatMap { Tokenizer.tokens($0).filter(\.isWord).map(\.base) } })
        var seen = Set<String>()
        let words = ([topic.name] + topic.keywords).flatMap { Tokenizer.tokens($0).filter(\.isWord) }
            .filter { !Self.functionWords.contains($0.base) && !nameWords.contains($0.base) && !$0.isNumeric && $0.base.count > 2 }
            .filter { seen.insert($0.stem).inserted }
            .map(\.base)
        matcher = PhraseMatcher(words)
        // Two words, or the only one a short topic has.
        needed = min(2, words.count)
    }

    /// Whether the document's sentences use enough of the topic's words.
    func relevant(_ sentences: [[Token]]) -> Bool {
        guard needed > 0 else { return false }
        var found = Set<[String]>()
        for tokens in sentences {
            for range in matcher.matches(in: tokens) {
                found.insert(tokens[range].map(\.stem))
                if found.count >= needed { return true }
            }
        }
        return false
    }
}
