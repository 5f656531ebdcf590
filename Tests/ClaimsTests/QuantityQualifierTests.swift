import ClaimwatchModel
import Testing
@testable import Claims

/// The words a quantity's value is qualified and attributed with, kept with the claim.
struct QuantityQualifierTests {
    static let topic = WatchedTopic(id: "troops", name: "Troops deployed to Kursk", keywords: ["Kursk", "deployment"],
                                    quantities: [.init(id: "troops", nouns: ["troops", "soldiers"])])
    let extractor = ClaimExtractor(topics: [topic], entities: [WatchedEntity(id: "pentagon", names: ["Pentagon"])], scorer: NoStanceScorer())

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Double
        var qualifier: String?
        var attribution: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "About 3,000 troops have been sent to Kursk, according to the Pentagon.", value: 3000,
             qualifier: "About", attribution: "according to the Pentagon"),
        Case(text: "At least 12,000 soldiers are in Kursk, officials said.", value: 12000,
             qualifier: "At least", attribution: "officials said"),
        Case(text: "The Pentagon estimated that more than 10,000 troops were in Kursk.", value: 10000,
             qualifier: "more than", attribution: "The Pentagon estimated"),
        Case(text: "As many as 11,000 troops may have been deployed to Kursk, said the defence ministry.", value: 11000,
             qualifier: "As many as … may have", attribution: "said the defence ministry"),
        Case(text: "3,000 troops arrived in Kursk on Monday.", value: 3000, qualifier: nil, attribution: nil),
        Case(text: "Around 3,000 troops arrived in Kursk, he said.", value: 3000, qualifier: "Around", attribution: nil),
        Case(text: "The deployment in Kursk now numbers 8,000 troops, the Ministry of Defence said.", value: 8000,
             qualifier: nil, attribution: "the Ministry of Defence said"),
    ]

    @Test(arguments: cases)
    func qualifierAndAttribution(_ test: Case) throws {
        let claims = extractor.claims(sentences: [Sentence(text: test.text, paragraph: 0, start: 0, end: test.text.unicodeScalars.count)])
        let claim = try #require(claims.first { if case .quantity = $0.value { true } else { false } })
        #expect(claim.value == .quantity(quantity: "troops", value: test.value))
        #expect(claim.qualifier == test.qualifier)
        #expect(claim.attribution == test.attribution)
    }
}
