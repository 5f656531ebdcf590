import ClaimwatchModel

/// The definite descriptions ("the company", "the ministry", "the 52-year-old") that can refer
/// back to an entity, by the kind of entity its names show, as data. A row applies to an entity
/// when one of its names holds one of the row's signal words, or by the row's special signal:
/// `<state>` (a `DemonymTable` place, or one a suffix rule fits), `<person>` (a name that
/// `EntityVariants.looksLikePerson`), `<other>` (an entity no other row fits: "Kessler",
/// "Bray & Holt" are taken for companies).
enum DescriptionNouns {
    struct Row: Sendable {
        var id: String
        var signals: [String]
        var nouns: [String]
    }

    /// The description that stands for an age: "the 52-year-old".
    static let age = "<age>"

    static let rows: [Row] = [
        Row(id: "state", signals: ["<state>", "government", "republic", "kingdom", "emirates"], nouns: ["government", "administration", "authorities", "regime", "ministry", "foreign ministry", "country"]),
        Row(id: "ministry", signals: ["ministry", "department"], nouns: ["ministry", "department"]),
        Row(id: "bank", signals: ["bank"], nouns: ["bank", "lender"]),
        Row(id: "airline", signals: ["airlines", "airways", "air", "aviation"], nouns: ["carrier", "airline", "company", "firm", "group"]),
        Row(id: "shipping", signals: ["shipping", "lines", "maritime", "tankers", "shipyard"], nouns: ["company", "firm", "operator", "shipper", "carrier", "group"]),
        Row(id: "insurer", signals: ["insurance", "assurance", "insurer"], nouns: ["insurer", "company", "firm", "group"]),
        Row(id: "regulator", signals: ["regulator", "authority", "commission", "agency", "watchdog", "inspectorate", "board", "office"],
            nouns: ["regulator", "agency", "watchdog", "authority"]),
        Row(id: "club", signals: ["fc", "club", "united", "athletic", "rovers", "wanderers"], nouns: ["club"]),
        Row(id: "union", signals: ["union"], nouns: ["union"]),
        Row(id: "party", signals: ["party"], nouns: ["party"]),
        Row(id: "court", signals: ["court", "tribunal"], nouns: ["court", "tribunal"]),
        Row(id: "police", signals: ["police", "constabulary"], nouns: ["police", "force"]),
        Row(id: "coastguard", signals: ["coastguard"], nouns: ["coastguard"]),
        Row(id: "university", signals: ["university", "college", "institute"], nouns: ["university", "institute", "college"]),
        Row(id: "hospital", signals: ["hospital", "clinic"], nouns: ["hospital"]),
        Row(id: "energy", signals: ["energy", "oil", "gas", "power", "petroleum", "electric", "utilities", "water"],
            nouns: ["company", "firm", "group", "utility", "operator", "producer"]),
        Row(id: "company", signals: ["<other>", "inc", "ltd", "limited", "corp", "corporation", "company", "co", "plc", "llc", "gmbh",
                                     "ag", "holdings", "group", "industries", "motors", "technologies", "systems", "pharma",
                                     "pharmaceuticals", "mining", "steel", "chemicals", "foods", "logistics", "media", "telecom"],
            nouns: ["company", "firm", "group", "conglomerate", "business", "manufacturer", "operator"]),
        Row(id: "association", signals: ["association", "federation", "society", "foundation", "league", "alliance", "council", "committee"],
            nouns: ["association", "federation", "organisation", "organization", "body", "group"]),
        Row(id: "person", signals: ["<person>"],
            nouns: ["minister", "president", "prime minister", "spokesman", "spokeswoman", "spokesperson", "executive",
                    "chief executive", "chairman", "chairwoman", "director", "founder", "governor", "mayor", "senator",
                    "lawmaker", "ambassador", "general", "commander", "leader", age]),
    ]

    /// Every noun of the table as its words, by its first word, longest first.
    static let byFirstWord: [String: [[String]]] = Dictionary(
        grouping: Set(rows.flatMap(\.nouns)).map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
        .mapValues { $0.sorted { $0.count > $1.count } }

    /// Nouns that describe only persons ("minister", "the 52-year-old"), not also organisations.
    static let personOnly: Set<String> = {
        let person = Set(rows.filter { $0.signals.contains("<person>") }.flatMap(\.nouns))
        return person.subtracting(rows.filter { !$0.signals.contains("<person>") }.flatMap(\.nouns))
    }()

    /// The nouns that can describe `entity`: `person` for its person names, `other` for the rest.
    static func nouns(for entity: WatchedEntity) -> (person: Set<String>, other: Set<String>) {
        var person = Set<String>(), other = Set<String>()
        var matched = false
        for name in entity.names {
            if EntityVariants.looksLikePerson(name) {
                person.formUnion(rows.filter { $0.signals.contains("<person>") }.flatMap(\.nouns))
                continue
            }
            let words = Set(Tokenizer.tokens(name).filter(\.isWord).map(\.base))
            let state = DemonymTable.row(named: name) != nil || EntityVariants.productiveAdjective(name) != nil
            for row in rows where row.signals.contains(where: words.contains) || (state && row.signals.contains("<state>")) {
                other.formUnion(row.nouns)
                matched = true
            }
        }
        if !matched && entity.names.contains(where: { !EntityVariants.looksLikePerson($0) }) {
            other.formUnion(rows.filter { $0.signals.contains("<other>") }.flatMap(\.nouns))
        }
        return (person, other)
    }
}
