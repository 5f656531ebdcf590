/// Recursive-descent reader of the CSS subset, producing XPath as it goes.
struct CSSSelectorParser {
    let scalars: [Unicode.Scalar]
    let source: String
    var position = 0

    init(_ scalars: [Unicode.Scalar], source: String) {
        self.scalars = scalars
        self.source = source
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func failure(_ why: String) -> ExtractionError {
        .invalidSelector("\(source): \(why) at character \(position + 1)")
    }

    mutating func parseGroups() throws(ExtractionError) -> String {
        var groups: [String] = []
        while true {
            skipSpaces()
            groups.append(try parseComplex())
            skipSpaces()
            guard let next = current else { break }
            guard next == "," else { throw failure("unexpected \"\(next)\"") }
            position += 1
        }
        return groups.joined(separator: " | ")
    }

    private mutating func parseComplex() throws(ExtractionError) -> String {
        var xpath = "//" + (try parseCompound())
        while true {
            let spaced = skipSpaces()
            guard let next = current, next != "," else { break }
            if next == ">" {
                position += 1
                skipSpaces()
                xpath += "/" + (try parseCompound())
            } else if next == "+" || next == "~" {
                throw failure("the \"\(next)\" combinator is not supported")
            } else if spaced {
                xpath += "//" + (try parseCompound())
            } else {
                throw failure("unexpected \"\(next)\"")
            }
        }
        return xpath
    }

    private mutating func parseCompound() throws(ExtractionError) -> String {
        var tag = "*"
        var predicates: [String] = []
        var hasType = false
        if current == "*" {
            position += 1
            hasType = true
        } else if let next = current, Self.isNameScalar(next) {
            tag = try parseIdentifier().lowercased()
            hasType = true
        }
        loop: while let next = current {
            switch next {
            case ".":
                position += 1
                let name = try parseIdentifier()
                predicates.append("contains(concat(' ', normalize-space(@class), ' '), \(Self.literal(" \(name) ")))")
            case "#":
                position += 1
                predicates.append("@id=\(Self.literal(try parseIdentifier()))")
            case "[":
                position += 1
                predicates.append(try parseAttribute())
            case ":":
                throw failure("pseudo-classes are not supported")
            default:
                break loop
            }
        }
        if !hasType, predicates.isEmpty {
            throw failure(current.map { "unexpected \"\($0)\"" } ?? "a selector is missing")
        }
        return tag + predicates.map { "[\($0)]" }.joined()
    }

    private mutating func parseAttribute() throws(ExtractionError) -> String {
        skipSpaces()
        let name = try parseIdentifier().lowercased()
        skipSpaces()
        guard let next = current else { throw failure("unclosed [") }
        if next == "]" {
            position += 1
            return "@\(name)"
        }
        var operation = ""
        if next == "=" {
            operation = "="
            position += 1
        } else if "~^$*|".unicodeScalars.contains(next), position + 1 < scalars.count, scalars[position + 1] == "=" {
            operation = String(Character(next)) + "="
            position += 2
        } else {
            throw failure("unexpected \"\(next)\" in an attribute selector")
        }
        skipSpaces()
        let value = try parseValue()
        skipSpaces()
        guard current == "]" else { throw failure("unclosed [") }
        position += 1
        let attribute = "@\(name)"
        let quoted = Self.literal(value)
        switch operation {
        case "=":
            return "\(attribute)=\(quoted)"
        case "~=":
            return "contains(concat(' ', normalize-space(\(attribute)), ' '), \(Self.literal(" \(value) ")))"
        case "^=":
            return "starts-with(\(attribute), \(quoted))"
        case "$=":
            return "substring(\(attribute), string-length(\(attribute)) - string-length(\(quoted)) + 1)=\(quoted)"
        case "*=":
            return "contains(\(attribute), \(quoted))"
        default:
            return "(\(attribute)=\(quoted) or starts-with(\(attribute), \(Self.literal(value + "-"))))"
        }
    }

    private mutating func parseValue() throws(ExtractionError) -> String {
        guard let quote = current else { throw failure("an attribute value is missing") }
        guard quote == "\"" || quote == "'" else { return try parseIdentifier() }
        position += 1
        var value = String.UnicodeScalarView()
        while let next = current {
            position += 1
            if next == quote { return String(value) }
            if next == "\\", let escaped = current {
                position += 1
                value.append(escaped)
            } else {
                value.append(next)
            }
        }
        throw failure("unclosed quoted value")
    }

    private mutating func parseIdentifier() throws(ExtractionError) -> String {
        var name = String.UnicodeScalarView()
        while let next = current {
            if next == "\\", position + 1 < scalars.count {
                name.append(scalars[position + 1])
                position += 2
            } else if Self.isNameScalar(next) {
                name.append(next)
                position += 1
            } else {
                break
            }
        }
        guard !name.isEmpty else { throw failure(current.map { "unexpected \"\($0)\"" } ?? "a name is missing") }
        return String(name)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while let next = current, next.properties.isWhitespace { position += 1 }
        return position > start
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": true
        default: scalar.value >= 0x80
        }
    }

    /// An XPath 1.0 string literal, which has no escapes: a value with both quote kinds is
    /// spelled with concat().
    static func literal(_ value: String) -> String {
        if !value.contains("'") { return "'\(value)'" }
        if !value.contains("\"") { return "\"\(value)\"" }
        let parts = value.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + parts.joined(separator: ", \"'\", ") + ")"
    }
}
