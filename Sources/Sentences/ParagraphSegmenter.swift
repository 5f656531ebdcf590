/// Splits one paragraph into sentences: ICU proposes boundaries, the line, list and punctuation
/// rules add, veto or confirm them, left to right.
struct ParagraphSegmenter {
    /// Why a position is a candidate boundary.
    private struct Reasons: OptionSet {
        let rawValue: UInt8
        /// ICU's sentence break iterator proposed it.
        static let icu = Reasons(rawValue: 1)
        /// It follows terminal punctuation and whitespace; only a rule's `.split` makes it a boundary.
        static let punctuation = Reasons(rawValue: 2)
        /// A line or list rule requires it.
        static let forced = Reasons(rawValue: 4)
        /// It is the spaced ellipsis after "word." that opens the next sentence ("word. . . . Next").
        static let ellipsisAfterPeriod = Reasons(rawValue: 8)
    }

    private let text: [Unicode.Scalar]
    private let lines: [Range<Int>]
    private let range: Range<Int>

    /// `lines` are the paragraph's trimmed lines, in order, from a `TextLayout` of `text`.
    init(_ text: [Unicode.Scalar], lines: [Range<Int>]) {
        self.text = text
        self.lines = lines
        range = lines[0].lowerBound..<lines[lines.count - 1].upperBound
    }

    /// The paragraph's sentences, trimmed, as ranges of `text`.
    func sentences() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = range.lowerBound
        // Whether the sentence so far has a letter or digit; scanned once, however long it grows.
        var hasContent = false
        var scanned = start
        for (position, reasons) in candidates() where position > start {
            let end = trimmedEnd(before: position)
            while !hasContent, scanned < end {
                hasContent = text[scanned].isAlphanumeric
                scanned += 1
            }
            // A bare bullet, list number or ellipsis goes with the sentence it introduces.
            guard hasContent, !ListMarker.isMarkerOnly(text, start..<end) else { continue }
            let split: Bool
            if reasons.contains(.forced) || reasons.contains(.ellipsisAfterPeriod) {
                split = true
            } else {
                switch BoundaryRules.verdict(text, sentence: start..<end, next: position, limit: range.upperBound) {
                case .split: split = true
                case .join: split = false
                case .undecided: split = reasons.contains(.icu)
                }
            }
            guard split else { continue }
            found.append(start..<end)
            start = position
            scanned = position
            hasContent = false
        }
        let last = start..<range.upperBound
        if let previous = found.last, !last.contains(where: { text[$0].isAlphanumeric }) {
            // Trailing punctuation alone ("… it. …") belongs to the sentence before it.
            found[found.count - 1] = previous.lowerBound..<last.upperBound
        } else {
            found.append(last)
        }
        return found
    }

    /// The candidate boundaries, each at the first non-whitespace scalar of the text that would
    /// follow, in ascending order and inside the paragraph.
    private func candidates() -> [(Int, Reasons)] {
        var found: [Int: Reasons] = [:]
        func add(_ position: Int, _ reasons: Reasons) {
            var position = position
            while position < range.upperBound, text[position].isSpace { position += 1 }
            guard position > range.lowerBound, position < range.upperBound else { return }
            found[position, default: []].insert(reasons)
        }

        let proposed = ICUSentenceBreaker.boundaries(in: text, range: range)
        for boundary in proposed ?? [] { add(boundary, .icu) }
        addPunctuationCandidates(icuMissing: proposed == nil, add)
        for (line, next) in zip(lines, lines.dropFirst())
        where LineBreakRules.endsSentence(text, line: line, next: next) {
            add(next.lowerBound, .forced)
        }
        for line in lines {
            guard let marker = ListMarker.parse(text, at: line.lowerBound, limit: line.upperBound, strict: false) else { continue }
            for item in marker.followingItems(text, in: line) { add(item, .forced) }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Adds the position after each run of terminal punctuation (with its closing quotes and
    /// brackets) that whitespace follows; without ICU these stand in for its proposals.
    private func addPunctuationCandidates(icuMissing: Bool, _ add: (Int, Reasons) -> Void) {
        var position = range.lowerBound
        while position < range.upperBound {
            guard text[position].isSentenceTerminal else {
                position += 1
                continue
            }
            let clusterStart = position
            var dots = 0
            while position < range.upperBound {
                let scalar = text[position]
                if scalar.isSentenceTerminal {
                    dots += scalar == "." ? 1 : 0
                } else if !(scalar == " " && text[position - 1] == "." && position + 1 < range.upperBound
                            && text[position + 1] == ".") {
                    break
                }
                position += 1
            }
            // "compounds. . . . The": a period on the word, then a spaced ellipsis that opens the next sentence.
            if dots == 4, text[clusterStart] == ".", clusterStart > range.lowerBound, !text[clusterStart - 1].isSpace,
               clusterStart + 2 < position, text[clusterStart + 1] == " ",
               SentenceHead(text, at: position, limit: range.upperBound).first?.isCapital == true {
                add(clusterStart + 2, .ellipsisAfterPeriod)
            }
            while position < range.upperBound, text[position].isClosingPunctuation { position += 1 }
            if position < range.upperBound, text[position].isSpace {
                var reasons: Reasons = .punctuation
                if icuMissing, SentenceHead(text, at: position, limit: range.upperBound).first?.isLowercaseLetter != true {
                    reasons.insert(.icu)
                }
                add(position, reasons)
            }
        }
    }

    private func trimmedEnd(before position: Int) -> Int {
        var end = position
        while end > range.lowerBound, text[end - 1].isSpace { end -= 1 }
        return end
    }
}
