/// Decides whether a single line break inside a paragraph ends a sentence.
///
/// Most line breaks inside a paragraph only wrap the text, and ICU is told they are spaces. The
/// exceptions are decided here: a list item starts on its own line, and a line that reads like a
/// headline, a byline or a caption (no final punctuation, short or in title case) ends before a
/// line that starts like a sentence.
enum LineBreakRules {
    /// Whether the break between the trimmed lines `line` and `next` ends a sentence regardless of
    /// punctuation. Lines that end with terminal punctuation are left to the punctuation rules.
    static func endsSentence(_ text: [Unicode.Scalar], line: Range<Int>, next: Range<Int>) -> Bool {
        if ListMarker.parse(text, at: next.lowerBound, limit: next.upperBound, strict: true) != nil {
            return true
        }
        var last = line.upperBound - 1
        while last > line.lowerBound, text[last].isClosingPunctuation { last -= 1 }
        let final = text[last]
        if final.isSentenceTerminal || continuesAfter(final) { return false }
        if Lexicon.continuationWords.contains(lastWord(text, in: line).lowercased()) { return false }
        guard startsLikeSentence(text, next) else { return false }
        if looksLikeDateline(text, line) { return false }

        let words = Words(text, line)
        // A hard-wrapped line runs to the wrap width and the next one is about as long; a heading
        // is short, in title case or in capitals, or much shorter than the paragraph under it.
        return line.count < 50
            || (words.count <= 20 && (words.titleCaseShare >= 0.6 || words.isAllCapitals))
            || Double(line.count) < 0.6 * Double(next.count)
    }

    /// Punctuation that leaves a line open: a comma, a colon, a dash, an open bracket.
    private static func continuesAfter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "-", "–", "—", "/", "&", "(", "[", "+", "=", "“", "‘", "«": true
        default: false
        }
    }

    private static func startsLikeSentence(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var position = line.lowerBound
        while position < line.upperBound, text[position].isOpeningPunctuation { position += 1 }
        guard position < line.upperBound else { return false }
        return text[position].isCapital || text[position].isDecimalDigit
    }

    private static func lastWord(_ text: [Unicode.Scalar], in line: Range<Int>) -> String {
        var end = line.upperBound
        while end > line.lowerBound, !text[end - 1].isLetter { end -= 1 }
        var start = end
        while start > line.lowerBound, text[start - 1].isLetter || text[start - 1] == "'" || text[start - 1] == "’" {
            start -= 1
        }
        return text[start..<end].string
    }

    /// "KYIV, Oct 28 (Reuters)" or "LONDON (AP)" on a line of its own: the place in capitals, then
    /// a comma or a bracket; the story that follows belongs to the same sentence.
    private static func looksLikeDateline(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard line.count <= 80 else { return false }
        var position = line.lowerBound
        var letters = 0
        while position < line.upperBound {
            let scalar = text[position]
            if scalar.isLetter {
                guard scalar.isCapital else { return false }
                letters += 1
            } else if !(scalar == "/" || scalar == "-" || scalar == "." || scalar == "'" || scalar == " ") {
                break
            }
            position += 1
        }
        guard letters >= 2, position < line.upperBound, text[position] == "," || text[position] == "(" else { return false }
        // All capitals throughout is a shouted headline, not a dateline.
        return text[position..<line.upperBound].contains { $0.isLowercaseLetter || $0.isDecimalDigit }
    }
}
