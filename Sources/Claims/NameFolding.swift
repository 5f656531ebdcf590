/// Folds the diacritics of a lower-cased word so names match however they are spelt:
/// "zürich" = "zurich", "são" = "sao", "łódź" = "lodz". Only names are folded: the stance
/// lexicon compares `Token.base` as it is.
enum NameFolding {
    /// Plain letters and the accented lower-case letters that fold to them (Latin-1, Latin
    /// Extended-A, Romanian ș and ț, and the ligatures).
    static let rows: [(plain: String, accented: String)] = [
        ("a", "àáâãäåāăąǎ"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
        ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
        ("o", "òóôõöøōŏőǒ"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűųǔ"),
        ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"), ("dh", "ð"),
    ]

    private static let map: [Character: String] = {
        var map: [Character: String] = [:]
        for (plain, accented) in rows {
            for letter in accented { map[letter] = plain }
        }
        return map
    }()

    /// `word` without diacritics; ASCII words (nearly all) are returned untouched.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        var folded = ""
        for character in word {
            if let plain = map[character] {
                folded += plain
            } else if character.unicodeScalars.count > 1, let first = character.unicodeScalars.first,
                      first.isASCII {
                // A letter followed by combining marks (decomposed input): keep the letter.
                folded.unicodeScalars.append(first)
            } else {
                folded.append(character)
            }
        }
        return folded
    }
}
