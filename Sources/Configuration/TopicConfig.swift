import ClaimwatchModel

/// A proposition whose claims are tracked (an entry of `topics:`).
public struct TopicConfig: Sendable, Equatable {
    /// Unique id (`[a-z0-9_-]+`), used in alerts.
    public var id: String
    /// Human name, used in alert summaries (defaults to the id).
    public var name: String
    /// Phrases that mark a sentence as being about this topic; never empty.
    public var keywords: [String]
    /// Numbers tracked for this topic, possibly none.
    public var quantities: [QuantityConfig]

    /// Creates a topic; `name` defaults to the id.
    public init(id: String, name: String? = nil, keywords: [String], quantities: [QuantityConfig] = []) {
        self.id = id
        self.name = name ?? id
        self.keywords = keywords
        self.quantities = quantities
    }
}

extension TopicConfig {
    static let keys = ["id", "name", "keywords", "quantities"]

    /// Reads one entry of `topics:`, claiming its id in `ids`.
    init(reading item: NodeReader, ids: inout IDRegistry) throws(ConfigError) {
        let entry = try item.mapping()
        try entry.allowOnly(Self.keys)
        let id = try entry.claimedID(in: &ids)
        let name = try entry.optional("name")?.nonEmptyString()
        let keywords = try entry.required("keywords").stringList()
        var quantities: [QuantityConfig] = []
        if let list = entry.optional("quantities") {
            // Quantity ids only need to be unique within their topic: alerts name both.
            var quantityIDs = IDRegistry(noun: "quantity id")
            for quantity in try list.list() {
                quantities.append(try QuantityConfig(reading: quantity, ids: &quantityIDs))
            }
        }
        self.init(id: id, name: name, keywords: keywords, quantities: quantities)
    }
}

extension TopicConfig {
    /// The topic as the claim extractor sees it.
    public var watched: WatchedTopic {
        WatchedTopic(id: id, name: name, keywords: keywords,
                     quantities: quantities.map { WatchedTopic.Quantity(id: $0.id, nouns: $0.nouns) })
    }
}
