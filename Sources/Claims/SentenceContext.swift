/// One sentence prepared for the detectors: its tokens and what the matchers found in it.
struct SentenceContext {
    var tokens: [Token]
    var mentions: [EntityMention]
    /// Token ranges of topic keywords.
    var keywordMatches: [Range<Int>]
    /// Token ranges of keywords written out word for word (no loose order): the topic's own
    /// phrase, inside which an entity's name is what is talked about, not who talks.
    var exactKeywordMatches: [Range<Int>] = []
    /// Token ranges of the topic's quantity nouns: what the topic counts is part of it.
    var quantityNounMatches: [Range<Int>] = []
    /// Whether a keyword occurs in the sentence.
    var mentionsTopic: Bool { !keywordMatches.isEmpty }

    /// The comma that opens ", which …" / ", who …" when `comma` closes it: searched at most
    /// `span` tokens back, and not across any of `stops` (a clause or quotation boundary).
    func relativeClauseOpening(closingAt comma: Int, span: Int, stops: Set<String>) -> Int? {
        var position = comma - 1
        while position >= 1, comma - position <= span {
            if ["which", "who"].contains(tokens[position].base), tokens[position - 1].base == "," { return position - 1 }
            if stops.contains(tokens[position].base) { return nil }
            position -= 1
        }
        return nil
    }

    private static let firstStem = WordStem.stem("first")

    /// Whether the sentence places what it says in the past ("In 2019, …", "Historically, …").
    func isHistorical(before index: Int, referenceYear: Int?, ignoring skipped: [Range<Int>] = []) -> Bool {
        for position in 0..<min(index, tokens.count) where !skipped.contains(where: { $0.contains(position) }) {
            let token = tokens[position]
            if position == 0 || (position == 1 && !tokens[0].isWord) {
                if Lexicon.historical.contains(token.stem) && token.stem != Self.firstStem { return true }
            }
            if let year = Int(token.text), (1900...2100).contains(year), position > 0 {
                let previous = tokens[position - 1].base
                if ["in", "since", "until", "by"].contains(previous) || (previous == "of" && position > 1) {
                    if let referenceYear, year >= referenceYear { continue }
                    return true
                }
            }
            if token.base == "at", position + 2 < tokens.count, tokens[position + 1].base == "the", tokens[position + 2].base == "time" {
                return true
            }
            if token.base == "last", position + 1 < tokens.count, ["year", "month", "decade"].contains(tokens[position + 1].base) {
                return true
            }
        }
        return false
    }
}
