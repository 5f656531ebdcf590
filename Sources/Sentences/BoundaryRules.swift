/// The rules that correct ICU's sentence boundaries in news text: abbreviations, initials, clock
/// times, acronyms, ellipses, quotations followed by their attribution.
///
/// Each rule looks at the end of the sentence so far and the start of the text after the
/// candidate boundary, and only at words and punctuation, never at a particular sentence.
enum BoundaryRules {
    /// The verdict on ending the sentence `text[sentence]` (trimmed, not empty) where the next one
    /// would start at `next` (not whitespace), with the paragraph ending at `limit`.
    static func verdict(_ text: [Unicode.Scalar], sentence: Range<Int>, next: Int, limit: Int) -> Verdict {
        let tail = SentenceTail(text, sentence)
        guard tail.hasTerminal else { return .undecided }
        // "[...]" marks words left out of a quotation, not the end of it.
        if tail.isBracketedEllipsis { return .join }
        let head = SentenceHead(text, at: next, limit: limit)
        guard let first = head.first else { return .undecided }
        // A sentence ends with a space after its period: "Apple Inc.の商標", "end.The" go on.
        if next == sentence.upperBound, text[next - 1] == ".", first.isLetter { return .join }
        // Punctuation that cannot open a sentence continues this one ("9.30 A.M. / 7 P.M.").
        if next == head.start, ",;:/%)]}".unicodeScalars.contains(first) { return .join }
        if closesBracketSoon(text, sentence: sentence, next: next, limit: limit) { return .join }
        if opensAttachedParenthesis(text, at: next, limit: limit) { return .join }
        // Sentences start with a capital, a digit or a quotation; a lowercase word continues the
        // sentence ("Yahoo! in", "co. at", "“This is great.” she said").
        if first.isLowercaseLetter { return .join }
        if tail.closesQuotation, isAttribution(head) { return .join }
        if tail.hasStrongTerminal { return .undecided }
        if tail.isEllipsis { return ellipsisVerdict(tail, head) }
        guard tail.dots == 1 else { return .undecided }
        return periodVerdict(text, sentence: sentence, tail: tail, head: head)
    }

    /// Ellipses: the spaced three-dot form (". . .") marks an omission inside a sentence, since
    /// the spaced convention writes a fourth dot where a sentence ends; the unspaced "..." and "…"
    /// carry no such signal, so a capital after them starts a new sentence.
    private static func ellipsisVerdict(_ tail: SentenceTail, _ head: SentenceHead) -> Verdict {
        if tail.isSpaced && tail.dots == 3 { return .join }
        return head.first?.isCapital == true ? .split : .undecided
    }

    private static func periodVerdict(_ text: [Unicode.Scalar], sentence: Range<Int>, tail: SentenceTail,
                                      head: SentenceHead) -> Verdict {
        let word = tail.word
        guard let initial = word.unicodeScalars.first else { return .undecided }
        let lower = word.lowercased()
        let nextIsCapital = head.first?.isCapital == true
        let nextStartsSentence = Lexicon.sentenceStarters.contains(head.word) && !head.isInitial

        if isDotted(word) {
            if lower == "a.m" || lower == "p.m" {
                return clockTimeVerdict(text, sentence: sentence, tail: tail, head: head)
            }
            // "e.g.", "i.e.", "a.k.a." introduce what follows.
            if !word.unicodeScalars.contains(where: \.isCapital) { return .join }
            // "the U.S. Army" but "in the U.S. How …": an acronym ends a sentence only before a
            // word that starts sentences and is not a name.
            if nextIsCapital { return nextStartsSentence ? .undecided : .join }
            return .undecided
        }
        if Lexicon.midSentence.contains(word) { return .join }
        // "st.", "mt.", "ft." in lowercase are street, mount and feet, which can end a sentence.
        if Lexicon.titles.contains(lower), initial.isCapital || !["st", "mt", "ft"].contains(lower) { return .join }
        if Lexicon.beforeNumber.contains(lower), head.startsWithNumber { return .join }
        if initial.isCapital, Lexicon.months.contains(lower), head.first?.isDecimalDigit == true { return .join }
        if Lexicon.nameSuffixes.contains(lower),
           Lexicon.nameSuffixes.contains(head.word) || Lexicon.jobTitles.contains(head.word) { return .join }
        // English words without a vowel are abbreviations ("Rm. 5", "Bldg. 7", "Pt. 2").
        if head.startsWithNumber, isVowelless(word) { return .join }
        if word.unicodeScalars.count == 1 {
            // A lone lowercase letter is an abbreviation ("Palm Bay d. Rockledge"); lists are handled apart.
            if initial.isLowercaseLetter { return .join }
            if initial.isCapital, nextIsCapital { return initialVerdict(tail, nextStartsSentence: nextStartsSentence) }
        }
        return .undecided
    }

    /// Whether the sentence so far has an open bracket that the text after the boundary closes
    /// within a few words ("for $900 (Orig. $1,599).", "[see p. 41]"): the period is inside the aside.
    private static func closesBracketSoon(_ text: [Unicode.Scalar], sentence: Range<Int>, next: Int, limit: Int) -> Bool {
        var depth = 0
        // The recent past suffices, and keeps long sentences linear.
        for scalar in text[max(sentence.lowerBound, sentence.upperBound - 300)..<sentence.upperBound] {
            if scalar == "(" || scalar == "[" { depth += 1 }
            if scalar == ")" || scalar == "]", depth > 0 { depth -= 1 }
        }
        guard depth > 0 else { return false }
        var position = next
        while position < min(limit, next + 60) {
            let scalar = text[position]
            if scalar == ")" || scalar == "]" { return true }
            if scalar == "(" || scalar == "[" { return false }
            if scalar.isSentenceTerminal, position + 1 < limit, text[position + 1].isSpace { return false }
            position += 1
        }
        return false
    }

    /// Whether a parenthesis follows that belongs to this sentence: a news agency's credit before
    /// a dash, as in a dateline ("ST. JOSEPH, Mich. (AP) — …"), or a citation before the final
    /// period ("… before noon.” (Field notes, day 3).") — a parenthesis that is a sentence of its
    /// own keeps its period inside.
    private static func opensAttachedParenthesis(_ text: [Unicode.Scalar], at next: Int, limit: Int) -> Bool {
        guard text[next] == "(" else { return false }
        var position = next + 1
        while position < min(limit, next + 80), text[position] != ")" {
            guard text[position] != "(", !text[position].isSentenceTerminal else { return false }
            position += 1
        }
        guard position < limit, text[position] == ")" else { return false }
        position += 1
        if position < limit, text[position].isSentenceTerminal {
            return position + 1 == limit || text[position + 1].isSpace
        }
        while position < limit, text[position].isSpace { position += 1 }
        return position < limit && "-–—".unicodeScalars.contains(text[position])
    }

    /// A single capital and a period is an initial ("George W. Bush", "J. R. R. Tolkien") unless a
    /// sentence-starting word follows ("… Plan B. The …"), or it is the pronoun after a lowercase
    /// word ("you and I. Jones …").
    private static func initialVerdict(_ tail: SentenceTail, nextStartsSentence: Bool) -> Verdict {
        if nextStartsSentence { return .undecided }
        if tail.word == "I", tail.previousWord.unicodeScalars.first?.isLowercaseLetter == true { return .undecided }
        return .join
    }

    /// "a.m."/"p.m." before a capital: the sentence goes on after a fronted time phrase ("At 5 a.m.
    /// Mr. Smith left") and before a day, a month or a time zone ("9 a.m. Monday", "6 p.m. GMT",
    /// "5 p.m. Moscow time"); otherwise the clock time ends it ("… left at 6 p.m. Mr. Smith then …").
    private static func clockTimeVerdict(_ text: [Unicode.Scalar], sentence: Range<Int>, tail: SentenceTail,
                                         head: SentenceHead) -> Verdict {
        guard head.first?.isCapital == true else { return .undecided }
        if isFrontedTimePhrase(text, sentence.lowerBound..<tail.wordStart) { return .join }
        let words = head.words(upTo: 2).words
        if Lexicon.afterClockTime.contains(head.word) || (words.count == 2 && words[1] == "time") { return .join }
        return .split
    }

    /// Whether `text[range]` is only a short time phrase opened by a preposition ("At 5", "Shortly after 9").
    private static func isFrontedTimePhrase(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let tokens = text[range].split(whereSeparator: \.isSpace)
        guard (1...4).contains(tokens.count), tokens.joined().contains(where: \.isDecimalDigit) else { return false }
        let opening = tokens[0].filter(\.isLetter).string.lowercased()
        return Lexicon.timePrepositions.contains(opening)
    }

    /// A closed quotation followed by who said it: up to three capitalised words (a name), a verb
    /// of speech, and the end of the sentence, perhaps after a short phrase of time or audience
    /// ("… ready.” Peskov said.", "… over?” Maria Ivanova asked on Monday.").
    private static func isAttribution(_ head: SentenceHead) -> Bool {
        let (words, capitalised, following) = head.words(upTo: 8)
        guard let verb = words.firstIndex(where: Lexicon.speechVerbs.contains), (1...3).contains(verb),
              capitalised[..<verb].allSatisfy({ $0 }),
              !words[..<verb].contains(where: Lexicon.sentenceStarters.contains) else { return false }
        let rest = words[(verb + 1)...]
        guard following.map({ ".,;!?".unicodeScalars.contains($0) }) ?? true else { return false }
        guard let firstOfRest = rest.first else { return true }
        return rest.count <= 4 && Lexicon.afterAttribution.contains(firstOfRest)
    }

    /// Whether `word` is two to four Latin letters without a vowel ("Rm", "Bldg", "Pt").
    private static func isVowelless(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return (2...4).contains(scalars.count)
            && scalars.allSatisfy { $0.isASCII && $0.isLetter && !"aeiouyAEIOUY".unicodeScalars.contains($0) }
    }

    /// Whether `word` is letters joined by single periods: "U.S", "e.g", "a.m", "U.S.A".
    private static func isDotted(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, scalars.count % 2 == 1 else { return false }
        for (index, scalar) in scalars.enumerated() {
            if index % 2 == 0 ? !scalar.isLetter : scalar != "." { return false }
        }
        return true
    }
}
