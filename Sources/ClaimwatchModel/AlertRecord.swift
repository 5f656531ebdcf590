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
    public static func make(_ decision: ClaimDecision, key: ClaimKey, topicName: String, entityName: String?,
                            detectedAt: Date) -> AlertRecord? {
        var fields: [String: Any] = ["topic": key.topic, "detected_at": ISO8601Time.format(detectedAt)]
        let current: CurrentClaim
        var previous: CurrentClaim?
        switch decision {
        case .unchanged:
            return nil
        case .new(let claim):
            current = claim
            fields["kind"] = "new_claim"
        case .changed(let before, let after):
            current = after
            previous = before
        }
        let subject = entityName ?? key.topic
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
            summary = "\(subject): \(from.rawValue) → \(to.rawValue) (\(label)) on \"\(topicName)\""
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
            summary = "\(topicName): \(quantity) \(Self.format(from)) → \(Self.format(to))"
        default:
            return nil
        }
        fields["summary"] = summary
        fields["evidence"] = [Self.evidence(current.evidence)]
        fields["previous"] = previous.map { [Self.evidence($0.evidence)] } ?? []
        // Stable id: the same change seen in the same evidence is the same alert.
        let identity = [fields["kind"] as? String ?? "", key.description, previous.map { "\($0.value)" } ?? "",
                        "\(current.value)", current.evidence.url, current.evidence.sentence].joined(separator: "\u{1F}")
        let id = SHA256.hash(data: Data(identity.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
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

    private static func evidence(_ evidence: Evidence) -> [String: Any] {
        ["source": evidence.source, "url": evidence.url, "title": evidence.title ?? NSNull(),
         "published": evidence.published.map(ISO8601Time.format) ?? NSNull(), "sentence": evidence.sentence]
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
