import Claims
import ClaimwatchModel
import Foundation

/// `inspect --explain`: every sentence that mentions an entity, a topic keyword or a quantity
/// noun, with the mentions found, the candidates and the model's probabilities, what was kept,
/// and the rule that dropped anything else.
struct ExplainReport {
    var analysis: ClaimAnalysis

    func object() -> [String: Any] {
        [
            "sentences": analysis.sentences.map { trace -> [String: Any] in
                [
                    "index": trace.index,
                    "topic": trace.topic,
                    "text": trace.text,
                    "mentions": trace.mentions.map { ["entity": $0.entity, "text": $0.text, "rule": $0.rule] },
                    "keywords": trace.keywords,
                    "quantity_nouns": trace.quantityNouns,
                    "candidates": trace.decisions.map { decision -> [String: Any] in
                        [
                            "entity": decision.entity,
                            "passage": decision.passage,
                            "probabilities": Self.probabilities(decision.probabilities),
                            "decision": decision.label,
                            "kept": decision.kept,
                        ]
                    },
                    "dropped": trace.dropped.map { ["entity": JSONText.orNull($0.entity), "rule": $0.rule] },
                    "values": trace.values.map { ["quantity": $0.quantity, "value": $0.value] },
                ]
            },
            "claims": analysis.claims.count,
        ]
    }

    func rendered() -> String {
        guard !analysis.sentences.isEmpty else {
            return "explain: no sentence mentions an entity, a topic keyword or a quantity noun, so there is no claim."
        }
        var lines = ["explain:"]
        for trace in analysis.sentences {
            lines.append("  sentence \(trace.index + 1) [\(trace.topic)]: \(trace.text)")
            if !trace.mentions.isEmpty {
                lines.append("    mentions: " + trace.mentions.map { "\($0.entity) \"\($0.text)\" (\($0.rule))" }.joined(separator: ", "))
            }
            if !trace.keywords.isEmpty { lines.append("    topic words: " + trace.keywords.map { "\"\($0)\"" }.joined(separator: ", ")) }
            if !trace.quantityNouns.isEmpty {
                lines.append("    quantity nouns: " + trace.quantityNouns.map { "\"\($0)\"" }.joined(separator: ", "))
            }
            for decision in trace.decisions {
                let p = decision.probabilities
                lines.append(String(format: "    candidate %@: none %.2f affirm %.2f deny %.2f evade %.2f -> %@%@",
                                    decision.entity, p.none, p.affirm, p.deny, p.evade, decision.label,
                                    Self.outcome(decision)))
            }
            for value in trace.values { lines.append("    value: \(value.quantity) = \(value.value) (kept)") }
            for dropped in trace.dropped {
                lines.append("    dropped\(dropped.entity.map { " " + $0 } ?? ""): \(dropped.rule)")
            }
        }
        if analysis.claims.isEmpty { lines.append("  no claim: nothing above was kept as a current, first-hand, on-topic claim.") }
        return lines.joined(separator: "\n")
    }

    /// Why a decision was or was not kept.
    private static func outcome(_ decision: SentenceTrace.Decision) -> String {
        if decision.kept { return " (kept)" }
        if decision.label == "none" { return "" }
        let minimum = ClaimExtractor.minimumStanceProbability
        return decision.probabilities.decision.probability < minimum
            ? String(format: " (under %.2f: no evidence)", minimum) : " (a more probable one wins)"
    }

    private static func probabilities(_ p: StanceProbabilities) -> [String: Any] {
        ["none": p.none, "affirm": p.affirm, "deny": p.deny, "evade": p.evade]
    }
}
