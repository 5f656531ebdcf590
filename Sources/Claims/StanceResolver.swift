import ClaimwatchModel

/// Turns the model's answers for a document's candidates into one stance per (topic, entity):
/// the most probable stance decision among the entity's candidates wins. Each candidate already
/// reads its neighbours, and the model was trained on whole passages in which the latest stance
/// counts ("initially denied … by Wednesday it had acknowledged" is an admission), so a shift
/// within a paragraph is decided inside the window; across an article, the clearest statement
/// outweighs background sentences the model is unsure of. Decisions below `minimum` are ignored.
enum StanceResolver {
    struct Decision {
        var candidate: StanceCandidate
        var probabilities: StanceProbabilities
        var kept: Bool
    }

    /// A stance decided with less probability than this is no evidence either way.
    // Measured on the validation stories and passages: 0.5 keeps every clear decision and drops
    // the coin-flips that background sentences produce (0.0 and 0.65 score within 0.01 of it).
    static let minimum = 0.5

    static func resolve(_ candidates: [StanceCandidate], _ answers: [StanceProbabilities],
                        sentences: [Sentence]) -> (claims: [Claim], decisions: [Decision]) {
        var decisions = zip(candidates, answers).map { Decision(candidate: $0, probabilities: $1, kept: false) }
        var best: [String: Int] = [:]
        var order: [String] = []
        for (position, decision) in decisions.enumerated() {
            let (stance, probability) = decision.probabilities.decision
            guard stance != nil, probability >= minimum else { continue }
            let key = decision.candidate.topic + "\u{1F}" + decision.candidate.entity
            if let current = best[key], decisions[current].probabilities.decision.probability >= probability { continue }
            if best[key] == nil { order.append(key) }
            best[key] = position
        }
        var claims: [Claim] = []
        for key in order {
            guard let position = best[key] else { continue }
            decisions[position].kept = true
            let decision = decisions[position]
            let (stance, probability) = decision.probabilities.decision
            guard let stance else { continue }
            claims.append(Claim(topic: decision.candidate.topic, value: .stance(entity: decision.candidate.entity, stance: stance),
                                sentence: sentences[decision.candidate.sentence], confidence: probability))
        }
        return (claims, decisions)
    }

    /// Adds each decision to the trace of its sentence.
    static func annotate(_ traces: inout [SentenceTrace], with decisions: [Decision]) {
        for decision in decisions {
            guard let index = traces.firstIndex(where: { $0.index == decision.candidate.sentence && $0.topic == decision.candidate.topic })
            else { continue }
            let label = decision.probabilities.decision.stance?.rawValue ?? "none"
            traces[index].decisions.append(.init(entity: decision.candidate.entity, passage: decision.candidate.pair.b,
                                                 probabilities: decision.probabilities, label: label, kept: decision.kept))
        }
    }
}
