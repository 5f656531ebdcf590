/// How a candidate sentence ends: its closing quotes and brackets, its terminal punctuation and
/// the word that punctuation is attached to.
struct SentenceTail {
    /// Periods at the end, an ellipsis character counting three ("…" or ". . ." or "....").
    private(set) var dots = 0
    /// Whether "!" or "?" (or another terminal mark) is among the final punctuation.
    private(set) var hasStrongTerminal = false
    /// Whether the dots are spaced out, as in ". . .".
    private(set) var isSpaced = false
    /// Whether the final punctuation is an omission marker in brackets, "[...]".
    private(set) var isBracketedEllipsis = false
    /// Whether a quotation mark closes the sentence (after the punctuation).
    private(set) var closesQuotation = false
    /// The word the punctuation is attached to, opening quotes and brackets removed ("U.S" in "(U.S.").
    private(set) var word = ""
    /// Where `word` starts.
    private(set) var wordStart: Int
    /// The word before `word`, punctuation removed.
    private(set) var previousWord = ""

    var hasTerminal: Bool { dots > 0 || hasStrongTerminal }
    var isEllipsis: Bool { dots >= 3 }

    init(_ text: [Unicode.Scalar], _ sentence: Range<Int>) {
        var position = sentence.upperBound
        while position > sentence.lowerBound, text[position - 1].isClosingPunctuation {
            if text[position - 1].isQuotationMark { closesQuotation = true }
            position -= 1
        }
        let closers = position
        while position > sentence.lowerBound {
            let scalar = text[position - 1]
            if scalar == "." {
                dots += 1
            } else if scalar == "…" {
                dots += 3
            } else if scalar.isSentenceTerminal {
                hasStrongTerminal = true
            } else if scalar == " ", position < sentence.upperBound, position - 2 >= sentence.lowerBound,
                      text[position - 2] == ".", text[position] == "." {
                isSpaced = true
            } else {
                break
            }
            position -= 1
        }
        isBracketedEllipsis = dots >= 3 && position > sentence.lowerBound && text[position - 1] == "["
            && closers < sentence.upperBound && text[closers] == "]"

        let wordEnd = position
        while position > sentence.lowerBound, !text[position - 1].isSpace { position -= 1 }
        while position < wordEnd, text[position].isOpeningPunctuation { position += 1 }
        wordStart = position
        word = text[position..<wordEnd].string

        while position > sentence.lowerBound, text[position - 1].isSpace { position -= 1 }
        let previousEnd = position
        while position > sentence.lowerBound, !text[position - 1].isSpace { position -= 1 }
        previousWord = text[position..<previousEnd].filter(\.isLetter).string
    }
}
