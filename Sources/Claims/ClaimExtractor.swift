import ClaimwatchModel

/// Turns a document's sentences into the claims that count for each watched topic: the current,
/// first-hand, on-topic stance of each entity, and each quantity's current value.
public struct ClaimExtractor: Sendable {
    private struct TopicMatchers: Sendable {
        var topic: WatchedTopic
        var keywords: PhraseMatcher
        /// Entities the keywords name, and the keywords' head nouns (see `StanceDetector`).
        var entities: Set<String> = []
        var heads: Set<String> = []
        var quantities: [(id: String, nouns: PhraseMatcher, countsHarm: Bool)]
    }

    private let topics: [TopicMatchers]
    private let entities: EntityMatcher
    private let descriptions: EntityDescriptions

    public init(topics: [WatchedTopic], entities: [WatchedEntity]) {
        let harm = StanceLexicon.stems(["death", "dead", "killed", "casualty", "fatality", "victim", "injured", "wounded", "injury"])
        let plain = topics.map { topic in
            TopicMatchers(topic: topic, keywords: PhraseMatcher(topic.keywords, loose: true),
                          quantities: topic.quantities.map { quantity in
                              let nouns = PhraseMatcher(quantity.nouns)
                              return (quantity.id, nouns, nouns.phrases.joined().contains(where: harm.contains))
                          })
        }
        self.topics = plain.map { matchers in
            var matchers = matchers
            // A keyword inside a name ("Suntree" in "Suntree Holdings") or a name inside a
            // keyword ("central bank" in "central bank intervention").
            matchers.entities = Set(entities.filter { entity in
                entity.names.contains { name in
                    let tokens = Tokenizer.tokens(name)
                    let stems = tokens.filter(\.isWord).map(\.stem)
                    return !matchers.keywords.matches(in: tokens).isEmpty
                        || matchers.keywords.phrases.contains { phrase in
                            guard phrase.count >= 2, !stems.isEmpty else { return false }
                            if phrase.count > stems.count,
                               (0...(phrase.count - stems.count)).contains(where: { Array(phrase[$0..<($0 + stems.count)]) == stems }) {
                                return true
                            }
                            // "Central Bank of Norvessa" and "central bank intervention" share their head.
                            return stems.count >= 2 && phrase.count > 2 && Array(phrase.prefix(2)) == Array(stems.prefix(2))
                        }
                }
            }.map(\.id))
            matchers.heads = Set(matchers.keywords.phrases.filter { $0.count >= 2 }.compactMap(\.last))
            return matchers
        }
        self.entities = EntityMatcher(entities)
        descriptions = EntityDescriptions(entities)
    }

    /// The claims of one document. `title` (a headline) counts as a sentence before the text;
    /// `referenceYear` (the document's year) tells a past year from the current one.
    public func claims(sentences: [Sentence], title: String? = nil, referenceYear: Int? = nil) -> [Claim] {
        var all = sentences
        if let title, !title.isEmpty, sentences.first?.text != title {
            all.insert(Sentence(text: title, paragraph: -1, start: 0, end: 0), at: 0)
        }
        let tokenized = all.map { Tokenizer.tokens($0.text) }
        let mentions = tokenized.map(entities.mentions(in:))
        var claims: [Claim] = []
        for matchers in topics {
            let contexts = zip(tokenized, mentions).map { tokens, mentions in
                SentenceContext(tokens: tokens, mentions: mentions, keywordMatches: matchers.keywords.matches(in: tokens),
                                quantityNounMatches: matchers.quantities.flatMap { $0.nouns.matches(in: tokens) })
            }
            let onTopic = contexts.contains { $0.mentionsTopic }
            guard onTopic else { continue }
            claims += stanceClaims(all, contexts, topic: matchers, referenceYear: referenceYear)
            for quantity in matchers.quantities {
                for (sentence, context) in zip(all, contexts) {
                    let detector = QuantityDetector(context: context, nouns: quantity.nouns, countsHarm: quantity.countsHarm,
                                                    referenceYear: referenceYear)
                    // The lead states the current figure; later paragraphs give background.
                    if let value = detector.values().first {
                        claims.append(Claim(topic: matchers.topic.id, value: .quantity(quantity: quantity.id, value: value), sentence: sentence))
                        break
                    }
                }
            }
        }
        return claims
    }

    private func stanceClaims(_ sentences: [Sentence], _ contexts: [SentenceContext], topic matchers: TopicMatchers, referenceYear: Int?) -> [Claim] {
        let topic = matchers.topic.id
        // Per entity the latest explicit stance wins (a paragraph that moves from denial to
        // admission ends on the admission); a bare assertion counts only when nothing explicit does.
        var explicit: [String: (Stance, Sentence)] = [:]
        var asserted: [String: (Stance, Sentence)] = [:]
        var order: [String] = []
        var previousSubject: String?
        for (sentence, context) in zip(sentences, contexts) {
            let detector = StanceDetector(context: context, documentOnTopic: true, previousSubject: previousSubject,
                                          referenceYear: referenceYear, descriptions: descriptions,
                                          topicEntities: matchers.entities, topicHeads: matchers.heads)
            let found = detector.stances()
            // Within a sentence a confirmation or denial outweighs an evasion beside it
            // ("confirmed the leak but declined to say how much").
            var perEntity: [String: SentenceStance] = [:]
            for stance in found {
                if let existing = perEntity[stance.entity] {
                    let replace = (existing.stance == .evade && stance.stance != .evade)
                        || (existing.stance != .evade && stance.stance != .evade && stance.position > existing.position)
                    if replace { perEntity[stance.entity] = stance }
                } else {
                    perEntity[stance.entity] = stance
                }
            }
            for (entity, stance) in perEntity.sorted(by: { $0.value.position < $1.value.position }) {
                if !order.contains(entity) { order.append(entity) }
                if stance.explicit {
                    explicit[entity] = (stance.stance, sentence)
                } else {
                    asserted[entity] = (stance.stance, sentence)
                }
            }
            if let subject = found.last?.entity ?? context.mentions.first?.entity { previousSubject = subject }
        }
        return order.compactMap { entity in
            guard let (stance, sentence) = explicit[entity] ?? asserted[entity] else { return nil }
            return Claim(topic: topic, value: .stance(entity: entity, stance: stance), sentence: sentence)
        }
    }
}
