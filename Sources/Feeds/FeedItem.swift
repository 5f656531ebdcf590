import Foundation

/// One entry of a feed, normalised across formats.
public struct FeedItem: Sendable, Equatable, Codable {
    /// The item's identity within its feed: the guid, Atom id or JSON Feed id; else its link;
    /// else a stable hash of its title, summary and content.
    public var id: String
    /// Plain text, entities decoded and markup stripped.
    public var title: String?
    /// Absolute where a base was known (xml:base, the feed's URL).
    public var link: String?
    /// RSS `pubDate` (else `dc:date`), Atom `published` (0.3: `issued`, else `created`),
    /// JSON Feed `date_published`.
    public var published: Date?
    /// Atom `updated` (0.3: `modified`), `atom:updated` or `dcterms:modified` in RSS, JSON Feed
    /// `date_modified`.
    public var updated: Date?
    /// RSS `description`, Atom `summary`, JSON Feed `summary`: as given, usually HTML.
    public var summary: String?
    /// RSS `content:encoded`, Atom `content`, JSON Feed `content_html` (else `content_text`).
    public var content: String?

    /// Creates an item; only the id is required.
    public init(id: String, title: String? = nil, link: String? = nil, published: Date? = nil,
                updated: Date? = nil, summary: String? = nil, content: String? = nil) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
    }
}
