import ClaimwatchModel

/// Finds the current value of a topic's quantity in one sentence: a number attached to one of the
/// quantity's nouns, that is not money, a percentage, an earlier value ("up from 3,000"), an
/// increment ("three more"), a plan or forecast, or a count of another measure ("soldiers killed").
struct QuantityDetector {
    let context: SentenceContext
    let nouns: PhraseMatcher
    /// Whether the quantity itself counts harm (deaths, injuries), so "killed" is its measure.
    let countsHarm: Bool
    let referenceYear: Int?

    private var tokens: [Token] { context.tokens }

    private static let harmWords: Set<String> = Lexicon.stems(["killed", "wounded", "injured", "dead", "died", "hurt",
                                                                     "missing", "captured", "casualties", "deaths", "lost"])
    private static let currencyWords: Set<String> = Lexicon.stems(["dollar", "euro", "pound", "crown", "krona", "krone",
                                                                         "yen", "yuan", "rouble", "ruble", "franc", "rupee",
                                                                         "won", "peso", "usd", "eur", "gbp", "cent", "pence"])
    private static let planWords: Set<String> = Lexicon.stems(["plan", "plans", "aim", "aims", "target", "goal", "intend",
                                                                     "forecast", "projected", "project", "expect", "expected",
                                                                     "hope", "pledge", "promise", "want", "seek", "propose",
                                                                     "budget", "schedule", "increase", "raise", "boost", "reach"])
    private static let changePlanWords: Set<String> = Lexicon.stems(["increase", "raise", "boost", "reach"])
    private static let kindWords: Set<String> = Lexicon.stems(["types", "kinds", "models", "classes", "sorts",
                                                                     "varieties", "variants", "categories"])
    private static let employsStem = WordStem.stem("employs")
    private static let futureModals: Set<String> = ["will", "would", "could", "might", "shall", "may", "can", "should"]

    /// A value of the quantity with the words that qualify and attribute it in the sentence.
    struct Reading: Equatable {
        var value: Double
        /// What the value is hedged with, as written: the words before the number that were
        /// dropped ("about", "at least", "more than") and/or a hedge on its verb ("may have"),
        /// both as "as many as … may have".
        var qualifier: String?
        /// Who the sentence gives the figure to, as written: "according to the Pentagon",
        /// "officials said", "said the ministry".
        var attribution: String?
    }

    func values() -> [Double] { readings().map(\.value) }

    /// The values, the current one first, each with its qualifier and the sentence's attribution.
    func readings() -> [Reading] {
        let nounMatches = nouns.matches(in: tokens)
        guard !nounMatches.isEmpty else { return [] }
        let numbers = NumberReader.numbers(in: tokens)
        let counted = numbers.compactMap { number -> (number: NumberReader.Number, noun: Range<Int>)? in
            guard let noun = attachedNoun(number, nounMatches) ?? measuredNoun(number, nounMatches) else { return nil }
            return counts(number, noun: noun, nounMatches: nounMatches) ? (number, noun) : nil
        }
        guard !counted.isEmpty else { return [] }
        let attribution = attribution(nounMatches: nounMatches, numbers: numbers)
        var readings = counted.map { Reading(value: $0.number.value, qualifier: qualifier($0.number, noun: $0.noun), attribution: attribution) }
        // "… 12,000 accounts had been affected, but later raised the figure to 40,000": the
        // revised figure is the value now.
        if let first = counted.first?.number,
           let revised = numbers.last(where: { $0.range.lowerBound > first.range.upperBound && revisesFigure($0) }) {
            readings.insert(Reading(value: revised.value, qualifier: qualifier(revised, noun: nil), attribution: attribution), at: 0)
        }
        return readings
    }

    // MARK: Qualifier and attribution

    /// Words before a number that qualify it, longest first (compared on `Token.base`).
    private static let qualifierPhrases: [[String]] = [
        ["no", "fewer", "than"], ["no", "more", "than"], ["not", "more", "than"], ["no", "less", "than"],
        ["as", "many", "as"], ["as", "few", "as"], ["as", "much", "as"], ["as", "little", "as"],
        ["more", "than"], ["fewer", "than"], ["less", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["close", "to"], ["upwards", "of"], ["in", "excess", "of"], ["an", "estimated"], ["just", "over"], ["just", "under"],
        ["well", "over"], ["about"], ["around"], ["some"], ["nearly"], ["almost"], ["roughly"], ["approximately"],
        ["approx"], ["circa"], ["over"], ["under"], ["estimated"], ["perhaps"], ["possibly"], ["reportedly"],
    ]
    private static let hedgeModals: Set<String> = ["may", "might", "could"]

    /// "at least 14 people", "an estimated 3,000 troops", "3,000 troops may have been deployed".
    private func qualifier(_ number: NumberReader.Number, noun: Range<Int>?) -> String? {
        let start = number.range.lowerBound
        var parts: [String] = []
        for phrase in Self.qualifierPhrases where phrase.count <= start {
            let first = start - phrase.count
            guard (0..<phrase.count).allSatisfy({ tokens[first + $0].base == phrase[$0] }) else { continue }
            // "rose up to 63" reaches a level; "up to 63 people" bounds one.
            if phrase == ["up", "to"], first > 0, Self.levelVerbs.contains(tokens[first - 1].stem) || tokens[first - 1].base == "went" { break }
            parts.append((first..<start).map { tokens[$0].text }.joined(separator: " "))
            break
        }
        // A hedge on the figure's verb, just after what it counts: "… troops may have been deployed".
        let after = noun.map { max($0.upperBound, number.range.upperBound) } ?? number.range.upperBound
        if let modal = (after..<min(tokens.count, after + 3)).first(where: { Self.hedgeModals.contains(tokens[$0].base) }),
           modal + 1 < tokens.count, tokens[modal + 1].base == "have" {
            parts.append("\(tokens[modal].text) \(tokens[modal + 1].text)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " … ")
    }

    private static let reportingVerbs: Set<String> = ["said", "says", "say", "estimated", "estimates", "estimate", "reported",
                                                      "reports", "told", "tells", "claimed", "claims", "stated", "states",
                                                      "announced", "announces", "confirmed", "confirms", "added", "adds",
                                                      "believes", "believe", "believed", "wrote", "writes", "counted", "counts",
                                                      "calculated", "calculates", "tallied", "assessed", "assesses"]
    private static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who"]
    /// Words a speaker's name does not run across.
    private static let nameStops: Set<String> = ["that", "which", "who", "and", "but", "or", "while", "as", "if", "when",
                                                 "because", "than", "was", "were", "is", "are", "be", "been", "being"]
    /// Words after which a clause (and so a speaker) begins.
    private static let clauseOpeners: Set<String> = ["that", "and", "but", "while", "as", "because", "when", "although"]
    private static let auxiliaries: Set<String> = ["has", "have", "had", "also"]
    private static let passive: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]

    /// Who the sentence gives its figures to: "according to X", "X said" (or estimated,
    /// reported, told …), "…, said X". Pronouns ("he said") name nobody and are left out.
    private func attribution(nounMatches: [Range<Int>], numbers: [NumberReader.Number]) -> String? {
        let counted = Set(nounMatches.flatMap { Array($0) } + numbers.flatMap { Array($0.range) })
        func text(_ range: Range<Int>) -> String { range.map { tokens[$0].text }.joined(separator: " ") }
        func inName(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.isWord && !counted.contains(index) && !Self.nameStops.contains(token.base)
                && !Self.reportingVerbs.contains(token.base)
                && (token.base == "of" || !Lexicon.prepositions.contains(token.base))
        }
        func isPronoun(_ range: Range<Int>) -> Bool { range.count == 1 && Self.pronouns.contains(tokens[range.lowerBound].base) }
        /// A name read forwards from `start`: up to six words ("the Ministry of Defence").
        func name(from start: Int) -> Range<Int> {
            var end = start
            while end < tokens.count, end - start < 6, inName(end) { end += 1 }
            while end > start, ["of", "the", "a", "an"].contains(tokens[end - 1].base) { end -= 1 }
            return start..<end
        }
        for index in tokens.indices.dropLast() where tokens[index].base == "according" && tokens[index + 1].base == "to" {
            let source = name(from: index + 2)
            if !source.isEmpty, !isPronoun(source) { return text(index..<source.upperBound) }
        }
        for verb in tokens.indices where tokens[verb].isWord && Self.reportingVerbs.contains(tokens[verb].base) {
            // "troops were said to number …" is no source.
            if verb > 0, Self.passive.contains(tokens[verb - 1].base) { continue }
            var end = verb
            while end > 0, Self.auxiliaries.contains(tokens[end - 1].base) { end -= 1 }
            var start = end
            while start > 0, end - start < 6, inName(start - 1) { start -= 1 }
            if start < end {
                // "officials said", "the Pentagon has estimated": a speaker that opens its clause.
                let opensClause = start == 0 || !tokens[start - 1].isWord || Self.clauseOpeners.contains(tokens[start - 1].base)
                if opensClause, !isPronoun(start..<end) { return text(start..<(verb + 1)) }
            } else if end == 0 || !tokens[end - 1].isWord {
                // ", said the ministry"
                let speaker = name(from: verb + 1)
                if !speaker.isEmpty, !isPronoun(speaker) { return text(verb..<speaker.upperBound) }
            }
        }
        return nil
    }

    private static let figureNouns: Set<String> = ["figure", "estimate", "tally", "count", "total", "number", "toll"]
    private static let revisionVerbs: Set<String> = Lexicon.stems(["raised", "revised", "lowered", "updated", "increased",
                                                                        "cut", "reduced", "put", "corrected", "adjusted"])

    /// "raised the figure to 40,000", "revised its estimate to 310,000".
    private func revisesFigure(_ number: NumberReader.Number) -> Bool {
        let start = number.range.lowerBound
        guard start >= 4, ["to", "at"].contains(tokens[start - 1].base) else { return false }
        let window = (max(0, start - 6)..<(start - 1))
        guard let figure = window.last(where: { Self.figureNouns.contains(tokens[$0].base) }),
              figure >= 1, ["the", "its", "their", "that", "this"].contains(tokens[figure - 1].base) else { return false }
        // A revision done ("raised", "put"), not one planned ("plans to increase this number to …").
        return (max(0, figure - 3)..<figure).contains { Self.revisionVerbs.contains(tokens[$0].stem)
            && (tokens[$0].base.hasSuffix("ed") || ["put", "cut"].contains(tokens[$0].base)) }
            && !isPlanned(start)
    }

    /// The noun the number counts: within three words after it ("3,000 North Korean troops",
    /// "nine cases of liver injury").
    private func attachedNoun(_ number: NumberReader.Number, _ matches: [Range<Int>]) -> Range<Int>? {
        // A count of harm: "340 people were killed", "killed at least 14 people".
        if countsHarm, let harm = harmNoun(around: number, matches) { return harm }
        return matches.first { match in
            let gap = match.lowerBound - number.range.upperBound
            guard gap >= 0, gap <= 4 else { return false }
            // Only modifiers may stand between: no verbs, prepositions or punctuation — but for
            // "of" after a counted head ("nine cases of serious liver injury").
            return (number.range.upperBound..<match.lowerBound).allSatisfy { position in
                let token = tokens[position]
                let countedHead = token.base == "of" && position > number.range.upperBound
                return token.isWord && (countedHead || !Lexicon.prepositions.contains(token.base)) && NumberReader.scales[token.base] == nil
                    && !["more", "additional", "extra", "further", "and", "or", "were", "was", "are", "is"].contains(token.base)
            }
        }
    }

    private static let personNouns: Set<String> = Lexicon.stems(["people", "persons", "civilians", "residents", "victims",
                                                                       "passengers", "workers", "children", "adults", "soldiers",
                                                                       "villagers", "miners", "patients", "others", "migrants"])

    /// For a harm quantity whose nouns are participles ("killed", "injured"): the participle
    /// after "N people were/have been", or the verb before "N people" ("killed 14 people").
    private func harmNoun(around number: NumberReader.Number, _ matches: [Range<Int>]) -> Range<Int>? {
        let end = number.range.upperBound
        guard end < tokens.count, Self.personNouns.contains(tokens[end].stem) else { return nil }
        if let match = matches.first(where: { match in
            guard match.lowerBound > end else { return false }
            let between = (end + 1)..<match.lowerBound
            return between.count <= 3
                && between.allSatisfy { ["were", "was", "have", "has", "had", "been", "are", "reported", "confirmed"].contains(tokens[$0].base) }
        }) {
            return match
        }
        return matches.last { match in
            guard match.upperBound <= number.range.lowerBound else { return false }
            let between = match.upperBound..<number.range.lowerBound
            return between.count <= 3 && between.allSatisfy { Self.qualifiers.contains(tokens[$0].base) }
        }
    }

    private static let qualifiers: Set<String> = ["at", "least", "more", "than", "about", "around", "some", "nearly", "almost",
                                                  "roughly", "approximately", "over", "up", "to", "an", "estimated", "fewer", "less"]

    /// The noun of a measure stated before its value: "the number of grounded aircraft has
    /// risen to 63", "put the number of soldiers at 14,500", "the death toll … to 212",
    /// "cases reach 142".
    private func measuredNoun(_ number: NumberReader.Number, _ matches: [Range<Int>]) -> Range<Int>? {
        let start = number.range.lowerBound
        guard start > 0 else { return nil }
        let before = tokens[start - 1]
        let linked = ["to", "at"].contains(before.base) || Self.levelVerbs.contains(before.stem)
            || (start > 1 && ["about", "around", "some", "nearly", "almost", "roughly", "approximately", "over"].contains(before.base)
                && (["to", "at"].contains(tokens[start - 2].base) || Self.levelVerbs.contains(tokens[start - 2].stem)))
        guard linked else { return nil }
        return matches.last { match in
            guard match.upperBound <= start, start - match.upperBound <= 14 else { return false }
            let between = match.upperBound..<start
            // Same clause, no other figure in between, and a verb of level or change.
            // Same clause, a verb of level or change, and no other figure between but an earlier
            // value ("rose from 3,000 to 10,000").
            return !between.contains { [";", ":"].contains(tokens[$0].base) || (tokens[$0].isNumeric && tokens[$0 - 1].base != "from") }
                && (between.contains { Self.levelVerbs.contains(tokens[$0].stem) }
                    // "put the number of soldiers … at 14,500", "brings the death toll … to 252"
                    || (max(0, match.lowerBound - 5)..<match.lowerBound).contains { Self.levelVerbs.contains(tokens[$0].stem) })
        }
    }

    private static let levelVerbs: Set<String> = Lexicon.stems(["rise", "risen", "rose", "grow", "grown", "grew", "fall",
                                                                      "fallen", "fell", "reach", "reached", "climb", "increase",
                                                                      "drop", "revise", "stand", "stood", "put", "cover", "total",
                                                                      "bring", "brought", "jump", "swell", "swelled", "hit",
                                                                      "exceed", "top", "surpass", "decline", "ease"])

    private func counts(_ number: NumberReader.Number, noun: Range<Int>, nounMatches: [Range<Int>]) -> Bool {
        let start = number.range.lowerBound
        let before = start > 0 ? tokens[start - 1] : nil
        let after = number.range.upperBound < tokens.count ? tokens[number.range.upperBound] : nil
        // Money, percentages, ages.
        if let before, ["$", "€", "£", "¥"].contains(before.text) || before.base == "aged" || before.base == "age" { return false }
        if let after, ["%", "percent", "per"].contains(after.base) { return false }
        if (noun.upperBound..<min(tokens.count, noun.upperBound + 1)).contains(where: { Self.currencyWords.contains(tokens[$0].stem) }) { return false }
        // An earlier value: "up from 3,000", "from 3,000 to 10,000", "more than the 230,000 …";
        // but "more than 600" is a qualifier and "data from 2.4 million users" a source.
        if let before, before.base == "from", isEarlierValue(number, noun: noun, nounMatches: nounMatches) { return false }
        if let before, before.base == "than", !(start >= 2 && ["more", "fewer", "less"].contains(tokens[start - 2].base)) { return false }
        if start >= 2, ["from", "than"].contains(tokens[start - 2].base) && ["the", "a", "some", "about", "around", "roughly", "nearly", "almost"].contains(before?.base ?? "") { return false }
        // An increment: "three more", "another 200", "an additional 500".
        if let before, ["another", "additional", "extra", "further"].contains(before.base) { return false }
        if let after, ["more", "additional", "extra", "further", "new"].contains(after.base), after.base != "new" || countsHarm { return false }
        // Another measure on the same noun: "600,000 soldiers killed or wounded".
        // Only auxiliaries may stand between ("troops were killed"); "142 cases and six deaths"
        // counts two measures side by side.
        if !countsHarm, let harm = (noun.upperBound..<min(tokens.count, noun.upperBound + 3)).first(where: { Self.harmWords.contains(tokens[$0].stem) }),
           (noun.upperBound..<harm).allSatisfy({ ["were", "was", "have", "has", "had", "been", "being", "are", "or", "and"].contains(tokens[$0].base) }),
           !(noun.upperBound..<harm).contains(where: { tokens[$0].base == "and" && harm - $0 > 1 }) {
            return false
        }
        if context.isHistorical(before: start, referenceYear: referenceYear) { return false }
        // Counts of a whole: "employs 6,000 workers", "three aircraft types".
        if let before, before.stem == Self.employsStem || before.base == "workforce" { return false }
        if noun.upperBound < tokens.count, Self.kindWords.contains(tokens[noun.upperBound].stem) { return false }
        let tail = (noun.upperBound..<min(tokens.count, noun.upperBound + 8)).map { tokens[$0] }
        // A cumulative or past figure: "since 2016", "between 2012 and 2022".
        // A participle describing the noun ("cars built between 2021 and 2023") dates the
        // things counted, not the count.
        if zip(tail, tail.dropFirst()).enumerated().contains(where: { offset, pair in
            ["since", "between"].contains(pair.0.base) && Int(pair.1.text).map { (1900...2100).contains($0) } == true
                && !(offset == 1 && Self.isParticiple(tail[0]))
        }) {
            return false
        }
        // A conditional or future figure: "up to 20,000 people could be at risk".
        if let modal = tail.prefix(3).firstIndex(where: { Self.futureModals.contains($0.base) }),
           modal + 1 < tail.count, tail[modal + 1].base != "have" {
            return false
        }
        return !isPlanned(start)
    }

    /// Plans, targets and forecasts in the number's clause: "plans to increase this number to
    /// 10,000", "will replace pipes in 5,000 homes", "could pass 500". A hedged past estimate
    /// ("may have been deployed") still counts.
    private func isPlanned(_ start: Int) -> Bool {
        var position = start - 1
        while position >= 0, start - position <= 12 {
            let token = tokens[position]
            // Step over ", which will cost …,": the relative clause has its own tense.
            if token.base == ",", let opening = context.relativeClauseOpening(closingAt: position, span: 20, stops: [";", ":"]) {
                position = opening - 1
                continue
            }
            if [";", ":"].contains(token.base) || ["but", "while", "although", "whereas"].contains(token.base) { break }
            // "plans to increase …" is a plan; "raised the figure", "reached 500" are done.
            if Self.planWords.contains(token.stem), !(Self.changePlanWords.contains(token.stem) && token.base.hasSuffix("ed")) { return true }
            if Self.futureModals.contains(token.base), position + 1 < tokens.count, tokens[position + 1].base != "have",
               tokens[position + 1].base != "not" {
                return true
            }
            position -= 1
        }
        // "… by the end of the year", "… by 2027"
        let tail = (start..<min(tokens.count, start + 10)).map { tokens[$0].base }
        if let by = tail.firstIndex(of: "by"), by + 2 < tail.count, tail[by + 1] == "the", tail[by + 2] == "end" { return true }
        return false
    }

    private static let irregularParticiples: Set<String> = ["built", "made", "sold", "sent", "born", "bought", "held", "taken", "given", "shown", "seen"]

    static func isParticiple(_ token: Token) -> Bool {
        token.isWord && (irregularParticiples.contains(token.base) || (token.base.hasSuffix("ed") && token.base.count > 4))
    }

    private static let changeWords: Set<String> = Lexicon.stems(["up", "down", "rise", "risen", "rose", "fall", "fallen", "fell",
                                                                       "increase", "decrease", "grow", "grew", "grown", "cut", "reduce",
                                                                       "revise", "drop", "climb", "jump"])

    /// Whether "from N" gives an earlier value rather than a source ("data from 2.4 million
    /// users to 11 firms"): it does after a change word, when nothing names what N counts, or
    /// in a range "from N to M" that ends the clause or names the same noun.
    private func isEarlierValue(_ number: NumberReader.Number, noun: Range<Int>, nounMatches: [Range<Int>]) -> Bool {
        let from = number.range.lowerBound - 1
        if from >= 1, Self.changeWords.contains(tokens[from - 1].stem) { return true }
        guard noun.lowerBound == number.range.upperBound else { return true }
        guard noun.upperBound < tokens.count, tokens[noun.upperBound].base == "to",
              noun.upperBound + 1 < tokens.count, tokens[noun.upperBound + 1].isNumeric else { return false }
        let afterTarget = noun.upperBound + 2
        guard afterTarget < tokens.count, tokens[afterTarget].isWord else { return true }
        return nounMatches.contains { $0.lowerBound == afterTarget } || Lexicon.prepositions.contains(tokens[afterTarget].base)
    }
}
