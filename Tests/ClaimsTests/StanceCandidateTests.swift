import ClaimwatchModel
import Testing
@testable import Claims

/// The rules around the stance model, each without it: which sentences become candidates, what
/// the model reads, and how its answers become one stance per entity. `ScriptedScorer` answers
/// from a table keyed by a word of the passage, so each test states the model's answer it assumes.
struct StanceCandidateTests {
    static let topic = WatchedTopic(id: "osprey-dump", name: "The Osprey Dawn dumped oil off the Tarn coast",
                                    keywords: ["oil dumping", "dumped oil", "Osprey Dawn"])
    static let entities = [
        WatchedEntity(id: "kessler", names: ["Kessler Lines", "Kessler"]),
        WatchedEntity(id: "coastguard", names: ["Tarn Coastguard"]),
        WatchedEntity(id: "tarn", names: ["Tarn"]),
    ]

    /// Answers with the first row whose word the passage contains (with that row's probability),
    /// else "no stance".
    struct ScriptedScorer: StanceScoring {
        var rows: [(word: String, stance: Stance?, probability: Double)]
        func probabilities(_ pairs: [StancePair]) -> [StanceProbabilities] {
            pairs.map { pair in
                guard let row = rows.first(where: { pair.b.contains($0.word) }), let stance = row.stance else {
                    return StanceProbabilities(none: 0.9, affirm: 0.05, deny: 0.03, evade: 0.02)
                }
                let rest = (1 - row.probability) / 3
                return StanceProbabilities(none: rest, affirm: stance == .affirm ? row.probability : rest,
                                           deny: stance == .deny ? row.probability : rest, evade: stance == .evade ? row.probability : rest)
            }
        }
    }

    static func sentences(_ texts: [String], paragraphs: [Int]? = nil) -> [Sentence] {
        texts.enumerated().map { Sentence(text: $0.element, paragraph: paragraphs?[$0.offset] ?? 0, start: 0, end: 0) }
    }

    func analysis(_ texts: [String], paragraphs: [Int]? = nil, scorer: ScriptedScorer = .init(rows: [])) -> ClaimAnalysis {
        ClaimExtractor(topics: [Self.topic], entities: Self.entities, scorer: scorer)
            .analyse(sentences: Self.sentences(texts, paragraphs: paragraphs))
    }

    @Test func thePassageMarksTheCandidateEntityOnly() {
        let result = analysis(["Kessler Lines denied, and the Tarn Coastguard doubted, that the Osprey Dawn dumped oil [sic]."])
        let passages = result.sentences.flatMap(\.decisions).map { ($0.entity, $0.passage) }
        #expect(passages.count == 2)
        #expect(passages.contains { $0.0 == "kessler" && $0.1 == "[ Kessler Lines ] denied, and the Tarn Coastguard doubted, that the Osprey Dawn dumped oil (sic)." })
        #expect(passages.contains { $0.0 == "coastguard" && $0.1 == "Kessler Lines denied, and the [ Tarn Coastguard ] doubted, that the Osprey Dawn dumped oil (sic)." })
    }

    @Test func theWindowIsOneSentenceEachSideInTheParagraph() {
        let result = analysis(["The Osprey Dawn dumped oil, fishermen said.", "Kessler denied it.", "It was a calm day.", "Next paragraph."],
                              paragraphs: [0, 0, 0, 1])
        let passage = result.sentences.flatMap(\.decisions).first { $0.entity == "kessler" }?.passage
        #expect(passage == "The Osprey Dawn dumped oil, fishermen said. [ Kessler ] denied it. It was a calm day.")
    }

    @Test func aMentionInsideTheTopicsOwnPhraseIsNoCandidate() {
        // "Tarn" inside a keyword would be the topic, not a speaker; here the keyword is "Osprey Dawn".
        let topic = WatchedTopic(id: "tarn-oil", name: "Tarn oil dumping", keywords: ["Tarn oil dumping"])
        let result = ClaimExtractor(topics: [topic], entities: Self.entities, scorer: ScriptedScorer(rows: [("Tarn", .affirm, 0.9)]))
            .analyse(sentences: Self.sentences(["Fishermen blamed the Tarn oil dumping on a freighter."]))
        #expect(result.claims.isEmpty)
        #expect(result.sentences.first?.dropped.contains { $0.entity == "tarn" && $0.rule == "mention inside the topic's phrase" } == true)
    }

    @Test func aDocumentThatNeverNamesTheTopicHasNoCandidates() {
        let result = analysis(["Kessler Lines denied reports that it will close its office."], scorer: .init(rows: [("denied", .deny, 0.9)]))
        #expect(result.claims.isEmpty)
        #expect(result.sentences.first?.dropped.first?.rule == "topic not in document")
    }

    @Test func theMostProbableStanceWinsAndCarriesItsProbability() {
        let result = analysis(["Kessler initially denied that the Osprey Dawn dumped oil.", "On Friday Kessler acknowledged the discharge."],
                              paragraphs: [0, 1], scorer: .init(rows: [("acknowledged", .affirm, 0.9), ("denied", .deny, 0.7)]))
        #expect(result.claims.map(\.value) == [.stance(entity: "kessler", stance: .affirm)])
        #expect(result.claims.first?.sentence.paragraph == 1)
        #expect(result.claims.first?.confidence == 0.9)
        let decisions = result.sentences.flatMap(\.decisions)
        #expect(decisions.map(\.label) == ["deny", "affirm"])
        #expect(decisions.map(\.kept) == [false, true])
    }

    @Test func aClearerEarlierStanceOutweighsAnUnsureLaterOne() {
        let result = analysis(["Kessler denied that the Osprey Dawn dumped oil.", "Kessler has long been criticised."],
                              paragraphs: [0, 1], scorer: .init(rows: [("criticised", .affirm, 0.55), ("denied", .deny, 0.95)]))
        #expect(result.claims.map(\.value) == [.stance(entity: "kessler", stance: .deny)])
    }

    @Test func aStanceBelowHalfProbabilityIsNoEvidence() {
        let result = analysis(["Kessler hinted that the Osprey Dawn dumped oil."], scorer: .init(rows: [("hinted", .affirm, 0.45)]))
        #expect(result.claims.isEmpty)
    }

    @Test func noStanceAnswersLeaveAnEarlierStance() {
        let result = analysis(["Kessler denied that the Osprey Dawn dumped oil.", "Kessler operates six freighters."],
                              paragraphs: [0, 1], scorer: .init(rows: [("denied", .deny, 0.9)]))
        #expect(result.claims.map(\.value) == [.stance(entity: "kessler", stance: .deny)])
    }

    @Test func sentencesWithoutAnEntitySayWhy() {
        let result = analysis(["The Osprey Dawn dumped oil, fishermen said."])
        #expect(result.sentences.count == 1)
        #expect(result.sentences.first?.dropped.map(\.rule) == ["no entity mention"])
        #expect(result.sentences.first?.keywords == ["Osprey Dawn", "dumped oil"] || result.sentences.first?.keywords == ["dumped oil", "Osprey Dawn"])
    }

    @Test func theProbabilityDecisionPrefersNoStanceOnATie() {
        #expect(StanceProbabilities(none: 0.4, affirm: 0.4, deny: 0.1, evade: 0.1).decision.stance == nil)
        #expect(StanceProbabilities(none: 0.1, affirm: 0.2, deny: 0.6, evade: 0.1).decision.stance == .deny)
    }
}
