/// A proposition whose claims are tracked, as the claim extractor needs it.
public struct WatchedTopic: Sendable, Equatable {
    /// A number tracked for the topic, and the nouns that name what it counts.
    public struct Quantity: Sendable, Equatable {
        public var id: String
        public var nouns: [String]

        public init(id: String, nouns: [String]) {
            self.id = id
            self.nouns = nouns
        }
    }

    public var id: String
    public var name: String
    public var keywords: [String]
    public var quantities: [Quantity]

    public init(id: String, name: String, keywords: [String], quantities: [Quantity] = []) {
        self.id = id
        self.name = name
        self.keywords = keywords
        self.quantities = quantities
    }
}

/// A speaker whose stance is tracked, with every name the text may use for it.
public struct WatchedEntity: Sendable, Equatable {
    public var id: String
    public var names: [String]

    public init(id: String, names: [String]) {
        self.id = id
        self.names = names
    }
}
