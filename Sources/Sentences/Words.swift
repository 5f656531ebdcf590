/// The letter-bearing words of a stretch of text, with the statistics the line rules use.
struct Words {
    private(set) var count = 0
    private var significant = 0
    private var capitalised = 0
    private var lowercase = 0

    init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
        var position = range.lowerBound
        while position < range.upperBound {
            while position < range.upperBound, !text[position].isLetter { position += 1 }
            let start = position
            while position < range.upperBound, text[position].isLetter || text[position] == "'" || text[position] == "’" {
                position += 1
            }
            guard position > start else { break }
            count += 1
            if text[start..<position].contains(where: \.isLowercaseLetter) { lowercase += 1 }
            // Short words ("of", "the", "in") stay lowercase in title case.
            if position - start >= 4 {
                significant += 1
                if text[start].isCapital { capitalised += 1 }
            }
        }
    }

    /// The share of words of four letters or more that start with a capital.
    var titleCaseShare: Double { significant == 0 ? 0 : Double(capitalised) / Double(significant) }

    /// Whether every word is written in capitals.
    var isAllCapitals: Bool { count > 0 && lowercase == 0 }
}
