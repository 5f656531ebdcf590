/// A word or punctuation mark of a sentence, with the forms the matchers compare.
struct Token: Sendable, Equatable {
    /// As written.
    var text: String
    /// Lower-cased, typographic apostrophes and dashes folded, possessive `'s` removed.
    var base: String
    /// `base` with inflection removed (see `WordStem`).
    var stem: String
    var isWord: Bool
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// Ends with a possessive (`Moscow's`, `ministers'`).
    var isPossessive: Bool
    /// Offsets in Unicode scalars within the sentence.
    var start: Int
    var end: Int

    var isNumeric: Bool { text.first?.isNumber ?? false }
}
