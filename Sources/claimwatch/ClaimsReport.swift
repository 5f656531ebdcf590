import ClaimwatchModel
import Configuration
import Foundation
import Store

/// How `claims` shows claim histories: a listing for people, or one JSON object.
enum ClaimsReport {
    /// Human names from the config, falling back to ids (a topic or entity since removed).
    struct Names {
        var topics: [String: String] = [:]
        var entities: [String: String] = [:]

        init(config: ClaimwatchConfig) {
            for topic in config.topics { topics[topic.id] = topic.name }
            for entity in config.entities { entities[entity.id] = entity.names.first }
        }

        init() {}

        func topic(_ id: String) -> String { topics[id] ?? id }
        func entity(_ id: String) -> String { entities[id] ?? id }
    }

    // MARK: JSON

    /// `{"claims": [{"key", "topic", "entity" | "quantity", "stance" | "value", "confidence",
    /// "since", "updated_at", "evidence", "documents": [{"stance" | "value", "confidence",
    /// "published_at", "evidence"}], "timeline": [alert records, as detected]}]}`; `confidence`
    /// is null where no model scored the claim, evidence has `qualifier` and `attribution`
    /// where the claim has them.
    static func json(_ histories: [StoredClaimHistory]) -> String {
        JSONText.render(["claims": histories.map(object)])
    }

    static func object(_ history: StoredClaimHistory) -> [String: Any] {
        var object = value(history.current.value)
        object["confidence"] = JSONText.orNull(history.current.confidence)
        object["key"] = history.key
        object["topic"] = history.topic
        object["since"] = ISO8601Time.format(history.current.publishedAt)
        object["updated_at"] = ISO8601Time.format(history.updatedAt)
        object["evidence"] = evidence(history.current.evidence)
        object["documents"] = history.documentClaims.map { claim in
            var document = value(claim.value)
            document["confidence"] = JSONText.orNull(claim.confidence)
            document["published_at"] = ISO8601Time.format(claim.publishedAt)
            document["evidence"] = evidence(claim.evidence)
            return document
        }
        object["timeline"] = history.alerts.map { JSONText.parse($0.record.json) }
        return object
    }

    private static func value(_ value: Claim.Value) -> [String: Any] {
        switch value {
        case .stance(let entity, let stance): ["entity": entity, "stance": stance.rawValue]
        case .quantity(let quantity, let number): ["quantity": quantity, "value": number]
        }
    }

    /// The contract's evidence object, with `qualifier` and `attribution` where the claim has them.
    private static func evidence(_ evidence: Evidence) -> [String: Any] {
        var object: [String: Any] = [
            "source": evidence.source, "url": evidence.url, "title": JSONText.orNull(evidence.title),
            "published": JSONText.orNull(evidence.published.map(ISO8601Time.format)), "sentence": evidence.sentence,
        ]
        if let qualifier = evidence.qualifier { object["qualifier"] = qualifier }
        if let attribution = evidence.attribution { object["attribution"] = attribution }
        return object
    }

    // MARK: Text

    static func text(_ histories: [StoredClaimHistory], names: Names, notes: [String] = []) -> String {
        var lines = notes.map { "note: \($0)" }
        guard !histories.isEmpty else { return (lines + ["no claims"]).joined(separator: "\n") }
        for (index, history) in histories.enumerated() {
            if index > 0 || !lines.isEmpty { lines.append("") }
            lines.append(contentsOf: block(history, names: names))
        }
        return lines.joined(separator: "\n")
    }

    static func block(_ history: StoredClaimHistory, names: Names) -> [String] {
        let current = history.current
        var lines = ["\(subject(current.value, names: names)) on \"\(names.topic(history.topic))\": \(describe(current.value))"
                     + "\(confidence(current.confidence))    [\(history.key)]"]
        lines.append("  since \(ISO8601Time.format(current.publishedAt))  \(origin(current.evidence))")
        lines.append("    \"\(current.evidence.sentence)\"\(annotations(current.evidence))")
        lines.append("  timeline (\(history.alerts.count) change\(history.alerts.count == 1 ? "" : "s"), as detected):")
        for alert in history.alerts {
            let record = JSONText.parse(alert.record.json) as? [String: Any] ?? [:]
            let kind = alert.record.kind.padding(toLength: 15, withPad: " ", startingAt: 0)
            lines.append("    \(ISO8601Time.format(alert.createdAt))  \(kind) \(change(record))")
            if let evidence = (record["evidence"] as? [[String: Any]])?.first {
                let published = (evidence["published"] as? String).map { "published \($0), " } ?? ""
                lines.append("        \(published)\(evidence["source"] as? String ?? "?") \(evidence["url"] as? String ?? "")")
                if let sentence = evidence["sentence"] as? String { lines.append("        \"\(sentence)\"") }
            }
        }
        lines.append("  documents stating it now (\(history.documentClaims.count)):")
        for claim in history.documentClaims {
            let value = describe(claim.value).padding(toLength: 8, withPad: " ", startingAt: 0)
            lines.append("    \(ISO8601Time.format(claim.publishedAt))  \(value)\(confidence(claim.confidence)) \(origin(claim.evidence))")
            lines.append("        \"\(claim.evidence.sentence)\"\(annotations(claim.evidence))")
        }
        return lines
    }

    /// `  (confidence 0.87)`, or nothing when no model scored the claim.
    static func confidence(_ value: Double?) -> String {
        guard let value else { return "" }
        return "  (confidence \(String(format: "%.2f", value)))"
    }

    /// `  [about; according to the Pentagon]`: the figure's qualifier and attribution, if any.
    private static func annotations(_ evidence: Evidence) -> String {
        let parts = [evidence.qualifier, evidence.attribution].compactMap { $0 }
        return parts.isEmpty ? "" : "  [\(parts.joined(separator: "; "))]"
    }

    private static func subject(_ value: Claim.Value, names: Names) -> String {
        switch value {
        case .stance(let entity, _): names.entity(entity)
        case .quantity(let quantity, _): "number of \(quantity)"
        }
    }

    private static func describe(_ value: Claim.Value) -> String {
        switch value {
        case .stance(_, let stance): stance.rawValue
        case .quantity(_, let amount): number(amount)
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private static func origin(_ evidence: Evidence) -> String {
        let title = evidence.title.map { "\"\($0)\" " } ?? ""
        return "\(evidence.source)  \(title)\(evidence.url)"
    }

    /// `deny`, `deny → affirm (admission)`, `3000 → 10000 (increase)` from an alert record.
    static func change(_ record: [String: Any]) -> String {
        func text(_ any: Any?) -> String {
            if let string = any as? String { return string }
            if let amount = any as? NSNumber { return number(amount.doubleValue) }
            return "?"
        }
        if record["from"] != nil || record["to"] != nil {
            let label = (record["label"] as? String).map { " (\($0))" } ?? ""
            return "\(text(record["from"])) → \(text(record["to"]))\(label)"
        }
        return text(record["stance"] ?? record["value"])
    }
}
