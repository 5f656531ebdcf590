import ClaimwatchModel

/// A stance found in one sentence, before the document resolves its entities' stances.
struct SentenceStance: Equatable {
    var entity: String
    var stance: Stance
    /// Explicit stance words beat a bare assertion ("X said the troops were …").
    var explicit: Bool
    /// Token index of the stance word, to order stances within the sentence.
    var position: Int
}

/// Finds who takes which stance on the topic in one sentence, by general rules: the stance word
/// and what modifies it (negation, hedges, evasion verbs, tense), the subject it belongs to (the
/// nearest noun phrase on its left, a passive `by`, a possessive owner), and whether its
/// complement is about the topic.
struct StanceDetector {
    let context: SentenceContext
    /// Whether the document as a whole is about the topic, so "denied the reports" can refer to it.
    let documentOnTopic: Bool
    /// The entity an anaphor ("it", "the company") would refer back to, from earlier sentences.
    let previousSubject: String?
    let referenceYear: Int?
    /// What definite descriptions ("the central bank") name.
    let descriptions: EntityDescriptions
    /// Entities the topic's keywords name: the topic is their affair, so what they say of
    /// themselves in a that-clause is about it ("Suntree admitted that it had overstated …").
    var topicEntities: Set<String> = []
    /// Head nouns of the topic's multi-word keywords: "the exchange" refers back to "prisoner
    /// exchange" in an article about it.
    var topicHeads: Set<String> = []

    private var tokens: [Token] { context.tokens }

    func stances() -> [SentenceStance] {
        var found: [SentenceStance] = []
        var consumedUntil = -1
        for index in tokens.indices where tokens[index].isWord && index > consumedUntil {
            guard let cue = cue(at: index) else { continue }
            consumedUntil = cue.end - 1
            guard let stance = resolve(cue) else { continue }
            for entity in stance.entities {
                found.append(SentenceStance(entity: entity, stance: stance.stance, explicit: true, position: index))
            }
        }
        if found.isEmpty {
            found = assertions()
        }
        if found.isEmpty {
            found = offTopicAnswers()
        }
        return found
    }

    /// "Asked about the breach, Kell said: 'We are cooperating with the commission.'": an
    /// answer to a question on the topic that says nothing of the topic is an evasion.
    private func offTopicAnswers() -> [SentenceStance] {
        guard let asked = askedClause, documentOnTopic,
              context.topicalKeyword(in: asked) || asked.contains(where: { ["whether", "if"].contains(tokens[$0].base) }),
              let verb = tokens.indices.first(where: { $0 > asked.upperBound && tokens[$0].isWord
                  && StanceLexicon.reportingVerbs.contains(tokens[$0].stem) && context.mention(at: $0) == nil && !isNoun(at: $0) })
        else { return [] }
        let speakers = subject(before: leftWindow(verb).last ?? verb)
        let answer = (verb + 1)..<tokens.count
        guard !speakers.isEmpty, !answer.isEmpty, !context.topicalKeyword(in: answer, excluding: speakers),
              !answer.contains(where: { tokens[$0].isWord && StanceLexicon.negations.contains(tokens[$0].base) }) else { return [] }
        return speakers.map { SentenceStance(entity: $0, stance: .evade, explicit: true, position: verb) }
    }

    // MARK: - Cues

    private enum CueKind { case verb, noun, evasion, dismissive }

    private struct Cue {
        var polarity: Stance
        var kind: CueKind
        /// The stance word's token.
        var start: Int
        /// First token after the cue phrase (where the complement starts).
        var end: Int
        /// A non-answer whose modal is part of it ("would say only", "would respond once …"):
        /// a hedge does not void it.
        var firm = false
    }

    private func cue(at index: Int) -> Cue? {
        let stem = tokens[index].stem
        if StanceLexicon.evasionVerbs.contains(stem) {
            // "declined to comment", "refused to confirm", "avoided confirming", "avoids direct confirmation"
            var next = index + 1
            if next < tokens.count, tokens[next].base == "to" { next += 1 }
            if next < tokens.count, tokens[next].base == "direct" || tokens[next].base == "directly" || tokens[next].base == "publicly" { next += 1 }
            // "declined to be drawn on …"
            if next + 1 < tokens.count, tokens[next].base == "be", tokens[next + 1].base == "drawn" {
                return Cue(polarity: .evade, kind: .evasion, start: index, end: next + 2)
            }
            if next < tokens.count, StanceLexicon.evasionObjects.contains(tokens[next].stem)
                || StanceLexicon.affirmNouns.contains(tokens[next].stem) || StanceLexicon.affirmVerbs.contains(tokens[next].stem) {
                return Cue(polarity: .evade, kind: .evasion, start: index, end: skipEvasionTail(next + 1))
            }
            return nil
        }
        if StanceLexicon.evasiveVerbs.contains(stem) {
            return Cue(polarity: .evade, kind: .evasion, start: index, end: index + 1)
        }
        if StanceLexicon.responsibilityVerbs.contains(stem), index + 1 < tokens.count, tokens[index + 1].base == "responsibility" {
            return Cue(polarity: .affirm, kind: .verb, start: index, end: index + 2)
        }
        if stem == "stop", index + 2 < tokens.count, tokens[index + 1].base == "short", tokens[index + 2].base == "of" {
            return Cue(polarity: .evade, kind: .evasion, start: index, end: min(tokens.count, index + 4))
        }
        if stem == "say" || tokens[index].base == "said", (index + 1 < tokens.count && tokens[index + 1].base == "only") || (index > 0 && tokens[index - 1].base == "only") {
            // "would say only that …", "said only that …": a non-answer.
            let onlyFollows = index + 1 < tokens.count && tokens[index + 1].base == "only"
            return Cue(polarity: .evade, kind: .evasion, start: index, end: index + (onlyFollows ? 2 : 1), firm: true)
        }
        if tokens[index].base == "nothing", index + 2 < tokens.count, tokens[index + 1].base == "to"
            || (tokens[index + 1].base == "further" || tokens[index + 1].base == "more") && tokens[index + 2].base == "to" {
            // "had nothing to add", "had nothing further to say"
            let verb = tokens[index + 1].base == "to" ? index + 2 : index + 3
            if verb < tokens.count, ["add", "say", "share", "offer"].contains(tokens[verb].base) || tokens[verb].stem == Self.commentStem {
                return Cue(polarity: .evade, kind: .evasion, start: index, end: verb + 1)
            }
        }
        if Self.silenceWords.contains(tokens[index].base), index > 0,
           ["remained", "remains", "remain", "stayed", "stays", "kept", "keeps"].contains(tokens[index - 1].base)
            || (tokens[index].base != "quiet" && ["was", "is", "been"].contains(tokens[index - 1].base)) {
            // "remained silent on …", "stayed tight-lipped about …", "was noncommittal"
            return Cue(polarity: .evade, kind: .evasion, start: index - 1, end: index + 1)
        }
        // "brushed aside the reports", "laughed off suggestions"
        if Self.dismissalVerbs.contains(stem), index + 1 < tokens.count, ["aside", "off"].contains(tokens[index + 1].base) {
            return Cue(polarity: .deny, kind: .verb, start: index, end: index + 2)
        }
        if tokens[index].base == "too", index + 3 < tokens.count, ["early", "soon"].contains(tokens[index + 1].base),
           tokens[index + 2].base == "to", Self.judgementVerbs.contains(tokens[index + 3].stem) {
            // "it was too early to determine the cause": the question is left open.
            return Cue(polarity: .evade, kind: .evasion, start: index, end: index + 4)
        }
        if Self.answerVerbs.contains(stem), index > 0, opensWithAsked,
           leftWindow(index).contains(where: { ["would", "will"].contains(tokens[$0].base) }),
           !leftWindow(index).contains(where: { StanceLexicon.negations.contains(tokens[$0].base) }) {
            // "Asked about X, the agency said it would issue a statement later": an answer deferred.
            return Cue(polarity: .evade, kind: .evasion, start: index, end: index + 1, firm: true)
        }
        if stem == Self.commentStem || stem == "say" || Self.disclosureVerbs.contains(stem) {
            // "would not comment", "no comment", "inappropriate to comment", "could not say whether"
            let window = leftWindow(index)
            let negated = window.contains { StanceLexicon.negations.contains(tokens[$0].base) || tokens[$0].base == "unable" || tokens[$0].base == "inappropriate" }
            if negated && (stem != "say" || followedByWhether(index)) {
                return Cue(polarity: .evade, kind: .evasion, start: index, end: index + 1)
            }
            return nil
        }
        if stem == Self.ruleStem, index + 1 < tokens.count, tokens[index + 1].base == "out" {
            let window = leftWindow(index)
            if window.contains(where: { StanceLexicon.negations.contains(tokens[$0].base) }) {
                return Cue(polarity: .evade, kind: .evasion, start: index, end: index + 2)
            }
            return nil
        }
        if StanceLexicon.affirmVerbs.contains(stem) {
            // "own" only in "owned up to".
            if stem == "own" && !(index + 1 < tokens.count && tokens[index + 1].base == "up") { return nil }
            // "accepted that …", "accepted the findings", but not "accepting bribes".
            if stem == Self.acceptStem, index + 1 < tokens.count,
               !["that", "the", "these", "those", "its", "responsibility", "blame", "liability"].contains(tokens[index + 1].base) {
                return nil
            }
            return Cue(polarity: .affirm, kind: .verb, start: index, end: index + 1)
        }
        if StanceLexicon.denyVerbs.contains(stem) {
            return Cue(polarity: .deny, kind: .verb, start: index, end: index + 1)
        }
        if stem == Self.chargeStem, let with = (index + 1..<min(tokens.count, index + 6)).first(where: { tokens[$0].base == "with" }),
           (index + 1..<with).allSatisfy({ tokens[$0].isWord }) {
            // "charged Vane with accepting bribes": an accusation, which asserts the act.
            return Cue(polarity: .affirm, kind: .verb, start: index, end: with + 1)
        }
        if StanceLexicon.findingVerbs.contains(stem), index + 1 < tokens.count, tokens[index + 1].base == "that" {
            // "The university found that the professor fabricated data": a finding affirms.
            return Cue(polarity: .affirm, kind: .verb, start: index, end: index + 1)
        }
        if StanceLexicon.affirmNouns.contains(stem) {
            return Cue(polarity: .affirm, kind: .noun, start: index, end: index + 1)
        }
        if StanceLexicon.denyNouns.contains(stem) {
            return Cue(polarity: .deny, kind: .noun, start: index, end: index + 1)
        }
        if StanceLexicon.labellingVerbs.contains(stem) {
            // "called the reports baseless", "described them as fabricated"
            let limit = min(tokens.count, index + 9)
            if let dismissive = (index + 1..<limit).first(where: { StanceLexicon.dismissiveWords.contains(tokens[$0].stem) }) {
                return Cue(polarity: .deny, kind: .dismissive, start: index, end: dismissive + 1)
            }
        }
        return nil
    }

    private func skipEvasionTail(_ index: Int) -> Int {
        // "refused to confirm or deny", "declined to confirm or comment"
        var end = index
        if end + 1 < tokens.count, tokens[end].base == "or" || tokens[end].base == "nor" { end += 2 }
        return min(end, tokens.count)
    }

    private func followedByWhether(_ index: Int) -> Bool {
        (index + 1..<min(tokens.count, index + 4)).contains { ["whether", "if", "how", "when", "who", "why", "what"].contains(tokens[$0].base) }
    }

    /// The words left of a cue that belong to its verb group ("has not yet", "would not",
    /// "no longer", "firmly"), nearest first.
    private func leftWindow(_ index: Int) -> [Int] {
        var window: [Int] = []
        var position = index - 1
        while position >= 0, window.count < 7 {
            let token = tokens[position]
            let isGroupWord = token.isWord && (StanceLexicon.verbGroupFillers.contains(token.stem)
                || StanceLexicon.negations.contains(token.base) || StanceLexicon.hedges.contains(token.stem)
                || StanceLexicon.historical.contains(token.stem) || StanceLexicon.evasionVerbs.contains(token.stem)
                || ["to", "yet", "longer", "neither", "either", "short", "of", "stop", "stopped", "stops", "unable",
                    "inappropriate", "ready", "have", "be"].contains(token.base)
                || token.base.hasSuffix("ly")
                // "has since confirmed": an adverb here, not a clause's start.
                || (token.base == "since" && position > 0 && ["has", "have", "had"].contains(tokens[position - 1].base)))
                && context.mention(at: position) == nil
            guard isGroupWord else { break }
            window.append(position)
            position -= 1
        }
        return window
    }

    // MARK: - Resolution

    private struct ResolvedStance {
        var stance: Stance
        var entities: [String]
    }

    private func resolve(_ cue: Cue) -> ResolvedStance? {
        let window = leftWindow(cue.start)
        let words = window.map { tokens[$0] }
        let negated = words.contains { StanceLexicon.negations.contains($0.base) || $0.base == "yet" }
            || (cue.start + 1 < tokens.count && tokens[cue.start + 1].base == "nor")
        let noLonger = zip(words, words.dropFirst()).contains { $0.base == "longer" && $1.base == "no" }
        let hedged = words.contains { StanceLexicon.hedges.contains($0.stem) && $0.base != "about" }
        let evasive = words.contains { StanceLexicon.evasionVerbs.contains($0.stem) || $0.base == "short" || $0.base == "neither" || $0.base == "unable" }
        // "By Wednesday it had acknowledged …" tells where the story stands, not its past.
        let byThen = (0..<min(2, cue.start)).contains { tokens[$0].base == "by" }
        let pastPerfect = words.contains { $0.base == "had" } && !byThen
        let historical = words.contains { StanceLexicon.historical.contains($0.stem) && (!StanceLexicon.continuing.contains($0.stem) || pastPerfect) }
            || context.isHistorical(before: cue.start, referenceYear: referenceYear, ignoring: relativeClauses())
            || followedByAtTheTime(cue.end)

        var stance = cue.polarity
        switch cue.kind {
        case .evasion:
            let refusal = words.contains { ["inappropriate", "unable", "premature"].contains($0.base) }
            if hedged && !negated && !refusal && !cue.firm { return nil }
        case .noun:
            if negated || hedged { return nil }
        case .verb, .dismissive:
            // "expect the utility to acknowledge …", "urged Moscow to confirm …": an infinitive
            // governed by someone else's verb is a wish or a forecast, not a stance.
            if let first = window.first, tokens[first].base == "to", !evasive, !hedged,
               !window.contains(where: { ["has", "have", "had", "was", "were", "is", "are"].contains(tokens[$0].base) }) {
                return nil
            }
            if noLonger {
                guard stance == .deny else { return nil }
                stance = .affirm
            } else if evasive || negated {
                stance = .evade
            } else if hedged {
                return nil
            }
        }
        // Past perfect inside reported speech is the present perfect backshifted ("told
        // shareholders that X had confirmed"), not a past stance.
        let reported = (0..<cue.start).contains { tokens[$0].isWord && StanceLexicon.reportingVerbs.contains(tokens[$0].stem) && context.mention(at: $0) == nil }
        if (historical || (pastPerfect && !reported)) && !noLonger { return nil }

        let entities: [String]
        var passive = false
        switch cue.kind {
        case .noun: entities = owner(ofNoun: cue.start)
        default:
            if let agent = passiveAgent(cue) {
                entities = agent
                passive = true
            } else {
                entities = subject(before: window.last ?? cue.start)
            }
        }
        guard !entities.isEmpty else { return nil }
        // In the passive the proposition is the grammatical subject: "A breach … was confirmed by X".
        if passive {
            let clauseStart = (0..<cue.start).last { StanceLexicon.clauseBoundaries.contains(tokens[$0].base) }.map { $0 + 1 } ?? 0
            guard context.topicalKeyword(in: clauseStart..<cue.start, excluding: entities)
                || (clauseStart..<cue.start).contains(where: { StanceLexicon.anaphoricNouns.contains(tokens[$0].stem) }) && documentOnTopic
            else { return nil }
        } else if !isAboutTopic(cue, speakers: entities, evasive: stance == .evade) {
            return nil
        }
        return ResolvedStance(stance: stance, entities: entities)
    }

    private func followedByAtTheTime(_ index: Int) -> Bool {
        (index..<min(tokens.count, index + 8)).contains { position in
            position + 2 < tokens.count && tokens[position].base == "at" && tokens[position + 1].base == "the" && tokens[position + 2].base == "time"
        }
    }

    /// "was dismissed by X", "were acknowledged by X".
    private func passiveAgent(_ cue: Cue) -> [String]? {
        guard cue.kind == .verb, tokens[cue.start].base.hasSuffix("ed") || tokens[cue.start].base.hasSuffix("en") else { return nil }
        var position = cue.end
        while position < tokens.count, position < cue.end + 6 {
            var agent = position + 1
            while agent < tokens.count, ["the", "a", "its", "their"].contains(tokens[agent].base) { agent += 1 }
            if tokens[position].base == "by", let mention = context.mention(at: agent) {
                let before = leftWindow(cue.start).map { tokens[$0].base }
                if before.contains(where: { ["was", "were", "been", "is", "are", "being", "be"].contains($0) }) || position == cue.end {
                    return [mention.entity]
                }
            }
            if [",", ";", "."].contains(tokens[position].base) { break }
            position += 1
        }
        return nil
    }

    /// The owner of a stance noun: "Moscow's denial", "a denial from X", "the confirmation by X".
    private func owner(ofNoun index: Int) -> [String] {
        var position = index - 1
        while position >= 0, ["a", "an", "the", "its", "their", "formal", "official", "public", "flat", "firm", "blunt",
                              "swift", "categorical", "outright", "partial", "explicit"].contains(tokens[position].base) {
            position -= 1
        }
        if position >= 0, tokens[position].isPossessive, let mention = context.mention(at: position) {
            if position > 0, ["after", "despite", "previous", "earlier", "past", "of"].contains(tokens[position - 1].base) { return [] }
            return [mention.entity]
        }
        if index + 2 < tokens.count, ["from", "by"].contains(tokens[index + 1].base), let mention = context.mention(at: index + 2) {
            return [mention.entity]
        }
        return []
    }

    /// The entity (or entities, when coordinated) that is the subject of the verb group ending
    /// at `start`: the nearest noun phrase on the left, skipping prepositional phrases.
    private func subject(before start: Int) -> [String] {
        subjectPhrase(before: start).entities
    }

    /// The subject's entities and the first token of the phrase searched for it.
    private func subjectPhrase(before start: Int, resolvingPronouns: Bool = true) -> (entities: [String], start: Int) {
        // Coordinated verbs share the subject: "X issued the notice but declined to say …",
        // "Orbitec said the lander was safe and denied …".
        // The first clause's verb is the sentence's first verb outside relative clauses (a later
        // one may sit in its complement: "X confirmed that players were suspended, but …").
        // So does a participle after a comma: "X dismissed the reports, calling them fabricated".
        let participle = start >= 1 && start < tokens.count && tokens[start - 1].base == "," && tokens[start].base.hasSuffix("ing")
        if start >= 1, participle || ["and", "but"].contains(tokens[start - 1].base) {
            let skipped = relativeClauses()
            if let verb = (0..<(start - 1)).first(where: { position in
                tokens[position].isWord && context.mention(at: position) == nil && !skipped.contains { $0.contains(position) }
                    && (StanceLexicon.reportingVerbs.contains(tokens[position].stem) || cue(at: position) != nil
                        || Self.actionVerb(tokens[position]))
            }) {
                return subjectPhrase(before: leftWindow(verb).last ?? verb, resolvingPronouns: resolvingPronouns)
            }
        }
        // An appositive between commas: "Tessarine, the largest chipmaker, declined …".
        if start >= 1, tokens[start - 1].base == ",",
           let opening = (max(0, start - 25)..<(start - 1)).last(where: { tokens[$0].base == "," }),
           !(opening..<start).contains(where: { [";", ":", "\"", "“", "”"].contains(tokens[$0].base) || StanceLexicon.reportingVerbs.contains(tokens[$0].stem) }),
           opening >= 1, let mention = context.mention(at: opening - 1) {
            return (coordinated(with: mention), mention.range.lowerBound)
        }
        var position = start - 1
        // An appositive or inserted clause between commas: "Peskov, the Kremlin spokesman, denied".
        var span: [Int] = []
        while position >= 0, span.count < 12 {
            // Step over a relative clause: "Grauwald, which in 2018 denied …, now acknowledges".
            if tokens[position].base == ",", let clauseStart = relativeClauseStart(endingAt: position) {
                position = clauseStart - 1
                continue
            }
            let token = tokens[position]
            if !token.isWord && token.base != "," && token.base != "'" { break }
            if StanceLexicon.clauseBoundaries.contains(token.base) { break }
            if token.isWord && (StanceLexicon.reportingVerbs.contains(token.stem) || cue(at: position) != nil)
                && context.mention(at: position) == nil { break }
            span.append(position)
            position -= 1
        }
        let phraseStart = span.last ?? start
        // Nearest first: the first mention not inside a prepositional phrase is the subject.
        var index = 0
        while index < span.count {
            let position = span[index]
            let token = tokens[position]
            if let mention = context.mention(at: position) {
                let before = mention.range.lowerBound - 1
                let inPhrase = before >= 0 && StanceLexicon.prepositions.contains(tokens[before].base) && tokens[before].base != "of"
                if !inPhrase {
                    var first = mention.range.lowerBound
                    if first > 0, ["the", "a", "an"].contains(tokens[first - 1].base) { first -= 1 }
                    return (coordinated(with: mention), first)
                }
                index = span.firstIndex(of: before).map { $0 + 1 } ?? span.count
                continue
            }
            if token.isWord {
                if StanceLexicon.pronouns.contains(token.base) {
                    guard resolvingPronouns else { return ([], phraseStart) }
                    return (anaphor(at: position), position)
                }
                if StanceLexicon.undeclaredSpeakers.contains(token.stem) && context.mention(at: position) == nil {
                    // "ESPA officials", "a Kalden official": the text says whose officials they are.
                    if position > 0, let owner = context.mention(at: position - 1) {
                        return ([owner.entity], owner.range.lowerBound)
                    }
                    return ([], phraseStart)
                }
                if token.base.hasPrefix("spokes"), position > 0, (max(0, position - 3)..<position).contains(where: { ["the", "a", "its"].contains(tokens[$0].base) }),
                   (position - 1 >= 0) && !tokens[position - 1].isCapitalized {
                    // "a club spokeswoman", "the ministry's spokesman": the entity spoken of.
                    return (resolvingPronouns ? anaphor(at: position) : [], position)
                }
                if !token.isCapitalized, let article = (max(0, position - 3)..<position).last(where: { ["the", "its"].contains(tokens[$0].base) }),
                   (article + 1...position).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) {
                    // "the central bank", "the commission": the entity whose name it describes…
                    if let named = descriptions.entity(for: (article + 1...position).map { tokens[$0].base }) {
                        return ([named], article)
                    }
                    // …or, for a generic description ("the company"), the entity spoken of.
                    if StanceLexicon.descriptionNouns.contains(token.stem), article == position - 1 {
                        return (resolvingPronouns ? anaphor(at: article) : [], article)
                    }
                }
                if token.isCapitalized && position > 0 && !token.isPossessive && context.mention(at: position) == nil
                    && !StanceLexicon.verbGroupFillers.contains(token.stem) {
                    // A name we do not watch stands in subject position.
                    return ([], phraseStart)
                }
            }
            index += 1
        }
        return ([], phraseStart)
    }

    /// The spans of ", which …," and ", who …," clauses: what they say (often in the past) is
    /// about their antecedent, not the main clause's stance.
    func relativeClauses() -> [Range<Int>] {
        tokens.indices.compactMap { index in
            guard tokens[index].base == ",", let start = relativeClauseStart(endingAt: index) else { return nil }
            return start..<(index + 1)
        }
    }

    /// The comma that opens ", which …," / ", who …," when `comma` closes it.
    func relativeClauseStart(endingAt comma: Int) -> Int? {
        context.relativeClauseOpening(closingAt: comma, span: 25, stops: [";", "\"", "“", "”"])
    }

    private func coordinated(with mention: EntityMention) -> [String] {
        var entities = [mention.entity]
        var position = mention.range.lowerBound - 1
        if position >= 0, tokens[position].base == "the" { position -= 1 }
        // A list ends in "and": "Velgrad, Pallast and Minsk"; a lone comma joins clauses
        // ("Asked about Mokara, Grauwald said …").
        guard position >= 1, tokens[position].base == "and" else { return entities }
        while position >= 1, ["and", ","].contains(tokens[position].base) {
            var previous = position - 1
            if previous >= 1, tokens[previous].base == "the" { previous -= 1 }
            guard let other = context.mention(at: previous) else { break }
            entities.append(other.entity)
            position = other.range.lowerBound - 1
            if position >= 0, tokens[position].base == "the" { position -= 1 }
        }
        return entities
    }

    /// What a pronoun or a generic description at `position` refers to: the subject of the
    /// reporting verb it follows ("Grauwald said it …", "X said: 'We …'"), else the first entity
    /// named outside a question put to the speaker, else the previous sentence's subject.
    private func anaphor(at position: Int? = nil) -> [String] {
        if let position, let verb = (0..<position).last(where: { tokens[$0].isWord && StanceLexicon.reportingVerbs.contains(tokens[$0].stem)
            && context.mention(at: $0) == nil }) {
            let (speaker, _) = subjectPhrase(before: leftWindow(verb).last ?? verb, resolvingPronouns: false)
            if !speaker.isEmpty { return speaker }
        }
        let asked = askedClause
        if let first = context.mentions.first(where: { mention in asked.map { !$0.contains(mention.range.lowerBound) } ?? true })?.entity {
            return [first]
        }
        return previousSubject.map { [$0] } ?? []
    }

    /// Whether the proposition the cue applies to is the topic: its complement names the topic,
    /// refers back to it, or is empty in an article about the topic.
    private func isAboutTopic(_ cue: Cue, speakers: [String], evasive: Bool = false) -> Bool {
        var end = cue.end
        while end < tokens.count, end < cue.end + 25 {
            let base = tokens[end].base
            if [";", "but", "while", "although", "whereas"].contains(base) { break }
            // A quotation ends the complement only where it opens one ("denied it. “We …”");
            // inside a clause it is part of it ("had made “a formal offer” for …").
            if ["\"", "“", "”"].contains(base), end > cue.end, [",", "."].contains(tokens[end - 1].base) { break }
            end += 1
        }
        let complement = cue.end..<end
        // "confirmed it was investigating …", "confirmed that it had opened a case against …":
        // a procedure under way is not the event.
        if cue.polarity == .affirm, complement.prefix(6).contains(where: { position in
            // The verb only: "investigators had determined …" reports a finding.
            (tokens[position].base.hasPrefix("investigat") && tokens[position].base.hasSuffix("ing")) || Self.inquiryVerbs.contains(tokens[position].stem)
                || (tokens[position].stem == "open" && (position + 1..<min(tokens.count, position + 4)).contains { Self.inquiryNouns.contains(tokens[$0].stem) })
                // "confirmed it had received a complaint about …"
                || (tokens[position].stem == Self.receiveStem && (position + 1..<min(tokens.count, position + 4)).contains { Self.complaintNouns.contains(tokens[$0].stem) })
        }) {
            return false
        }
        // "rejected calls for his resignation", "denied Quell's request for a hearing": turning
        // down a request is not a stance on a proposition.
        if cue.polarity == .deny, let head = complement.prefix(4).first(where: { Self.requestNouns.contains(tokens[$0].stem) }),
           (complement.lowerBound..<head).allSatisfy({ tokens[$0].isPossessive || ["the", "a", "any", "all", "his", "her", "its", "their"].contains(tokens[$0].base) || context.mention(at: $0) != nil }) {
            return false
        }
        // "denied that the ransomware attack had caused any deaths": the topic is the cause in
        // another proposition (its consequences), unless the consequence is the topic too.
        if let that = complement.prefix(3).first(where: { tokens[$0].base == "that" }) ?? (complement.isEmpty ? nil : complement.lowerBound - 1),
           let keyword = context.keywordMatches.first(where: { $0.lowerBound > that && $0.lowerBound <= that + 4 }),
           let verb = (keyword.upperBound..<min(complement.upperBound, keyword.upperBound + 3)).first(where: { Self.consequenceVerbs.contains(tokens[$0].stem) }),
           !context.keywordMatches.contains(where: { $0.lowerBound > verb && complement.contains($0.lowerBound) }) {
            return false
        }
        // "denied that it was planning to sell …": an intention is another proposition.
        // Only the verb counts: "reports of a planned swap" still names the event.
        if complement.prefix(6).contains(where: { Self.intentionWords.contains(tokens[$0].stem)
            && !($0 > 0 && ["a", "an", "the", "any", "its", "their"].contains(tokens[$0 - 1].base)) }) { return false }
        // "denied that it had asked the central bank to intervene": a request, not the event.
        if let ask = complement.first(where: { Self.requestVerbs.contains(tokens[$0].stem) }),
           let to = (ask + 1..<min(complement.upperBound, ask + 7)).first(where: { tokens[$0].base == "to" }),
           context.keywordMatches.contains(where: { $0.lowerBound > to && $0.lowerBound <= to + 2 }),
           !context.topicalKeyword(in: complement.lowerBound..<ask, excluding: speakers) {
            return false
        }
        if context.topicalKeyword(in: complement, excluding: speakers) { return true }
        // "dismissed the pictures as Western propaganda"
        // "rejected suggestions that the supply was to blame, calling them \"unfounded\""
        if cue.polarity == .deny, (cue.end..<min(tokens.count, cue.end + 20)).contains(where: { StanceLexicon.dismissiveWords.contains(tokens[$0].stem) }) {
            return documentOnTopic || context.mentionsTopic
        }
        let words = complement.filter { tokens[$0].isWord }
        let meaningful = words.filter {
            !StanceLexicon.verbGroupFillers.contains(tokens[$0].stem) && !StanceLexicon.reportingVerbs.contains(tokens[$0].stem)
                && !["to", "the", "on", "or", "and", "nor", "deny", "comment", "confirm"].contains(tokens[$0].base)
                && context.mention(at: $0) == nil
        }
        // "denied it", "confirmed this"; "rejected the allegations", "dismissed these reports".
        // "acknowledged what had happened": a free relative naming the event.
        let whatHappened = words.first.map { tokens[$0].base == "what" } == true
            && words.prefix(4).contains { ["happen", "occur", "took", "go", "went"].contains(tokens[$0].stem) }
        let anaphoric = words.first.map { ["it", "this", "that", "them", "so"].contains(tokens[$0].base) } == true || whatHappened
            || words.prefix(4).contains { StanceLexicon.anaphoricNouns.contains(tokens[$0].stem) && !["it", "this", "that", "them", "so", "these", "those"].contains(tokens[$0].base) }
        if cue.kind == .dismissive { return documentOnTopic || context.mentionsTopic }
        if cue.polarity == .evade || cue.kind == .evasion || evasive {
            // "Asked whether its contractors were in Mokara, X said it does not discuss its
            // clients": the evasion answers the question put to it.
            if let asked = askedClause, cue.start > asked.upperBound,
               context.topicalKeyword(in: asked, excluding: speakers)
                || (documentOnTopic && asked.contains { ["whether", "if", "the", "these", "this"].contains(tokens[$0].base) }) {
                return true
            }
            // A standing policy ("it never comments on the identity of its customers") answers
            // no question about this topic unless it names the topic.
            if leftWindow(cue.start).contains(where: { tokens[$0].base == "never" }) { return false }
            // Time adjuncts too: "declined to say on Monday whether …".
            let skipped: Set<String> = ["to", "comment", "on", "about", "regarding", "discuss", "say", "confirm", "deny", "or", "nor",
                                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "today", "yesterday", "again", "publicly", "immediately", "directly"]
            let objectWords = words.drop { skipped.contains(tokens[$0].base) || skipped.contains(tokens[$0].stem) }
            guard let first = objectWords.first else { return documentOnTopic || context.mentionsTopic }
            // An open question ("would not say whether …", "declined to speculate on what
            // started the fire") in an article about the topic is about the topic.
            if ["whether", "if", "how", "why", "when", "what", "who", "which", "questions", "question"].contains(tokens[first].base) {
                return documentOnTopic || context.mentionsTopic
            }
            // "declined to comment on the inspections": a definite object in an article about
            // the topic points back at it; a policy line names things in general ("does not
            // discuss continuing investigations").
            if ["the", "these", "this", "those"].contains(tokens[first].base) {
                return documentOnTopic || context.mentionsTopic
            }
        }
        if documentOnTopic || context.mentionsTopic {
            if selfReferentialClause(complement, speakers: speakers, admission: cue.polarity == .affirm || evasive) { return true }
            // "confirmed the exchange", "denied the deployment": the topic's own head noun.
            if let article = complement.prefix(4).first(where: { ["the", "this", "that"].contains(tokens[$0].base) }),
               (article + 1..<min(complement.upperBound, article + 3)).contains(where: { topicHeads.contains(tokens[$0].stem) }) {
                return true
            }
        }
        // "denied reports that it had offered …": the clause after the anaphoric noun names
        // the proposition, and it is not the topic.
        if let first = words.first, StanceLexicon.anaphoricNouns.contains(tokens[first].stem) || ["the", "these", "those", "any", "such"].contains(tokens[first].base),
           let that = words.prefix(4).first(where: { ["that", "of", "about"].contains(tokens[$0].base) }),
           !context.topicalKeyword(in: that..<complement.upperBound, excluding: speakers) {
            return false
        }
        if meaningful.isEmpty || (anaphoric && words.count <= 12) {
            return documentOnTopic || context.mentionsTopic
        }
        return false
    }

    /// Whether the complement is a that-clause about the speaker itself, when the topic is the
    /// speaker's affair: "admitted that it had overstated profits", "rejected claims that its
    /// equipment was to blame".
    /// What a speaker says of itself counts as an admission or an evasion, never a denial: a denial of its own conduct is
    /// often a side issue ("denied that it had been slow to inform regulators").
    private func selfReferentialClause(_ complement: Range<Int>, speakers: [String], admission: Bool) -> Bool {
        guard let that = complement.prefix(5).first(where: { tokens[$0].base == "that" }),
              // After "reports that …" the clause is someone else's account, which may be of
              // another matter ("denied reports that it had offered …").
              !(complement.lowerBound..<that).contains(where: { StanceLexicon.anaphoricNouns.contains(tokens[$0].stem) }) else { return false }
        let clause = (that + 1)..<min(complement.upperBound, that + 8)
        // "confirmed it was investigating …", "confirmed that it had opened a case": a procedure, not the event.
        if clause.contains(where: { tokens[$0].stem.hasPrefix("investigat") || Self.proceduralVerbs.contains(tokens[$0].stem) }) { return false }
        let speakerIsTopic = admission && speakers.contains(where: topicEntities.contains)
        return clause.contains { position in
            // The speaker itself, or another entity whose doings the topic names ("did not deny
            // that the Central Bank had stepped in", topic "central bank intervention").
            (speakerIsTopic && (["it", "its", "she", "her", "he", "his", "they", "their", "we", "our", "itself"].contains(tokens[position].base)
                || context.mention(at: position).map { speakers.contains($0.entity) } == true))
                || context.mention(at: position).map { topicEntities.contains($0.entity) } == true
        }
    }

    // MARK: - Bare assertions

    /// "X said the troops were …", "'There are no units here,' X said", "…, the company said":
    /// a declared entity reports the topic as true (affirm) or false (deny) without a stance verb.
    private func assertions() -> [SentenceStance] {
        guard context.mentionsTopic else { return [] }
        var found: [SentenceStance] = []
        let quote = leadingQuote()
        for index in tokens.indices where tokens[index].isWord && StanceLexicon.reportingVerbs.contains(tokens[index].stem)
            && context.mention(at: index) == nil && !isNoun(at: index) {
            let window = leftWindow(index)
            let words = window.map { tokens[$0] }
            if words.contains(where: { StanceLexicon.hedges.contains($0.stem) && $0.base != "about" }) { continue }
            var (speaker, phraseStart) = subjectPhrase(before: window.last ?? index)
            var inverted = false
            if speaker.isEmpty, index + 1 < tokens.count {
                // "…, said Soren" / "…, said the ministry"
                let next = pastArticles(index + 1)
                if let mention = context.mention(at: next) {
                    speaker = [mention.entity]
                    inverted = true
                } else if next < tokens.count, StanceLexicon.descriptionNouns.contains(tokens[next].stem) {
                    speaker = anaphor()
                    inverted = true
                }
            }
            guard !speaker.isEmpty else { continue }
            // What is reported: the quote or clause before the attribution, or what follows the verb.
            let content: Range<Int>
            if let quote, quote.upperBound <= phraseStart || inverted {
                content = quote
            } else if inverted || (phraseStart > 0 && tokens[phraseStart - 1].base == "," && attributionIsFinal(index)
                                   // "Asked about X, Kell said …": the clause before is the question.
                                   && askedClause?.upperBound != phraseStart - 1) {
                content = 0..<max(0, (inverted ? index : phraseStart) - 1)
            } else {
                var end = index + 1
                while end < tokens.count, ![";"].contains(tokens[end].base) { end += 1 }
                content = (index + 1)..<end
            }
            if let stance = reportedStance(content, speaker: speaker) {
                found += speaker.map { SentenceStance(entity: $0, stance: stance, explicit: false, position: index) }
            }
        }
        // "According to Vantor, no customer data was exposed." / "…, according to the ministry."
        if let according = tokens.indices.first(where: { $0 + 2 < tokens.count && tokens[$0].base == "according" && tokens[$0 + 1].base == "to" }) {
            if let mention = context.mention(at: pastArticles(according + 2)), !found.contains(where: { $0.entity == mention.entity }) {
                let after = mention.range.upperBound
                let content = after < tokens.count && tokens[after].base == "," ? (after + 1)..<tokens.count : 0..<max(0, according - 1)
                if let stance = reportedStance(content, speaker: [mention.entity]) {
                    found.append(SentenceStance(entity: mention.entity, stance: stance, explicit: false, position: according))
                }
            }
        }
        return found
    }

    /// The first position from `index` on that is not an article ("said the ministry").
    private func pastArticles(_ index: Int) -> Int {
        var position = index
        while position < tokens.count, ["the", "a", "its"].contains(tokens[position].base) { position += 1 }
        return position
    }

    /// The stance a speaker takes by reporting `content` as true (affirm) or false (deny), if
    /// the content states the topic's proposition plainly.
    private func reportedStance(_ content: Range<Int>, speaker: [String]) -> Stance? {
        guard !content.isEmpty, context.topicalKeyword(in: content, excluding: speaker) else { return nil }
        // "X said Y had denied …": X reports Y's stance and takes none itself.
        if content.contains(where: { tokens[$0].isWord && context.mention(at: $0) == nil && cue(at: $0) != nil }) { return nil }
        // A figure alone is a count, not a stance ("640 homes destroyed, the fire service said").
        if !context.keywordMatches.contains(where: { match in
            content.contains(match.lowerBound)
                && (!match.allSatisfy { context.mention(at: $0) != nil } || match.contains { context.mention(at: $0).map { !speaker.contains($0.entity) } == true })
        }) { return nil }
        let lead = content.prefix(10).map { tokens[$0] }
        // "The number of grounded aircraft has risen to 63, the agency said": a measure's
        // update reports a figure, not a stance on the proposition.
        let leadWords = lead.filter(\.isWord).map(\.base)
        if leadWords.count >= 3, leadWords[0] == "the",
           ["number", "toll", "tally", "count", "total"].contains(leadWords[1]) || leadWords[2] == "toll" { return nil }
        // The mood of the clause that names the topic decides ("the troops may be …"); a hedge
        // in a later clause does not ("we have not intervened and we see no need to").
        let firstKeyword = context.keywordMatches.map(\.lowerBound).filter { content.contains($0) }.min() ?? content.lowerBound
        let clauseEnd = content.first { $0 > firstKeyword && ["and", "but", ",", ";"].contains(tokens[$0].base) } ?? content.upperBound
        let moodWords = content.prefix(10).filter { $0 < clauseEnd }.map { tokens[$0] }
        if moodWords.contains(where: { (StanceLexicon.hedges.contains($0.stem) && $0.base != "about") || $0.base == "if" }) { return nil }
        if lead.contains(where: { $0.stem.hasPrefix("investigat") || Self.proceduralVerbs.contains($0.stem) }) { return nil }
        let negative = content.contains { position in
            let token = tokens[position]
            // "30 aircraft, not 24": a corrected figure is not a denial.
            if token.base == "not", position + 1 < tokens.count, tokens[position + 1].isNumeric { return false }
            // "… are speculative and inaccurate," X said: calling the claim false denies it.
            return StanceLexicon.negations.contains(token.base) || token.base == "nothing" || token.base == "none"
                || StanceLexicon.dismissiveWords.contains(token.stem)
        }
        return negative ? .deny : .affirm
    }

    /// A past-tense verb ("issued", "grounded") heading the first of two coordinated clauses.
    private static func actionVerb(_ token: Token) -> Bool {
        token.base.hasSuffix("ed") && token.base.count > 4 && !token.isCapitalized
    }

    /// What "too early to …" leaves open.
    private static let judgementVerbs: Set<String> = StanceLexicon.stems(["say", "tell", "determine", "know", "judge", "conclude",
                                                                         "speculate", "comment", "establish", "confirm"])
    /// Verbs of disclosure whose negation is a refusal to answer ("does not discuss its clients",
    /// "did not respond to questions about …").
    private static let disclosureVerbs: Set<String> = StanceLexicon.stems(["speculate", "discuss", "talk", "reveal", "disclose",
                                                                          "prejudge", "elaborate", "share", "detail", "respond",
                                                                          "reply", "answer"])
    private static let silenceWords: Set<String> = ["silent", "tight-lipped", "mum", "noncommittal", "non-committal", "quiet"]
    private static let dismissalVerbs: Set<String> = StanceLexicon.stems(["brush", "brushed", "laugh", "laughed", "shrug", "shrugged", "wave", "waved"])
    /// Verbs of a deferred answer ("would respond once …", "would issue a statement later").
    private static let answerVerbs: Set<String> = StanceLexicon.stems(["respond", "reply", "issue", "comment", "update", "answer"])

    /// Whether the sentence puts a question to the speaker ("Asked about …, X said …").
    var opensWithAsked: Bool { askedClause != nil }

    /// The question put to the speaker: "Asked about …," opening the sentence or ", asked
    /// whether …," after its subject — the tokens up to the clause's comma.
    var askedClause: Range<Int>? {
        guard let asked = tokens.indices.first(where: { index in
            ["asked", "questioned", "pressed"].contains(tokens[index].base)
                && (index == 0 || tokens[index - 1].base == "," || tokens[..<index].allSatisfy { !$0.isWord })
                && index + 1 < tokens.count && ["about", "whether", "if", "on", "over", "why", "how", "what", "when", "who"].contains(tokens[index + 1].base)
        }), let comma = tokens[(asked + 1)...].firstIndex(where: { $0.base == "," }) else { return nil }
        return asked..<comma
    }

    private static let requestNouns: Set<String> = StanceLexicon.stems(["call", "calls", "request", "demand", "appeal", "proposal",
                                                                       "plea", "application", "petition", "bid", "motion", "offer"])
    private static let inquiryVerbs: Set<String> = StanceLexicon.stems(["reviewing", "examining", "monitoring", "studying", "assessing",
                                                                       "probing", "auditing"])
    private static let inquiryNouns: Set<String> = StanceLexicon.stems(["case", "inquiry", "investigation", "probe", "review", "audit"])
    private static let receiveStem = WordStem.stem("received")
    private static let complaintNouns: Set<String> = StanceLexicon.stems(["complaint", "complaints", "report", "reports", "allegation",
                                                                         "allegations", "request", "query", "queries", "tip", "notification"])
    private static let commentStem = WordStem.stem("comment")
    private static let ruleStem = WordStem.stem("rule")
    private static let acceptStem = WordStem.stem("accept")
    private static let chargeStem = WordStem.stem("charged")
    private static let requestVerbs: Set<String> = StanceLexicon.stems(["asked", "ask", "urged", "urge", "requested", "request",
                                                                       "pressed", "instructed", "ordered", "told", "begged"])
    private static let consequenceVerbs: Set<String> = StanceLexicon.stems(["caused", "cause", "led", "lead", "resulted", "result",
                                                                           "contributed", "triggered"])

    private static let intentionWords: Set<String> = StanceLexicon.stems(["planning", "plan", "preparing", "prepare",
                                                                         "considering", "consider", "intend", "seeking", "seek"])

    private static let proceduralVerbs: Set<String> = StanceLexicon.stems(["review", "examine", "aware", "monitor", "study",
                                                                          "assess", "determine", "receive", "open", "work",
                                                                          "ask", "consider", "respond", "cooperate", "look"])

    /// Whether a word that can be a reporting verb is a noun here ("the annual report lists").
    private func isNoun(at index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        // After a preposition too: "looking into reports of a leak".
        return previous.isPossessive || StanceLexicon.prepositions.contains(previous.base)
            || ["the", "a", "an", "this", "that", "its", "their", "his", "her", "annual", "new", "latest",
                "final", "interim", "official", "written", "internal"].contains(previous.base)
    }

    /// Whether only adjuncts follow a reporting verb ("…, the club said in a statement on Sunday."),
    /// so what it reports is the clause before it.
    private func attributionIsFinal(_ verb: Int) -> Bool {
        let rest = tokens[(verb + 1)...].filter(\.isWord)
        return rest.count <= 6 && !rest.contains { ["that", "it", "he", "she", "they"].contains($0.base) }
    }

    /// The tokens inside a quotation that opens the sentence ("'We have no personnel here,' …").
    private func leadingQuote() -> Range<Int>? {
        guard let first = tokens.first, ["'", "\"", "“", "‘"].contains(first.text) else { return nil }
        let closers: Set<String> = ["'", "\"", "”", "’"]
        guard let close = tokens.indices.dropFirst().first(where: { closers.contains(tokens[$0].text) && ($0 + 1 == tokens.count || !tokens[$0 + 1].isWord || tokens[$0 - 1].base == ",") }) else { return nil }
        return 1..<close
    }
}
