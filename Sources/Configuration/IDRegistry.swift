/// Remembers the ids (or sink names) already used in one scope, so a repeated one fails at
/// its second use with a pointer to the first.
struct IDRegistry {
    /// What the ids are, for messages: "source id", "sink name".
    let noun: String
    private var firstUses: [String: String] = [:]

    init(noun: String) {
        self.noun = noun
    }

    /// Records `id`, read from `reader`; fails if it was recorded before.
    /// - Parameter firstUse: how to describe this use if a later one repeats it; by default
    ///   "first used on line N".
    mutating func claim(_ id: String, at reader: NodeReader, firstUse: String? = nil) throws(ConfigError) {
        if let earlier = firstUses[id] {
            throw reader.error("duplicate \(noun) \(reader.quoted(id)) (\(earlier))")
        }
        firstUses[id] = firstUse ?? "first used on line \(reader.line)"
    }

    /// How the first use of `id` was described, or nil if it is unused.
    func firstUse(of id: String) -> String? {
        firstUses[id]
    }
}
