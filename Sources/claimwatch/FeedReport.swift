import ClaimwatchModel
import Feeds
import Foundation

/// How `inspect` shows a parsed feed: the contract's JSON object, or a listing for people.
enum FeedReport {
    /// The contract's `inspect --format json` feed object: `{"kind":"feed","format",
    /// "title","link","items":[{"id","title","link","published","updated","summary",
    /// "content"}]}`, keys sorted, times ISO-8601 UTC, absent values null.
    static func json(_ feed: ParsedFeed) -> String {
        let items: [[String: Any]] = feed.items.map { item in
            [
                "id": item.id,
                "title": orNull(item.title),
                "link": orNull(item.link),
                "published": orNull(item.published.map(ISO8601Time.format)),
                "updated": orNull(item.updated.map(ISO8601Time.format)),
                "summary": orNull(item.summary),
                "content": orNull(item.content),
            ]
        }
        let object: [String: Any] = [
            "kind": "feed",
            "format": feed.format.rawValue,
            "title": orNull(feed.title),
            "link": orNull(feed.link),
            "items": items,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object,
                                                     options: [.sortedKeys, .withoutEscapingSlashes]) else {
            // Only strings, arrays and dictionaries go in, so serialisation cannot fail.
            return #"{"kind":"feed","items":[]}"#
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A listing: the feed's title, link and format, then each item's title, link, dates and id.
    static func text(_ feed: ParsedFeed) -> String {
        var lines: [String] = []
        lines.append("\(formatName(feed.format)) feed: \(feed.title ?? "(untitled)")")
        if let link = feed.link { lines.append("link: \(link)") }
        if let ttl = feed.ttlMinutes { lines.append("ttl: \(ttl) min") }
        if let malformed = feed.malformed { lines.append("malformed: \(malformed)") }
        lines.append("\(feed.items.count) item\(feed.items.count == 1 ? "" : "s")")
        for (index, item) in feed.items.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(item.title ?? "(untitled)")")
            if let link = item.link { lines.append("   link: \(link)") }
            if let published = item.published { lines.append("   published: \(ISO8601Time.format(published))") }
            if let updated = item.updated { lines.append("   updated: \(ISO8601Time.format(updated))") }
            lines.append("   id: \(item.id)")
            if let summary = item.summary ?? item.content {
                lines.append("   " + excerpt(summary))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func orNull(_ value: String?) -> Any {
        value ?? NSNull()
    }

    private static func formatName(_ format: FeedFormat) -> String {
        switch format {
        case .rss2: "RSS 2.0"
        case .rss1: "RSS 1.0"
        case .rss09: "RSS 0.9x"
        case .atom: "Atom"
        case .json: "JSON Feed"
        }
    }

    /// The first 160 characters of the summary with tags removed, on one line.
    private static func excerpt(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false; text += " "
            default: if !inTag { text.append(character.isNewline ? " " : character) }
            }
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 160 ? String(words.prefix(159)) + "…" : words
    }
}
