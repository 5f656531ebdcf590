/// The words a text uses for what a quantity counts besides the configured nouns: synonyms
/// ("soldiers" for "troops") and irregular singulars the stemmer cannot reach ("person" for
/// "people"), as data. `PhraseMatcher(quantityNouns:)` matches the expanded list.
enum QuantityNouns {
    /// Interchangeable nouns (each may be several words). Kept narrow on purpose: "forces" and
    /// "units" are not troops counted, "residents" and "civilians" are not all the people,
    /// "cases" are not patients.
    struct Row: Sendable {
        var id: String
        var nouns: [String]
    }

    static let rows: [Row] = [
        Row(id: "troops", nouns: ["troops", "soldiers", "servicemen", "service members", "military personnel"]),
        Row(id: "workers", nouns: ["workers", "employees", "staff", "staff members"]),
        Row(id: "deaths", nouns: ["deaths", "dead", "killed", "fatalities"]),
        Row(id: "injured", nouns: ["injured", "wounded", "injuries"]),
        Row(id: "people", nouns: ["people", "persons", "individuals"]),
        Row(id: "cases", nouns: ["cases", "infections"]),
        Row(id: "children", nouns: ["children", "kids"]),
        Row(id: "homes", nouns: ["homes", "houses", "dwellings"]),
        Row(id: "tonnes", nouns: ["tonnes", "tons", "metric tons"]),
        Row(id: "litres", nouns: ["litres", "liters"]),
        Row(id: "kilometres", nouns: ["kilometres", "kilometers", "km"]),
        Row(id: "passengers", nouns: ["passengers", "travellers", "travelers"]),
    ]

    /// Irregular plurals and their singulars ("one person", "a child"): the stemmer only
    /// strips regular endings.
    static let irregular: [(plural: String, singular: String)] = [
        ("people", "person"), ("children", "child"), ("men", "man"), ("women", "woman"), ("servicemen", "serviceman"),
        ("servicewomen", "servicewoman"), ("policemen", "policeman"), ("firefighters", "firefighter"), ("feet", "foot"),
        ("mice", "mouse"), ("geese", "goose"), ("teeth", "tooth"),
    ]

    /// `nouns` followed by every phrase made by swapping one of their words (or word groups)
    /// for a synonym or an irregular singular: "tonnes of oil" adds "tons of oil" and "metric
    /// tons of oil"; "troops" adds "soldiers", …; no phrase twice (compared by stems).
    static func expand(_ nouns: [String]) -> [String] {
        var result: [String] = []
        var seen = Set<[String]>()
        func add(_ words: [String]) {
            if seen.insert(words.map(WordStem.stem)).inserted { result.append(words.joined(separator: " ")) }
        }
        let phrases = nouns.map { Tokenizer.tokens($0).filter(\.isWord).map(\.base) }.filter { !$0.isEmpty }
        for phrase in phrases { add(phrase) }
        // Synonyms first, then the irregular singulars of everything so far ("serviceman").
        swap(phrases, groups: rows.map(\.nouns), add: add)
        swap(result.map { $0.split(separator: " ").map(String.init) }, groups: irregular.map { [$0.plural, $0.singular] }, add: add)
        return result
    }

    private static func swap(_ phrases: [[String]], groups: [[String]], add: ([String]) -> Void) {
        for phrase in phrases {
            let stems = phrase.map(WordStem.stem)
            for group in groups {
                let members = group.map { $0.split(separator: " ").map(String.init) }
                for member in members {
                    let memberStems = member.map(WordStem.stem)
                    guard memberStems.count <= stems.count,
                          let start = (0...(stems.count - memberStems.count)).first(where: { Array(stems[$0..<($0 + memberStems.count)]) == memberStems })
                    else { continue }
                    for other in members where other != member {
                        add(Array(phrase[..<start]) + other + Array(phrase[(start + member.count)...]))
                    }
                }
            }
        }
    }
}
