/// How the text after a candidate boundary begins: its first letter or digit and its first words.
struct SentenceHead {
    /// The first scalar after any whitespace, opening quotes and brackets, or nil at the end of the paragraph.
    private(set) var first: Unicode.Scalar?
    /// The first word in lowercase ("the", "government", "o'brien").
    private(set) var word = ""
    /// Whether the first word is a single capital with a period, an initial ("J. Smith").
    private(set) var isInitial = false
    /// Whether the text starts with a number: digits, "#", or a Roman numeral in capitals ("Vol. III").
    private(set) var startsWithNumber = false
    /// Where `first` is.
    let start: Int
    private let text: [Unicode.Scalar]
    private let limit: Int

    init(_ text: [Unicode.Scalar], at position: Int, limit: Int) {
        self.text = text
        self.limit = limit
        var start = position
        while start < limit, text[start].isSpace || text[start].isOpeningPunctuation { start += 1 }
        self.start = start
        guard start < limit else { return }
        first = text[start]
        let end = SentenceHead.wordEnd(text, from: start, limit: limit)
        word = text[start..<end].string.lowercased()
        isInitial = end - start == 1 && text[start].isCapital && end < limit && text[end] == "."
        let roman = end > start && end - start <= 6 && text[start..<end].allSatisfy { "IVXLCDM".unicodeScalars.contains($0) }
        startsWithNumber = text[start].isDecimalDigit || text[start] == "#" || roman
    }

    /// The words from the start, lowercased, as long as only spaces separate them (at most `count`),
    /// and what follows the last: the scalar after it, or nil at the end of the paragraph.
    func words(upTo count: Int) -> (words: [String], capitalised: [Bool], following: Unicode.Scalar?) {
        var words: [String] = []
        var capitalised: [Bool] = []
        var position = start
        while words.count < count, position < limit, text[position].isLetter {
            let end = SentenceHead.wordEnd(text, from: position, limit: limit)
            words.append(text[position..<end].string.lowercased())
            capitalised.append(text[position].isCapital)
            position = end
            guard position < limit, text[position] == " ", position + 1 < limit, text[position + 1].isLetter else { break }
            position += 1
        }
        return (words, capitalised, position < limit ? text[position] : nil)
    }

    private static func wordEnd(_ text: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit {
            let scalar = text[end]
            let joins = (scalar == "'" || scalar == "’" || scalar == "-") && end + 1 < limit && text[end + 1].isLetter && end > start
            guard scalar.isLetter || joins else { break }
            end += 1
        }
        return end
    }
}
