import ClaimwatchModel

/// Turns a document's sentences into the claims that count for each watched topic: the current,
/// first-hand, on-topic stance of each entity, and each quantity's current value.
public struct ClaimExtractor: Sendable {
    private struct TopicMatchers: Sendable {
        var topic: WatchedTopic
        var keywords: PhraseMatcher
        var exactKeywords: PhraseMatcher
        var words: TopicWords
        var quantities: [(id: String, nouns: PhraseMatcher, countsHarm: Bool)]
    }

    private let topics: [TopicMatchers]
    private let entities: EntityMatcher
    private let scorer: any StanceScoring

    /// Stances are decided by `scorer` (the learned model), quantities by rules.
    public init(topics: [WatchedTopic], entities: [WatchedEntity], scorer: any StanceScoring) {
        self.scorer = scorer
        let harm = Lexicon.stems(["death", "dead", "killed", "casualty", "fatality", "victim", "injured", "wounded", "injury"])
        let plain: [TopicMatchers] = topics.map { topic in
            TopicMatchers(topic: topic, keywords: PhraseMatcher(topic.keywords, loose: true),
                          exactKeywords: PhraseMatcher(topic.keywords), words: TopicWords(topic, entities: entities),
                          quantities: topic.quantities.map { quantity in
                              let nouns = PhraseMatcher(quantityNouns: quantity.nouns)
                              return (quantity.id, nouns, nouns.phrases.joined().contains(where: harm.contains))
                          })
        }
        self.topics = plain
        self.entities = EntityMatcher(entities)
    }

    /// A stance decided with less probability than this is no evidence either way.
    public static var minimumStanceProbability: Double { StanceResolver.minimum }

    /// The claims of one document. `title` (a headline) counts as a sentence before the text;
    /// `referenceYear` (the document's year) tells a past year from the current one.
    public func claims(sentences: [Sentence], title: String? = nil, referenceYear: Int? = nil) -> [Claim] {
        analyse(sentences: sentences, title: title, referenceYear: referenceYear).claims
    }

    /// What the model is trained on: for each topic and each entity the document mentions, the
    /// whole document as one passage with that entity marked.
    public func trainingCandidates(sentences: [Sentence]) -> [StanceCandidate] {
        let tokenized = sentences.map { Tokenizer.tokens($0.text) }
        let mentions = entities.mentions(inDocument: tokenized, paragraphs: sentences.map(\.paragraph))
        var found: [StanceCandidate] = []
        for matchers in topics {
            let contexts = Self.contexts(matchers, tokenized, mentions)
            // Passages are read out of their article, whose headline or lead named the topic:
            // every passage with a mention is a training pair, on topic or not.
            var seen = Set<String>()
            for (index, context) in contexts.enumerated() {
                for mention in CandidateFinder.speakers(context) where seen.insert(mention.entity).inserted {
                    let passage = CandidateFinder.passage(sentences, contexts, members: Array(contexts.indices), entity: mention.entity)
                    found.append(StanceCandidate(topic: matchers.topic.id, entity: mention.entity, sentence: index,
                                                 pair: StancePair(a: matchers.topic.name, b: passage)))
                }
            }
        }
        return found
    }

    /// Each sentence prepared for one topic: its tokens, mentions and the topic's matches.
    private static func contexts(_ matchers: TopicMatchers, _ tokenized: [[Token]], _ mentions: [[EntityMention]]) -> [SentenceContext] {
        zip(tokenized, mentions).map { tokens, mentions in
            SentenceContext(tokens: tokens, mentions: mentions, keywordMatches: matchers.keywords.matches(in: tokens),
                            exactKeywordMatches: matchers.exactKeywords.matches(in: tokens),
                            quantityNounMatches: matchers.quantities.flatMap { $0.nouns.matches(in: tokens) })
        }
    }

    /// The claims of one document with the trace of every decision (`inspect --explain`).
    public func analyse(sentences: [Sentence], title: String? = nil, referenceYear: Int? = nil) -> ClaimAnalysis {
        var all = sentences
        if let title, !title.isEmpty, sentences.first?.text != title {
            all.insert(Sentence(text: title, paragraph: -1, start: 0, end: 0), at: 0)
        }
        let tokenized = all.map { Tokenizer.tokens($0.text) }
        let mentions = entities.mentions(inDocument: tokenized, paragraphs: all.map(\.paragraph))
        var claims: [Claim] = []
        var candidates: [StanceCandidate] = []
        var traces: [SentenceTrace] = []
        for matchers in topics {
            let contexts = Self.contexts(matchers, tokenized, mentions)
            // A keyword, or enough of the topic's words, anywhere in the document (the headline or
            // lead often carries them) makes it about the topic, for stances and quantities alike;
            // the model then judges each sentence against the topic.
            let relevant = contexts.contains { $0.mentionsTopic } || matchers.words.relevant(tokenized)
            traces += CandidateFinder.trace(all, contexts, topic: matchers.topic, onTopic: relevant)
            if relevant {
                candidates += CandidateFinder.candidates(all, contexts, topic: matchers.topic)
            }
            guard relevant else { continue }
            for quantity in matchers.quantities {
                for (sentence, context) in zip(all, contexts) {
                    let detector = QuantityDetector(context: context, nouns: quantity.nouns, countsHarm: quantity.countsHarm,
                                                    referenceYear: referenceYear)
                    // The lead states the current figure; later paragraphs give background.
                    if let reading = detector.readings().first {
                        claims.append(Claim(topic: matchers.topic.id, value: .quantity(quantity: quantity.id, value: reading.value),
                                            sentence: sentence, qualifier: reading.qualifier, attribution: reading.attribution))
                        break
                    }
                }
            }
        }
        let decided = StanceResolver.resolve(candidates, scorer.probabilities(candidates.map(\.pair)), sentences: all)
        claims.insert(contentsOf: decided.claims, at: 0)
        StanceResolver.annotate(&traces, with: decided.decisions)
        for claim in claims {
            guard case .quantity(let quantity, let value) = claim.value, let index = all.firstIndex(of: claim.sentence),
                  let trace = traces.firstIndex(where: { $0.index == index && $0.topic == claim.topic }) else { continue }
            traces[trace].values.append(.init(quantity: quantity, value: value))
        }
        return ClaimAnalysis(claims: claims, sentences: traces)
    }
}
