import ClaimwatchModel
import Foundation

/// The contract's page object for `inspect --as page|text`.
struct PageReport {
    var title: String?
    var published: Date?
    var text: String
    var sentences: [Sentence]
    var claims: [Claim] = []
    /// `--explain`: how each claim was decided.
    var explain: ExplainReport?

    func json() -> String {
        var object: [String: Any] = [
            "kind": "page",
            "title": title ?? NSNull(),
            "published": published.map(ISO8601Time.format) ?? NSNull(),
            "text": text,
            "sentences": sentences.map(\.text),
            "claims": claims.map(Self.claimObject),
        ]
        if let explain { object["explain"] = explain.object() }
        return Self.serialize(object)
    }

    func rendered() -> String {
        var lines = ["title: \(title ?? "-")", "published: \(published.map(ISO8601Time.format) ?? "-")", "", text, "",
                     "sentences (\(sentences.count)):"]
        lines += sentences.enumerated().map { "  \($0.offset + 1). [¶\($0.element.paragraph)] \($0.element.text)" }
        if !claims.isEmpty {
            lines += ["", "claims (\(claims.count)):"]
            for claim in claims {
                switch claim.value {
                case .stance(let entity, let stance): lines.append("  \(entity) \(stance.rawValue) on \(claim.topic): \(claim.sentence.text)")
                case .quantity(let quantity, let value): lines.append("  \(claim.topic)/\(quantity) = \(value): \(claim.sentence.text)")
                }
            }
        }
        if let explain { lines += ["", explain.rendered()] }
        return lines.joined(separator: "\n")
    }

    static func claimObject(_ claim: Claim) -> [String: Any] {
        switch claim.value {
        case .stance(let entity, let stance):
            var object: [String: Any] = ["entity": entity, "topic": claim.topic, "stance": stance.rawValue, "sentence": claim.sentence.text]
            if let confidence = claim.confidence { object["confidence"] = confidence }
            return object
        case .quantity(let quantity, let value):
            var object: [String: Any] = ["topic": claim.topic, "quantity": quantity, "value": value, "sentence": claim.sentence.text]
            if let confidence = claim.confidence { object["confidence"] = confidence }
            if let qualifier = claim.qualifier { object["qualifier"] = qualifier }
            if let attribution = claim.attribution { object["attribution"] = attribution }
            return object
        }
    }

    static func sentencesJSON(_ sentences: [Sentence]) -> String {
        serialize(["sentences": sentences.map(\.text)])
    }

    static func serialize(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
