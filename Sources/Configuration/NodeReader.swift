import Foundation
import Yams

/// One YAML node together with where it is — its key path (`sources[2].interval`) and line —
/// so that every value read from it can fail with a message that points at it.
struct NodeReader {
    let node: Node
    /// The key path, empty for the document root.
    let path: String
    var line: Int
    let context: ReadContext

    /// - Parameter fallbackLine: used when the node has no mark (Yams always sets one when
    ///   parsing, but nothing in its types guarantees it).
    init(node: Node, path: String, fallbackLine: Int, context: ReadContext) {
        self.node = node
        self.path = path
        self.line = node.mark?.line ?? fallbackLine
        self.context = context
    }

    /// An error about this node.
    func error(_ message: String) -> ConfigError {
        ConfigError(file: context.file, line: line, key: path.isEmpty ? nil : path, message: message)
    }

    /// The key path of `key` inside this node.
    func path(of key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// Whether the node is YAML's null (`key:` with nothing after it, `~`, `null`), which the
    /// config treats like an absent key.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
            return false
        }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: Shapes

    /// Reads the node as a mapping; see ``MappingReader``.
    func mapping() throws(ConfigError) -> MappingReader {
        try MappingReader(self)
    }

    /// The items of a list, each with its indexed path (`sources[0]`).
    func list() throws(ConfigError) -> [NodeReader] {
        guard case .sequence(let sequence) = node else { throw error("expected a list") }
        return sequence.enumerated().map { index, item in
            NodeReader(node: item, path: "\(path)[\(index)]", fallbackLine: line, context: context)
        }
    }

    /// The text of a scalar; `expected` names what was wanted when the node is a list or a
    /// mapping ("a string", "a duration").
    func scalarText(expected: String) throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected \(expected)") }
        if isNull { throw error("missing value (expected \(expected))") }
        return scalar.string
    }

    // MARK: Values

    /// Any string, including the text of numbers and booleans (`name: 2024` is "2024").
    func string() throws(ConfigError) -> String {
        try scalarText(expected: "a string")
    }

    /// A string with something in it besides whitespace.
    func nonEmptyString() throws(ConfigError) -> String {
        let text = try string()
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw error("must not be empty") }
        return text
    }

    /// An id: `[a-z0-9_-]+`, so that it is safe in file names, URLs and log lines.
    func id() throws(ConfigError) -> String {
        let text = try string()
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_-")
        guard !text.isEmpty, text.allSatisfy(allowed.contains) else {
            throw error("\(quoted(text)) is not a valid id (use a-z, 0-9, _ and -)")
        }
        return text
    }

    /// `true` or `false` (YAML 1.2 spellings; `yes`/`on` are too easy to write by accident).
    func bool() throws(ConfigError) -> Bool {
        let text = try scalarText(expected: "true or false")
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw error("\(quoted(text)) is not a boolean (use true or false)")
        }
    }

    /// A decimal integer within `range`.
    func int(in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        let text = try scalarText(expected: "an integer")
        guard let value = Int(text) else { throw error("\(quoted(text)) is not an integer") }
        guard range.contains(value) else {
            throw error("must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
        }
        return value
    }

    /// A positive duration such as `15m` or `1h30m`.
    func duration() throws(ConfigError) -> Duration {
        let text = try scalarText(expected: "a duration")
        guard let duration = DurationParser.parse(text) else {
            if !text.isEmpty, text.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }) {
                throw error("\(quoted(text)) is not a duration (missing unit: ms, s, m, h or d)")
            }
            throw error("\(quoted(text)) is not a duration")
        }
        guard duration > .zero else { throw error("\(quoted(text)) is not a positive duration") }
        return duration
    }

    /// A positive byte size such as `10MiB` or `4096`.
    func size() throws(ConfigError) -> Int {
        let text = try scalarText(expected: "a size")
        guard let size = SizeParser.parse(text) else { throw error("\(quoted(text)) is not a size") }
        guard size > 0 else { throw error("\(quoted(text)) is not a positive size") }
        return size
    }

    /// An absolute http or https URL with a host.
    func httpURL() throws(ConfigError) -> String {
        let text = try string()
        // Foundation quietly percent-encodes a space; in a config file it is a typo.
        let hasBlank = text.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
        guard !hasBlank, let url = URL(string: text),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else {
            throw error("\(quoted(text)) is not an absolute http or https URL")
        }
        return text
    }

    /// A file path, resolved against the config file's directory.
    func filePath() throws(ConfigError) -> String {
        context.resolve(try nonEmptyString())
    }

    /// A non-empty list of non-empty strings (keywords, nouns, names).
    func stringList() throws(ConfigError) -> [String] {
        let items = try list()
        if items.isEmpty { throw error("must not be empty") }
        var strings: [String] = []
        for item in items {
            strings.append(try item.nonEmptyString())
        }
        return strings
    }

    /// `text` quoted and escaped for a message.
    func quoted(_ text: String) -> String {
        String(reflecting: text)
    }
}
