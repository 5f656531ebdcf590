import ClaimwatchModel
import Testing
@testable import Claims

/// The quantity rules and keyword matching of claim extraction (stances are the model's: see
/// StanceCandidateTests and ClaimsModelTests), on sentences written for these tests about an
/// invented story: whether the freighter Osprey Dawn dumped ballast oil off the Tarn coast.
struct ClaimExtractorTests {
    static let topic = WatchedTopic(
        id: "osprey-dump", name: "The Osprey Dawn dumped oil off the Tarn coast",
        keywords: ["oil dumping", "dumped oil", "Osprey Dawn", "discharge"],
        quantities: [.init(id: "tonnes", nouns: ["tonnes of oil", "tonnes"])])
    static let entities = [
        WatchedEntity(id: "kessler", names: ["Kessler Lines", "Kessler", "Ivo Brandt"]),
        WatchedEntity(id: "coastguard", names: ["Tarn Coastguard", "coastguard"]),
        WatchedEntity(id: "tarn", names: ["Tarn", "Tarn government"]),
        WatchedEntity(id: "agency", names: ["Maritime Safety Agency"]),
        WatchedEntity(id: "bray", names: ["Bray & Holt"]),
        WatchedEntity(id: "pilots", names: ["Harbour Pilots' Association"]),
    ]
    let extractor = ClaimExtractor(topics: [topic], entities: entities, scorer: NoStanceScorer())

    static let quantityCases: [(String, Double?)] = [
        ("The coastguard estimates that about 40 tonnes of oil reached the water.", 40),
        ("Divers now put the spill at 120 tonnes, up from 40 tonnes on Tuesday.", 120),
        ("The estimate has risen to 1.5 million tonnes.", 1_500_000),
        ("Some two thousand tonnes of oil were dumped, the coastguard said.", 2_000),
        ("Kessler plans to recover 300 tonnes of oil by the end of the year.", nil),
        ("The Osprey Dawn, a 38,000-tonne freighter, dumped oil in 2019.", nil),
        ("The clean-up will cost $4.5 million and 12% of the beach is closed.", nil),
        ("Another 15 tonnes of oil washed ashore overnight.", nil),
        // "more than" qualifies; a relative clause keeps its own tense; a range ends on the value now.
        ("More than 600 tonnes of oil have been recovered.", 600),
        ("The spill, which will cost millions to clean, covers 90 tonnes of oil.", 90),
        ("The estimate rose from 40 to 95 tonnes.", 95),
        ("The spill came from 300 tonnes of oil stored in the aft tanks.", 300),
        // A revision done replaces the first figure; one planned does not.
        ("Kessler first spoke of 40 tonnes of oil but later raised the figure to 95.", 95),
        ("Kessler says 40 tonnes were recovered and plans to increase this number to 95.", 40),
    ]

    @Test(arguments: quantityCases)
    func quantities(_ text: String, _ value: Double?) {
        let sentences = [Sentence(text: "The Osprey Dawn oil dumping continues.", paragraph: 0, start: 0, end: 0),
                         Sentence(text: text, paragraph: 1, start: 0, end: 0)]
        let values = extractor.claims(sentences: sentences).compactMap { claim -> Double? in
            if case .quantity(_, let value) = claim.value { return value }
            return nil
        }
        #expect(values == (value.map { [$0] } ?? []))
    }

    /// Keywords find their inflections and the verbs their nominalisations come from.
    @Test(arguments: [("central bank intervention", "the central bank intervened", true),
                      ("resignation", "she resigned on Monday", true),
                      ("infection", "patients were infected", true),
                      ("deployment", "troops were deployed", true),
                      ("intervention", "the invention was patented", false),
                      ("station", "a state visit", false)])
    func keywordsMatchRelatedForms(_ keyword: String, _ text: String, _ matches: Bool) {
        let matcher = PhraseMatcher([keyword], loose: true)
        #expect(!matcher.matches(in: Tokenizer.tokens(text)).isEmpty == matches)
    }

    /// A topic that names an entity: the entity's affair.
    static let affair = WatchedTopic(id: "kessler-discharge", name: "Kessler's ballast discharge",
                                     keywords: ["Kessler", "ballast discharge"], quantities: [])

    static let harmCases: [(String, Double?)] = [
        ("The explosion on the Osprey Dawn killed at least 14 people.", 14),
        ("Three hundred and forty people were killed when the Osprey Dawn sank.", 340),
        ("The death toll from the Osprey Dawn sinking has risen to 212.", 212),
        ("The Osprey Dawn sinking left 142 injured and six dead.", 6),
    ]

    @Test(arguments: harmCases)
    func harmCounts(_ text: String, _ value: Double?) {
        let topic = WatchedTopic(id: "osprey-sinking", name: "The Osprey Dawn sinking", keywords: ["Osprey Dawn"],
                                 quantities: [.init(id: "deaths", nouns: ["dead", "deaths", "killed"])])
        let claims = ClaimExtractor(topics: [topic], entities: Self.entities, scorer: NoStanceScorer())
            .claims(sentences: [Sentence(text: text, paragraph: 0, start: 0, end: 0)])
        let values = claims.compactMap { claim -> Double? in
            if case .quantity(_, let value) = claim.value { return value }
            return nil
        }
        #expect(values == (value.map { [$0] } ?? []))
    }

    /// Any order of the detectors' trigger words ends in claims or none, never a trap (a range
    /// built backwards crashed the quantity detector once).
    @Test func wordSoupNeverTraps() {
        let words = ["Kessler", "denied", "confirmed", "declined", "to", "comment", "that", "the", "Osprey", "Dawn", "dumped", "oil",
                     "14", "people", "killed", "from", "more", "than", "3,000", "tonnes", "rose", "at", "Asked", "about", ",", "said",
                     "it", "would", "not", "nothing", "add", "too", "early", "only", "which", "will", "’", "“", "”", "had", "by",
                     "no", "longer", "neither", "nor", "up", "dead", "officials", "spokeswoman", "a", "calls", "for", "caused", "."]
        var generator = SplitMix64(seed: 20261122)
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 24) + 1
            let text = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            let claims = ClaimExtractor(topics: [Self.topic], entities: Self.entities, scorer: AlwaysAffirms())
                .claims(sentences: [Sentence(text: text, paragraph: 0, start: 0, end: 0)])
            #expect(claims.allSatisfy { $0.topic == Self.topic.id })
        }
    }
}

/// Every candidate affirms, so the word soup runs the whole stance path too.
struct AlwaysAffirms: StanceScoring {
    func probabilities(_ pairs: [StancePair]) -> [StanceProbabilities] {
        pairs.map { _ in StanceProbabilities(none: 0.1, affirm: 0.7, deny: 0.1, evade: 0.1) }
    }
}

/// A small seeded generator, so the word-soup test is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
