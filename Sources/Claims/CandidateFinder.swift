import ClaimwatchModel

/// Chooses the sentences the stance model reads: in a document that names the topic, every
/// sentence that mentions an entity is a candidate for that entity, read with one sentence of
/// context on each side in its paragraph. The filter is deliberately wide (the model, not a word
/// list, decides what a sentence says); it drops only what cannot hold the entity's stance.
enum CandidateFinder {
    /// Why a mention or sentence yields no candidate, as `--explain` prints it.
    enum DropRule: String, Sendable {
        case topicNotInDocument = "topic not in document"
        case insideTopicPhrase = "mention inside the topic's phrase"
        case noEntityMention = "no entity mention"
    }

    /// The entities a sentence can speak for: its mentions outside the topic's own phrase
    /// ("North Korean troops" talks about North Korea; North Korea is not speaking). A keyword
    /// that is only the name ("Velocar" among Velocar's topic keywords) still names the speaker.
    static func speakers(_ context: SentenceContext) -> [EntityMention] {
        context.mentions.filter { mention in
            !context.exactKeywordMatches.contains {
                $0.lowerBound <= mention.range.lowerBound && mention.range.upperBound <= $0.upperBound && $0.count > mention.range.count
            }
        }
    }

    static func candidates(_ sentences: [Sentence], _ contexts: [SentenceContext], topic: WatchedTopic) -> [StanceCandidate] {
        var found: [StanceCandidate] = []
        for index in contexts.indices {
            var seen = Set<String>()
            for mention in speakers(contexts[index]) where seen.insert(mention.entity).inserted {
                found.append(StanceCandidate(topic: topic.id, entity: mention.entity, sentence: index,
                                             pair: StancePair(a: topic.name, b: passage(sentences, contexts, around: index, entity: mention.entity))))
            }
        }
        return found
    }

    /// The candidate sentence with its neighbours in the same paragraph, `entity` marked.
    static func passage(_ sentences: [Sentence], _ contexts: [SentenceContext], around index: Int, entity: String) -> String {
        let window = max(0, index - 1)...min(sentences.count - 1, index + 1)
        return passage(sentences, contexts, members: window.filter { sentences[$0].paragraph == sentences[index].paragraph },
                       entity: entity)
    }

    /// The `members` sentences joined, `entity`'s speaker mentions marked.
    static func passage(_ sentences: [Sentence], _ contexts: [SentenceContext], members: [Int], entity: String) -> String {
        PassageMarker.passage(members.map { member in
            (sentences[member].text, contexts[member].tokens,
             speakers(contexts[member]).filter { $0.entity == entity }.map(\.range))
        })
    }

    /// What `--explain` shows of each sentence that mentions an entity, a keyword or a quantity
    /// noun, before the model has spoken.
    static func trace(_ sentences: [Sentence], _ contexts: [SentenceContext], topic: WatchedTopic, onTopic: Bool) -> [SentenceTrace] {
        var traces: [SentenceTrace] = []
        for (index, context) in contexts.enumerated()
        where !context.mentions.isEmpty || context.mentionsTopic || !context.quantityNounMatches.isEmpty {
            func text(_ range: Range<Int>) -> String { context.tokens[range].map(\.text).joined(separator: " ") }
            let speaking = speakers(context)
            var trace = SentenceTrace(index: index, topic: topic.id, text: sentences[index].text,
                                      mentions: context.mentions.map { .init(entity: $0.entity, text: text($0.range), rule: $0.rule) },
                                      keywords: context.keywordMatches.map(text),
                                      quantityNouns: context.quantityNounMatches.map(text))
            for mention in context.mentions where !speaking.contains(mention) {
                trace.dropped.append(.init(entity: mention.entity, rule: DropRule.insideTopicPhrase.rawValue))
            }
            if context.mentions.isEmpty {
                trace.dropped.append(.init(entity: nil, rule: DropRule.noEntityMention.rawValue))
            } else if !onTopic {
                for entity in Set(speaking.map(\.entity)).sorted() {
                    trace.dropped.append(.init(entity: entity, rule: DropRule.topicNotInDocument.rawValue))
                }
            }
            traces.append(trace)
        }
        return traces
    }
}
