import Testing
@testable import Claims

/// Quantity nouns with their synonyms and irregular singulars.
struct QuantityNounsTests {
    @Test(arguments: [
        (["troops"], ["troops", "soldiers", "servicemen", "service members", "military personnel", "serviceman"]),
        (["tonnes of oil"], ["tonnes of oil", "metric tons of oil"]),   // "tons" stems as "tonnes" does
        (["people"], ["people", "persons", "individuals"]),           // "persons" stems to "person"
        (["workers"], ["workers", "employees", "staff", "staff members"]),
        (["deaths"], ["deaths", "dead", "killed", "fatalities"]),
        (["barrels"], ["barrels"]),
        (["soldiers", "troops"], ["soldiers", "troops", "servicemen", "service members", "military personnel", "serviceman"]),
    ] as [([String], [String])])
    func expand(_ nouns: [String], _ expected: [String]) {
        #expect(QuantityNouns.expand(nouns) == expected)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var nouns: [String]
        var text: String
        var matched: [String]
        var testDescription: String { "\(nouns): \(text)" }
    }

    @Test(arguments: [
        Row(nouns: ["troops"], text: "about 3,000 soldiers were deployed", matched: ["soldiers"]),
        Row(nouns: ["troops"], text: "12,000 North Korean servicemen arrived", matched: ["servicemen"]),
        Row(nouns: ["troops"], text: "the forces regrouped", matched: []),              // "forces" is no headcount
        Row(nouns: ["people"], text: "one person was hurt", matched: ["person"]),
        Row(nouns: ["deaths"], text: "40 people were killed", matched: ["killed"]),
        Row(nouns: ["workers"], text: "200 employees were laid off", matched: ["employees"]),
        Row(nouns: ["patients"], text: "40 new cases", matched: []),                     // cases are not patients
        Row(nouns: ["tonnes of oil"], text: "120 metric tons of oil", matched: ["metric tons of oil"]),
    ])
    func matches(_ row: Row) {
        let tokens = Tokenizer.tokens(row.text)
        let matched = PhraseMatcher(quantityNouns: row.nouns).matches(in: tokens).map { tokens[$0].map(\.text).joined(separator: " ") }
        #expect(matched == row.matched)
    }
}
