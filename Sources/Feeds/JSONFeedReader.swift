import Foundation

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedReader {
    static func read(_ text: String, url: String?) throws(FeedParseError) -> ParsedFeed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw .malformed("invalid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        guard let root = object as? [String: Any] else {
            throw .notAFeed("a JSON document that is not an object")
        }
        let version = root["version"] as? String ?? ""
        let rawItems = root["items"] as? [Any]
        // Feeds in the wild write "version": "1.0" instead of the spec's URL; items suffice.
        guard version.contains("jsonfeed.org") || rawItems != nil else {
            throw .notAFeed("a JSON document without feed items")
        }
        let base = url ?? string(root["feed_url"]) ?? string(root["home_page_url"])
        var feed = ParsedFeed(format: .json)
        feed.title = string(root["title"]).map(PlainText.fromText).flatMap(nonBlank)
        feed.link = string(root["home_page_url"]).map { FeedURL.resolve($0, against: base) }
        feed.items = (rawItems ?? []).compactMap { $0 as? [String: Any] }.map { item(from: $0, base: base) }
        return feed
    }

    private static func item(from object: [String: Any], base: String?) -> FeedItem {
        let link = (string(object["url"]) ?? string(object["external_url"]))
            .map { FeedURL.resolve($0, against: base) }
        let title = string(object["title"]).map(PlainText.fromText).flatMap(nonBlank)
        let summary = string(object["summary"])
        let content = string(object["content_html"]) ?? string(object["content_text"])
        let id = identifier(object["id"])
            ?? XMLFeedReader.fallbackID(link: link, title: title, summary: summary, content: content)
        return FeedItem(id: id, title: title, link: link,
                        published: string(object["date_published"]).flatMap(FeedDateParser.parse),
                        updated: string(object["date_modified"]).flatMap(FeedDateParser.parse),
                        summary: summary, content: content)
    }

    /// A non-blank string value.
    private static func string(_ value: Any?) -> String? {
        (value as? String).flatMap(nonBlank)
    }

    /// The spec says ids are strings; feeds also send numbers. (A JSON boolean is an NSNumber
    /// too and cannot be told apart reliably on Linux; as an id it is as odd as it is rare.)
    private static func identifier(_ value: Any?) -> String? {
        if let text = string(value) { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return (value as? NSNumber)?.stringValue
    }

    private static func nonBlank(_ s: String) -> String? {
        s.contains(where: { !$0.isWhitespace }) ? s : nil
    }
}
