/// The word lists `EntityVariants` builds name variants from, as data.
enum EntityWordLists {
    /// What follows a country adjective to name the state speaking: "Russian officials", "the
    /// North Korean foreign ministry". A bare adjective ("Russian troops") is not the state.
    static let demonymBodies: [String] = [
        "officials", "official", "government", "ministry", "foreign ministry", "defence ministry", "defense ministry",
        "interior ministry", "military", "army", "leadership", "spokesperson", "spokesman", "spokeswoman", "embassy",
        "authorities", "president", "prime minister", "forces", "foreign minister", "defence minister",
        "defense minister", "armed forces",
    ]

    /// What follows a name to name the entity speaking: "the Tarn government", "Halden's
    /// foreign ministry" (the possessive is the name's last word), "Marrowind officials".
    /// `organisations`: whether the body also follows an organisation's name ("Marrowind
    /// officials", but no "Marrowind Shipping government").
    static let nameBodies: [(body: String, organisations: Bool)] = [
        ("government", false), ("ministry", false), ("foreign ministry", false), ("defence ministry", false),
        ("defense ministry", false), ("military", false), ("embassy", false), ("army", false), ("authorities", false),
        ("officials", true), ("leadership", true), ("spokesperson", true), ("spokesman", true), ("spokeswoman", true),
    ]

    /// Words that make a name an organisation's, not a person's ("Halden Energy", "Tarn
    /// Coastguard"); lower-cased.
    static let organisationWords = Set([
        "ministry", "bank", "energy", "group", "inc", "union", "party", "council", "commission", "court", "agency",
        "corporation", "corp", "co", "company", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "nv", "holdings",
        "airlines", "airways", "air", "university", "institute", "department", "office", "authority", "board",
        "committee", "coastguard", "police", "army", "navy", "force", "forces", "guard", "front", "movement",
        "association", "federation", "society", "foundation", "trust", "fund", "service", "services", "shipping",
        "lines", "motors", "systems", "technologies", "technology", "labs", "pharma", "pharmaceuticals", "media",
        "news", "times", "post", "press", "capital", "partners", "industries", "international", "global", "mining",
        "oil", "gas", "power", "electric", "telecom", "networks", "network", "logistics", "foods", "insurance",
        "assurance", "hospital", "clinic", "school", "college", "club", "fc", "united", "government", "parliament",
        "assembly", "senate", "congress", "cabinet", "administration", "bureau", "directorate", "brothers", "sons",
        "cooperative", "airport", "railway", "railways", "rail", "transport", "water", "health", "church", "league",
        "alliance", "coalition", "organisation", "organization", "observatory", "centre", "center", "laboratory",
        "works", "steel", "chemicals", "regulator", "watchdog", "inspectorate", "tribunal", "exchange", "port",
        "republic", "kingdom", "state", "states", "emirates", "islands", "city", "province", "region", "county",
        "watch", "cross", "crescent", "reserve", "treasury", "house", "studios", "records",
    ])

    /// Lower-case particles a person's name may hold ("Ana de Souza", "Jan van Dijk").
    static let nameParticles: Set<String> = ["van", "von", "de", "da", "das", "dos", "del", "der", "den", "di", "la", "le", "bin", "ibn", "al", "el", "ter"]

    /// First words (diacritics folded) that make a multi-word name a place, not a person, and
    /// that the productive adjective rules keep ("North Korvania" → "North Korvanian officials").
    static let placePrefixes: Set<String> = [
        "north", "south", "east", "west", "new", "upper", "lower", "greater", "central", "san", "santa", "sao", "los", "las",
        "saint", "st", "fort", "mount", "lake", "cape", "rio", "port",
    ]
}
