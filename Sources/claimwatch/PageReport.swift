import ClaimwatchModel
import Foundation

/// The contract's page object for `inspect --as page|text`.
struct PageReport {
    var title: String?
    var published: Date?
    var text: String
    var sentences: [Sentence]

    func json() -> String {
        let object: [String: Any] = [
            "kind": "page",
            "title": title ?? NSNull(),
            "published": published.map(ISO8601Time.format) ?? NSNull(),
            "text": text,
            "sentences": sentences.map(\.text),
        ]
        return Self.serialize(object)
    }

    func rendered() -> String {
        var lines = ["title: \(title ?? "-")", "published: \(published.map(ISO8601Time.format) ?? "-")", "", text, "",
                     "sentences (\(sentences.count)):"]
        lines += sentences.enumerated().map { "  \($0.offset + 1). [¶\($0.element.paragraph)] \($0.element.text)" }
        return lines.joined(separator: "\n")
    }

    static func sentencesJSON(_ sentences: [Sentence]) -> String {
        serialize(["sentences": sentences.map(\.text)])
    }

    static func serialize(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
