import Crypto
import Foundation

/// The contract's alert record: what every sink receives, byte for byte the same on each
/// delivery of the same alert.
public struct AlertRecord: Sendable, Equatable {
    public init(id: String, kind: String, json: String, summary: String) {
        self.id = id
        self.kind = kind
        self.json = json
        self.summary = summary
    }

    public var id: String
    public var kind: String
    /// The record as JSON (one line, keys sorted).
    public var json: String
    public var summary: String

    /// Builds the alert for a decision, or nil for `.unchanged`.
    ///
    /// A revision (`.revised`) that moved the history is the `stance_shift` or `quantity_change`
    /// it caused, with a `revision` object (`url`, `from`, `previous`: the document's earlier
    /// sentence); one that did not is a `claim_revised` alert. Every kind carries the new
    /// claim's `confidence` when it has one.
    public static func make(_ decision: ClaimDecision, key: ClaimKey, topicName: String, entityName: String?,
                            detectedAt: Date) -> AlertRecord? {
        var fields: [String: Any] = ["topic": key.topic, "detected_at": ISO8601Time.format(detectedAt)]
        let current: CurrentClaim
        var previous: CurrentClaim?
        var revision: ClaimRevision?
        switch decision {
        case .unchanged:
            return nil
        case .new(let claim):
            current = claim
            fields["kind"] = "new_claim"
        case .changed(let before, let after):
            current = after
            previous = before
        case .revised(let revised):
            current = revised.current
            previous = revised.replaced ?? revised.earlier
            revision = revised
        }
        // Only a revision the history did not follow is reported as one; otherwise the change
        // of the current claim is the alert, and the revision rides along.
        let standalone = revision.map { $0.replaced == nil } ?? false
        let subject = entityName ?? key.topic
        let revisedIn = standalone ? " (revised in \(current.evidence.url))" : ""
        let summary: String
        switch (current.value, previous?.value) {
        case (.stance(let entity, let stance), nil):
            fields["entity"] = entity
            fields["stance"] = stance.rawValue
            summary = "\(subject): \(stance.rawValue) on \"\(topicName)\" (new)"
        case (.stance(let entity, let to), .stance(_, let from)?):
            fields["kind"] = "stance_shift"
            fields["entity"] = entity
            fields["from"] = from.rawValue
            fields["to"] = to.rawValue
            let label = Self.label(from: from, to: to)
            fields["label"] = label
            summary = "\(subject): \(from.rawValue) → \(to.rawValue) (\(label)) on \"\(topicName)\"\(revisedIn)"
        case (.quantity(let quantity, let value), nil):
            fields["quantity"] = quantity
            fields["value"] = value
            summary = "\(topicName): \(quantity) = \(Self.format(value)) (new)"
        case (.quantity(let quantity, let to), .quantity(_, let from)?):
            fields["kind"] = "quantity_change"
            fields["quantity"] = quantity
            fields["from"] = from
            fields["to"] = to
            fields["label"] = to > from ? "increase" : "decrease"
            summary = "\(topicName): \(quantity) \(Self.format(from)) → \(Self.format(to))\(revisedIn)"
        default:
            return nil
        }
        if let revision {
            if standalone {
                fields["kind"] = "claim_revised"
                fields["url"] = current.evidence.url
            } else {
                let from: Any = switch revision.earlier.value {
                case .stance(_, let stance): stance.rawValue
                case .quantity(_, let value): value
                }
                fields["revision"] = ["url": current.evidence.url, "from": from,
                                      "previous": [Self.evidence(revision.earlier.evidence)]] as [String: Any]
            }
        }
        if let confidence = current.confidence { fields["confidence"] = confidence }
        fields["summary"] = summary
        fields["evidence"] = [Self.evidence(current.evidence)]
        fields["previous"] = previous.map { [Self.evidence($0.evidence)] } ?? []
        // Stable id: the same change seen in the same evidence is the same alert; a revision is
        // also told apart by the document's earlier sentence.
        var identity = [fields["kind"] as? String ?? "", key.description, previous.map { "\($0.value)" } ?? "",
                        "\(current.value)", current.evidence.url, current.evidence.sentence]
        if standalone, let revision { identity.append(revision.earlier.evidence.sentence) }
        let id = SHA256.hash(data: Data(identity.joined(separator: "\u{1F}").utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
        fields["id"] = id
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return AlertRecord(id: id, kind: fields["kind"] as? String ?? "", json: String(decoding: data, as: UTF8.self), summary: summary)
    }

    /// The human name of a stance change.
    public static func label(from: Stance, to: Stance) -> String {
        switch (from, to) {
        case (.deny, .affirm): "admission"
        case (.affirm, .deny): "retraction"
        case (.evade, .affirm): "confirmation"
        case (.evade, .deny): "denial"
        case (.deny, .evade): "softening"
        case (.affirm, .evade): "backtracking"
        default: "change"
        }
    }

    /// The contract's evidence object, with the figure's `qualifier` and `attribution` where
    /// the claim has them.
    private static func evidence(_ evidence: Evidence) -> [String: Any] {
        var object: [String: Any] = [
            "source": evidence.source, "url": evidence.url, "title": evidence.title ?? NSNull(),
            "published": evidence.published.map(ISO8601Time.format) ?? NSNull(), "sentence": evidence.sentence,
        ]
        if let qualifier = evidence.qualifier { object["qualifier"] = qualifier }
        if let attribution = evidence.attribution { object["attribution"] = attribution }
        return object
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
