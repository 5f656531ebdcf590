/// A number tracked for one topic (an entry of a topic's `quantities:`), such as a troop count.
public struct QuantityConfig: Sendable, Equatable {
    /// Id unique within its topic (`[a-z0-9_-]+`), used in alerts.
    public var id: String
    /// Nouns a number must count to be this quantity ("troops", "soldiers"); never empty.
    public var nouns: [String]

    public init(id: String, nouns: [String]) {
        self.id = id
        self.nouns = nouns
    }
}

extension QuantityConfig {
    static let keys = ["id", "nouns"]

    /// Reads one entry of a topic's `quantities:`, claiming its id in `ids`.
    init(reading item: NodeReader, ids: inout IDRegistry) throws(ConfigError) {
        let entry = try item.mapping()
        try entry.allowOnly(Self.keys)
        let id = try entry.claimedID(in: &ids)
        self.init(id: id, nouns: try entry.required("nouns").stringList())
    }
}
