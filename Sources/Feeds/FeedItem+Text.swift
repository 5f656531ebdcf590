import Foundation

/// A feed item as article text, for sources whose claims come from the feed itself
/// (`follow_links: false`).
extension FeedItem {
    /// The item's content (or summary) as plain text: block elements become paragraph breaks
    /// (a blank line, as the sentence splitter expects), other tags go, references are decoded.
    public var readableText: String {
        guard let html = content ?? summary, !html.isEmpty else { return "" }
        var text = html
        for tag in ["</p>", "<br>", "<br/>", "<br />", "</div>", "</li>", "</blockquote>", "</h1>", "</h2>", "</h3>", "</h4>"] {
            text = text.replacingOccurrences(of: tag, with: "\n\n", options: .caseInsensitive)
        }
        return text.components(separatedBy: "\n\n")
            .map { PlainText.fromHTML($0) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }
}
