import ClaimwatchModel

/// One watched source (an entry of `sources:`): a feed or a single page.
public struct SourceConfig: Sendable, Equatable {
    /// Unique id (`[a-z0-9_-]+`), the key under which the store keeps the source.
    public var id: String
    /// Absolute http or https URL.
    public var url: String
    public var kind: SourceKind
    /// This source's own interval, if it overrides `poll.interval`.
    public var interval: Duration?
    /// Feeds only: whether each item's linked article page is fetched too (default true).
    /// Always false for pages.
    public var followLinks: Bool
    /// Pages only: CSS selector, or XPath starting with `/`, of the region to watch.
    public var selector: String?
    /// The line of the config file where this source's entry starts, for messages.
    public var line: Int

    /// Creates a source; `followLinks` defaults to true for feeds and false for pages.
    public init(id: String, url: String, kind: SourceKind, interval: Duration? = nil,
                followLinks: Bool? = nil, selector: String? = nil, line: Int = 0) {
        self.id = id
        self.url = url
        self.kind = kind
        self.interval = interval
        self.followLinks = followLinks ?? (kind == .feed)
        self.selector = selector
        self.line = line
    }

    /// The interval this source is actually polled at: its own, or else `poll.interval`.
    public func effectiveInterval(_ poll: PollConfig) -> Duration {
        interval ?? poll.interval
    }

    /// The identity the store keeps for this source.
    public var descriptor: SourceDescriptor {
        SourceDescriptor(id: id, url: url, kind: kind)
    }
}

extension SourceConfig {
    /// The keys a source entry may have; `follow_links` and `selector` depend on `kind`.
    static let keys = ["id", "url", "kind", "interval", "follow_links", "selector"]

    /// Reads one entry of `sources:`, claiming its id in `ids`.
    init(reading item: NodeReader, ids: inout IDRegistry) throws(ConfigError) {
        let entry = try item.mapping()
        try entry.allowOnly(Self.keys)
        let id = try entry.claimedID(in: &ids)
        let url = try entry.required("url").httpURL()
        let kindReader = try entry.required("kind")
        let kindText = try kindReader.string()
        guard let kind = SourceKind(rawValue: kindText) else {
            throw kindReader.error("\(kindReader.quoted(kindText)) is not a source kind (expected feed or page)")
        }
        var interval: Duration?
        if let reader = entry.optional("interval") {
            interval = try reader.duration()
        }
        var followLinks: Bool?
        if let reader = entry.optional("follow_links") {
            guard kind == .feed else { throw reader.error("only valid for feeds (this source is a page)") }
            followLinks = try reader.bool()
        }
        var selector: String?
        if let reader = entry.optional("selector") {
            guard kind == .page else { throw reader.error("only valid for pages (this source is a feed)") }
            selector = try reader.nonEmptyString()
        }
        self.init(id: id, url: url, kind: kind, interval: interval, followLinks: followLinks,
                  selector: selector, line: item.line)
    }
}
