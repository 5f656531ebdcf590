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
                "published": orNull(item.published.map(iso8601)),
                "updated": orNull(item.updated.map(iso8601)),
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
            if let published = item.published { lines.append("   published: \(iso8601(published))") }
            if let updated = item.updated { lines.append("   updated: \(iso8601(updated))") }
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

    /// `2024-01-05T10:00:00Z`: UTC, to the second, without depending on a formatter's locale.
    static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):"
            + "\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }
}
