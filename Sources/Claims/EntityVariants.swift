import ClaimwatchModel

/// The forms under which the text names a watched entity, derived from the names its config
/// gives, each tagged with the rule that made it (shown by `--explain`):
///
/// | rule | from | example |
/// | --- | --- | --- |
/// | `name` | a configured name | "Russia", "Halden Energy" |
/// | `demonym-body` | `DemonymTable` adjective + `EntityWordLists.demonymBodies` | "Russian foreign ministry", "US officials" |
/// | `demonym-rule` | a `DemonymTable.suffixRules` adjective + body | "Korvanian officials" |
/// | `name-body` | name + `EntityWordLists.nameBodies` | "Tarn government", "Halden's foreign ministry" |
/// | `surname` | the last word of a person's name, once the full name was seen | "Brandt" after "Ivo Brandt" |
///
/// A bare adjective ("Russian troops") is never a variant: it talks about the state, it is not
/// the state speaking.
struct EntityVariants: Sendable {
    /// One form to match.
    struct Variant: Sendable, Equatable {
        /// The words as written ("Korvanian foreign ministry").
        var text: String
        /// The id of the rule that made it (see the table above).
        var rule: String
        /// The configured name it derives from.
        var name: String
        /// Whether that name looks like a person's (see `looksLikePerson`).
        var person: Bool
        /// For `surname`: the configured full name that must occur earlier in the document.
        var requiresEarlier: String?
    }

    let entity: String
    /// The configured names first, then derived forms; no two with the same folded words.
    let variants: [Variant]

    init(_ entity: WatchedEntity) {
        self.entity = entity.id
        var variants: [Variant] = []
        var seen = Set<String>()
        func add(_ text: String, _ rule: String, name: String, person: Bool, requires: String? = nil) {
            let key = Self.key(text)
            guard !key.isEmpty, seen.insert(key).inserted else { return }
            variants.append(Variant(text: text, rule: rule, name: name, person: person, requiresEarlier: requires))
        }
        for name in entity.names {
            add(name, "name", name: name, person: Self.looksLikePerson(name))
        }
        for name in entity.names {
            let person = Self.looksLikePerson(name)
            if person {
                let words = Self.words(name)
                if words.count >= 2, let last = words.last, last.first?.isUppercase == true {
                    add(last, "surname", name: name, person: true, requires: name)
                }
                continue
            }
            if let row = DemonymTable.row(named: name) {
                for adjective in row.adjectives {
                    for body in EntityWordLists.demonymBodies { add("\(adjective) \(body)", "demonym-body", name: name, person: false) }
                }
            } else if let adjective = Self.productiveAdjective(name) {
                for body in EntityWordLists.demonymBodies { add("\(adjective) \(body)", "demonym-rule", name: name, person: false) }
            }
            let organisation = Self.words(name).contains { EntityWordLists.organisationWords.contains(Tokenizer.fold($0)) }
            for (body, forOrganisations) in EntityWordLists.nameBodies where forOrganisations || !organisation {
                add("\(name) \(body)", "name-body", name: name, person: false)
            }
        }
        self.variants = variants
    }

    /// Whether a configured name looks like a person's: two to five capitalised words (particles
    /// such as "van" allowed inside), none an organisation or place word, no acronym, and not a
    /// state or region of `DemonymTable` ("North Korea" is no person).
    static func looksLikePerson(_ name: String) -> Bool {
        let tokens = Tokenizer.tokens(name)
        guard tokens.allSatisfy(\.isWord) else { return false }
        let words = tokens.map(\.text)
        guard (2...5).contains(words.count), DemonymTable.row(named: name) == nil else { return false }
        if EntityWordLists.placePrefixes.contains(NameFolding.fold(tokens[0].base)) { return false }
        for (index, token) in tokens.enumerated() {
            if EntityWordLists.organisationWords.contains(token.base) { return false }
            if !token.isCapitalized {
                guard index > 0, index < tokens.count - 1, EntityWordLists.nameParticles.contains(token.base) else { return false }
                continue
            }
            // "ESPA", "UK": an acronym names an organisation or a place.
            let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { return false }
            if token.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
        }
        return true
    }

    /// The adjective a suffix rule makes of a place name the table lacks ("Korvania" →
    /// "Korvanian", "North Korvania" → "North Korvanian"); nil for anything else.
    static func productiveAdjective(_ name: String) -> String? {
        let words = words(name)
        guard let last = words.last, last.first?.isUppercase == true,
              words.dropLast().allSatisfy({ EntityWordLists.placePrefixes.contains(NameFolding.fold($0.lowercased())) }),
              !EntityWordLists.organisationWords.contains(last.lowercased()),
              let (adjective, _) = DemonymTable.productiveAdjective(last) else { return nil }
        return (words.dropLast() + [adjective]).joined(separator: " ")
    }

    /// The folded words of a form, for comparing forms.
    static func key(_ text: String) -> String {
        Tokenizer.tokens(text).filter { $0.isWord || $0.text == "&" }.map { NameFolding.fold($0.base) }.joined(separator: " ")
    }

    private static func words(_ name: String) -> [String] {
        Tokenizer.tokens(name).filter(\.isWord).map(\.text)
    }
}
