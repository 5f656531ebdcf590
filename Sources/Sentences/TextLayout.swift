/// The paragraphs of a text and the lines in each, as trimmed scalar ranges.
///
/// A paragraph ends at a blank line (empty or whitespace only) or at U+2029; a single line break
/// (LF, CR LF, CR, NEL, U+2028) stays inside the paragraph.
struct TextLayout {
    /// Each paragraph's lines, trimmed of surrounding whitespace; blank lines are not kept.
    private(set) var paragraphs: [[Range<Int>]] = []

    init(_ text: [Unicode.Scalar]) {
        var lines: [Range<Int>] = []
        var lineStart = 0
        var position = 0
        while position <= text.count {
            let atEnd = position == text.count
            let scalar = atEnd ? "\n" : text[position]
            // CR LF is one terminator: the LF ends the line, the CR is trailing whitespace.
            let endsLine = atEnd || scalar.isLineTerminator && !(scalar == "\r" && position + 1 < text.count && text[position + 1] == "\n")
            let endsParagraph = atEnd || scalar == "\u{2029}"
            if endsLine || endsParagraph {
                if let line = TextLayout.trimmed(text, lineStart..<position) {
                    lines.append(line)
                } else if !lines.isEmpty {
                    paragraphs.append(lines)
                    lines = []
                }
                if endsParagraph, !lines.isEmpty {
                    paragraphs.append(lines)
                    lines = []
                }
                lineStart = position + 1
            }
            position += 1
        }
    }

    /// `range` without leading and trailing whitespace, or nil if nothing else is in it.
    static func trimmed(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, text[start].isSpace { start += 1 }
        while end > start, text[end - 1].isSpace { end -= 1 }
        return start < end ? start..<end : nil
    }
}
