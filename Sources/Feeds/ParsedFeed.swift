/// A feed document as the pipeline uses it: a few feed-level fields and its items in
/// document order.
public struct ParsedFeed: Sendable, Equatable {
    /// The format detected from the content.
    public var format: FeedFormat
    /// Plain text.
    public var title: String?
    /// The site the feed belongs to (not the feed's own URL).
    public var link: String?
    /// RSS `<ttl>`: how many minutes the feed may be cached.
    public var ttlMinutes: Int?
    /// The items in document order.
    public var items: [FeedItem]
    /// Set when the document was not well-formed: `line N: message` of the first error. The
    /// items are then those that were complete before the damage. Also set, with the items
    /// kept, when entity expansion hit its budget and some text was cut short.
    public var malformed: String?

    /// Creates a feed; only the format is required.
    public init(format: FeedFormat, title: String? = nil, link: String? = nil,
                ttlMinutes: Int? = nil, items: [FeedItem] = [], malformed: String? = nil) {
        self.format = format
        self.title = title
        self.link = link
        self.ttlMinutes = ttlMinutes
        self.items = items
        self.malformed = malformed
    }
}
