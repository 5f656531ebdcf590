/// The kinds of document claimwatch keeps versions of.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// One item of a feed, as the feed carries it (title, link, dates, summary, content).
    case feedItem = "feed_item"
    /// The article page a feed item links to.
    case article
    /// A page source watched directly.
    case page
}
