/// The syndication format a feed document was written in, detected from its content.
public enum FeedFormat: String, Sendable, Codable {
    /// RSS 2.0 (and any `<rss>` document whose version is not 0.9x).
    case rss2
    /// RSS 1.0: an RDF document in the `http://purl.org/rss/1.0/` namespace.
    case rss1
    /// RSS 0.90 (RDF with the Netscape namespace), 0.91, 0.92 and the other 0.9x versions.
    case rss09
    /// Atom 1.0, or Atom 0.3 read leniently.
    case atom
    /// JSON Feed 1.x.
    case json
}
