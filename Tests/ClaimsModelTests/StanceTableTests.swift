import Claims
import ClaimsModel
import ClaimwatchModel
import Foundation
import Testing

/// The learned stance model through the whole claims stage, on sentences written for these tests
/// (never in the training corpus) about an invented story: whether the freighter Osprey Dawn
/// dumped ballast oil off the Tarn coast. A learned model is judged by its rate on a table, not by
/// each row: the test fails when fewer rows than the floor come out exactly right, and prints
/// every row it gets wrong.
struct StanceTableTests {
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
    /// A topic that names an entity: the entity's affair.
    static let affair = WatchedTopic(id: "kessler-discharge", name: "Kessler's ballast discharge",
                                     keywords: ["Kessler", "ballast discharge"], quantities: [])

    struct Case: Sendable {
        var text: String
        var stances: [String: Stance]
    }

    static let stanceCases: [Case] = [
        Case(text: "Kessler Lines denied that the Osprey Dawn dumped oil near the reef.", stances: ["kessler": .deny]),
        Case(text: "Kessler confirmed on Monday that the Osprey Dawn had made an unauthorised discharge.", stances: ["kessler": .affirm]),
        Case(text: "Kessler Lines declined to comment on the Osprey Dawn.", stances: ["kessler": .evade]),
        // Negation and its scope.
        Case(text: "Kessler did not deny that the Osprey Dawn dumped oil.", stances: ["kessler": .evade]),
        Case(text: "Kessler no longer denies that the Osprey Dawn dumped oil.", stances: ["kessler": .affirm]),
        Case(text: "Kessler has not confirmed the oil dumping.", stances: ["kessler": .evade]),
        Case(text: "Kessler has yet to confirm the oil dumping.", stances: ["kessler": .evade]),
        Case(text: "Kessler refused to confirm or deny the oil dumping.", stances: ["kessler": .evade]),
        Case(text: "Kessler stopped short of confirming the discharge from the Osprey Dawn.", stances: ["kessler": .evade]),
        // The speaker: only the actor spoken about takes the stance.
        Case(text: "The Tarn Coastguard says Kessler still denies the oil dumping.", stances: ["kessler": .deny]),
        Case(text: "Environmental groups asserted that Kessler dumped oil from the Osprey Dawn.", stances: [:]),
        Case(text: "Analysts in Tarn confirmed that the Osprey Dawn dumped oil.", stances: [:]),
        // Time and hedges.
        Case(text: "In 2019, Kessler denied dumping oil from another ship.", stances: [:]),
        Case(text: "Kessler is expected to confirm the oil dumping this week.", stances: [:]),
        Case(text: "Kessler may have to admit the discharge from the Osprey Dawn.", stances: [:]),
        Case(text: "After weeks of denials, Kessler acknowledged the discharge from the Osprey Dawn.", stances: ["kessler": .affirm]),
        // A different proposition.
        Case(text: "Kessler denied that it was planning to sell the Osprey Dawn.", stances: [:]),
        Case(text: "Kessler does not comment on pending litigation.", stances: [:]),
        // Passive, coordination, anaphora, dismissal.
        Case(text: "The oil dumping was confirmed by the Tarn Coastguard on Friday.", stances: ["coastguard": .affirm]),
        Case(text: "Kessler and the Tarn government both dismissed the reports of oil dumping as propaganda.", stances: ["kessler": .deny, "tarn": .deny]),
        Case(text: "Kessler, which had denied the discharge for weeks, now acknowledges that the Osprey Dawn dumped oil.", stances: ["kessler": .affirm]),
        Case(text: "Kessler declined to speculate on what caused the oil dumping.", stances: ["kessler": .evade]),
        // Coordinated verbs share their subject.
        Case(text: "The Tarn Coastguard closed the harbour but declined to say whether the Osprey Dawn dumped oil.", stances: ["coastguard": .evade]),
        // Appositives, and the first clause's subject for a coordinated verb.
        Case(text: "Kessler Lines, the largest operator on the Tarn coast, declined to comment on the oil dumping.", stances: ["kessler": .evade]),
        Case(text: "The Tarn Coastguard confirmed that Kessler crews had been questioned, but would not say whether the Osprey Dawn dumped oil.", stances: ["coastguard": .evade]),
        Case(text: "Kessler said the Osprey Dawn had kept its tanks sealed and denied any role in the oil dumping.", stances: ["kessler": .deny]),
        Case(text: "Kessler dismissed reports that the Osprey Dawn dumped oil near Tarn, calling the story fabricated.", stances: ["kessler": .deny]),
        // Whole words, longest name first: "Tarn Coastguard" is not "Tarn".
        Case(text: "The Tarn Coastguard denied that the Osprey Dawn dumped oil.", stances: ["coastguard": .deny]),
        // Non-answers: a question put to the speaker makes them about the topic.
        Case(text: "Asked whether the Osprey Dawn dumped oil, Kessler said it does not discuss its vessels.", stances: ["kessler": .evade]),
        Case(text: "Asked about the Osprey Dawn, Ivo Brandt said he had nothing to add.", stances: ["kessler": .evade]),
        Case(text: "Asked about the discharge, the Maritime Safety Agency said it would issue a statement later.", stances: ["agency": .evade]),
        Case(text: "Kessler said it was too early to determine whether the Osprey Dawn dumped oil.", stances: ["kessler": .evade]),
        Case(text: "The Tarn Coastguard would say only that samples from the Osprey Dawn were being tested.", stances: ["coastguard": .evade]),
        Case(text: "Kessler said only that the Osprey Dawn had left port on time.", stances: ["kessler": .evade]),
        Case(text: "The Tarn Coastguard declined to say on Monday whether the Osprey Dawn dumped oil.", stances: ["coastguard": .evade]),
        Case(text: "Kessler said: 'We don't discuss the Osprey Dawn's cargo.'", stances: ["kessler": .evade]),
        Case(text: "Kessler neither confirms nor denies what the Osprey Dawn carried.", stances: ["kessler": .evade]),
        Case(text: "Tarn Coastguard officials refused to comment on the oil dumping.", stances: ["coastguard": .evade]),
        // A stance held over time is current with the present perfect, over with the past perfect.
        Case(text: "Kessler has consistently denied that the Osprey Dawn dumped oil.", stances: ["kessler": .deny]),
        Case(text: "Kessler had long denied that the Osprey Dawn dumped oil.", stances: [:]),
        Case(text: "By Friday Kessler had acknowledged the discharge from the Osprey Dawn.", stances: ["kessler": .affirm]),
        Case(text: "Kessler has not ruled out that the Osprey Dawn dumped oil.", stances: ["kessler": .evade]),
        // A quotation inside the complement belongs to it.
        Case(text: "Kessler confirmed that its crew had made “a serious error” when the Osprey Dawn dumped oil.", stances: ["kessler": .affirm]),
        // Not stances on the topic: refusing a request, another consequence, a forecast, a report of another's stance.
        Case(text: "The Maritime Safety Agency found that the Osprey Dawn had dumped oil.", stances: ["agency": .affirm]),
        Case(text: "Kessler disputed the agency's findings on the oil dumping.", stances: ["kessler": .deny]),
        Case(text: "The Tarn Coastguard said Kessler had so far declined to tell it whether the Osprey Dawn dumped oil.", stances: ["kessler": .evade]),
        Case(text: "The Maritime Safety Agency charged Kessler with dumping oil from the Osprey Dawn.", stances: ["agency": .affirm]),
        Case(text: "Kessler crews were filmed accepting cash to dump oil.", stances: [:]),
        Case(text: "Kessler, owner of the Osprey Dawn, has long said that it never comments on the identity of its charterers.", stances: [:]),
        Case(text: "Asked whether the Osprey Dawn dumped oil, Kessler said it never comments on its charterers.", stances: ["kessler": .evade]),
        // A name with "&"; citing a fact asserts it; a hedge in a later clause leaves the first alone.
        Case(text: "Bray & Holt refused to certify the tanks, citing oil dumping from the Osprey Dawn.", stances: ["bray": .affirm]),
        Case(text: "'We have not dumped oil and we see no need to say more,' Ivo Brandt told reporters.", stances: ["kessler": .deny]),
        Case(text: "The Harbour Pilots' Association confirmed that the Osprey Dawn dumped oil.", stances: ["pilots": .affirm]),
        // A measure's update reports a figure; a counted noun as a possessor is not the topic.
        Case(text: "The number of beaches closed by the oil dumping has risen to 12, the Tarn Coastguard said.", stances: [:]),
        // More ways to evade, dismiss and admit.
        Case(text: "Kessler declined to be drawn on the Osprey Dawn.", stances: ["kessler": .evade]),
        Case(text: "Kessler has remained silent on the oil dumping.", stances: ["kessler": .evade]),
        Case(text: "Kessler did not respond to questions about the Osprey Dawn.", stances: ["kessler": .evade]),
        Case(text: "Kessler brushed aside reports of oil dumping from the Osprey Dawn.", stances: ["kessler": .deny]),
        Case(text: "Ivo Brandt confessed that the Osprey Dawn had dumped oil.", stances: ["kessler": .affirm]),
        Case(text: "Kessler has not commented on the oil dumping.", stances: ["kessler": .evade]),
        Case(text: "Ivo Brandt apologised for the oil dumping.", stances: ["kessler": .affirm]),
        Case(text: "Kessler said it was looking into reports of oil dumping.", stances: [:]),
        Case(text: "The Tarn Coastguard confirmed it had received a complaint about the oil dumping.", stances: [:]),
        // Attributions: "according to", an answer beside the question, "has since".
        Case(text: "According to Kessler, no oil was dumped from the Osprey Dawn.", stances: ["kessler": .deny]),
        Case(text: "The Osprey Dawn dumped oil, according to the Tarn Coastguard.", stances: ["coastguard": .affirm]),
        Case(text: "Kessler has admitted the oil dumping, according to the Tarn Coastguard.", stances: ["kessler": .affirm]),
        Case(text: "Asked about the oil dumping, Ivo Brandt said: 'We are cooperating fully with the agency.'", stances: ["kessler": .evade]),
        Case(text: "Asked about the oil dumping, Ivo Brandt said the Osprey Dawn had dumped oil.", stances: ["kessler": .affirm]),
        Case(text: "Fishermen first reported the oil dumping; Kessler has since confirmed it.", stances: ["kessler": .affirm]),
        Case(text: "Kessler rejected calls for an inquiry into the oil dumping.", stances: [:]),
        Case(text: "Kessler denied that it had asked the crew to dump oil.", stances: [:]),
        Case(text: "The Maritime Safety Agency confirmed it was investigating the Osprey Dawn's logs.", stances: [:]),
        Case(text: "The Maritime Safety Agency confirmed that it had opened a case against the Osprey Dawn.", stances: [:]),
        Case(text: "The Maritime Safety Agency confirmed that investigators had found the Osprey Dawn dumped oil.", stances: ["agency": .affirm]),
        Case(text: "Kessler denied that the oil dumping had caused any damage to the reef.", stances: [:]),
        Case(text: "Fishermen expect Kessler to acknowledge the oil dumping.", stances: [:]),
        Case(text: "The Tarn Coastguard said Kessler had denied the oil dumping.", stances: ["kessler": .deny]),
        Case(text: "Kessler Lines' annual report lists 40 vessels but does not mention the Osprey Dawn.", stances: [:]),
    ]

    static let affairCases: [Case] = [
        // What the entity admits of itself is about its affair…
        Case(text: "Kessler admitted on Friday that it had flushed its tanks at sea.", stances: ["kessler": .affirm]),
        // …but not what it denies of its own conduct, nor a procedure it confirms.
        Case(text: "Kessler denied that it had been slow to alert the coastguard.", stances: [:]),
        Case(text: "Kessler confirmed that it was investigating the crew's logs.", stances: [:]),
        // Another entity's evasion of a clause about the topic's entity.
        Case(text: "The Tarn Coastguard did not deny that Kessler had flushed its tanks.", stances: ["coastguard": .evade]),
    ]

    /// The share of rows the model must get exactly right (all stances of the row, nothing more).
    static let floor = 0.75

    @Test func theModelGetsMostOfTheTableRight() throws {
        let scorer = try ModelStanceScorer(files: .inBuildTree(packageRoot: Self.packageRoot))
        var wrong: [String] = []
        let rows = Self.stanceCases.map { (Self.topic, $0) } + Self.affairCases.map { (Self.affair, $0) }
        for (topic, row) in rows {
            let extractor = ClaimExtractor(topics: [topic], entities: Self.entities, scorer: scorer)
            let claims = extractor.claims(sentences: [Sentence(text: row.text, paragraph: 0, start: 0, end: row.text.unicodeScalars.count)])
            var found: [String: Stance] = [:]
            for claim in claims {
                if case .stance(let entity, let stance) = claim.value { found[entity] = stance }
            }
            if found != row.stances { wrong.append("\(row.text)  expected \(row.stances), got \(found)") }
        }
        let rate = Double(rows.count - wrong.count) / Double(rows.count)
        print("stance table: \(rows.count - wrong.count) of \(rows.count) rows exact (\(String(format: "%.3f", rate)))")
        for line in wrong { print("  wrong: \(line)") }
        #expect(rate >= Self.floor, "\(wrong.count) of \(rows.count) rows wrong")
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
