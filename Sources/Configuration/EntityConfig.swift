import ClaimwatchModel

/// A speaker whose stance is tracked (an entry of `entities:`), such as a government.
public struct EntityConfig: Sendable, Equatable {
    /// Unique id (`[a-z0-9_-]+`), used in alerts.
    public var id: String
    /// Names that refer to the entity in text ("Russia", "Kremlin", a spokesperson); never empty.
    public var names: [String]

    public init(id: String, names: [String]) {
        self.id = id
        self.names = names
    }
}

extension EntityConfig {
    static let keys = ["id", "names"]

    /// Reads one entry of `entities:`, claiming its id in `ids`.
    init(reading item: NodeReader, ids: inout IDRegistry) throws(ConfigError) {
        let entry = try item.mapping()
        try entry.allowOnly(Self.keys)
        let id = try entry.claimedID(in: &ids)
        self.init(id: id, names: try entry.required("names").stringList())
    }
}

extension EntityConfig {
    /// The entity as the claim extractor sees it.
    public var watched: WatchedEntity { WatchedEntity(id: id, names: names) }
}
