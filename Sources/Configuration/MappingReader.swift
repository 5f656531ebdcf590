import Yams

/// A YAML mapping read key by key. On creation it rejects non-string and duplicate keys; then
/// ``allowOnly(_:for:)`` rejects unknown ones, and ``optional(_:)``/``required(_:)`` hand out
/// values as ``NodeReader``s with their key paths.
struct MappingReader {
    /// The mapping node itself.
    let reader: NodeReader
    private var entries: [(key: String, keyLine: Int, value: NodeReader)] = []

    init(_ reader: NodeReader) throws(ConfigError) {
        guard case .mapping(let mapping) = reader.node else { throw reader.error("expected a mapping") }
        self.reader = reader
        for (keyNode, valueNode) in mapping {
            let keyLine = keyNode.mark?.line ?? reader.line
            guard case .scalar(let scalar) = keyNode else {
                throw ConfigError(file: reader.context.file, line: keyLine, key: reader.path.isEmpty ? nil : reader.path,
                                  message: "keys must be strings")
            }
            let key = reader.context.originalKeys[scalar.string] ?? scalar.string
            let keyPath = reader.path(of: key)
            if let first = entries.first(where: { $0.key == key }) {
                throw ConfigError(file: reader.context.file, line: keyLine, key: keyPath,
                                  message: "duplicate key (first on line \(first.keyLine))")
            }
            var value = NodeReader(node: valueNode, path: keyPath, fallbackLine: keyLine, context: reader.context)
            // An empty value's mark can sit on the next line; the key's line is where to look.
            if value.isNull { value.line = keyLine }
            entries.append((key, keyLine, value))
        }
    }

    /// Fails on the first key (in file order) that is not in `allowed`.
    /// - Parameter what: names the kind of mapping when the allowed keys depend on it
    ///   ("a log sink"), so the message says why a key that is valid elsewhere is not here.
    func allowOnly(_ allowed: [String], for what: String? = nil) throws(ConfigError) {
        guard let unknown = entries.first(where: { !allowed.contains($0.key) }) else { return }
        let scope = what.map { " for \($0)" } ?? ""
        throw ConfigError(file: reader.context.file, line: unknown.keyLine, key: reader.path(of: unknown.key),
                          message: "unknown key\(scope) (expected one of: \(allowed.joined(separator: ", ")))")
    }

    /// The value of `key`, or nil when the key is absent or its value is null.
    func optional(_ key: String) -> NodeReader? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The value of `key`; an absent key fails at the mapping's line, a null value at the key's.
    /// Reads the entry's required `id` and claims it in `ids` (unique within its list).
    func claimedID(in ids: inout IDRegistry) throws(ConfigError) -> String {
        let reader = try required("id")
        let id = try reader.id()
        try ids.claim(id, at: reader)
        return id
    }

    func required(_ key: String) throws(ConfigError) -> NodeReader {
        guard let entry = entries.first(where: { $0.key == key }) else {
            throw ConfigError(file: reader.context.file, line: reader.line, key: reader.path(of: key),
                              message: "missing required key")
        }
        return entry.value
    }

    /// Whether `key` is present with a non-null value.
    func contains(_ key: String) -> Bool {
        optional(key) != nil
    }
}
