import Foundation

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article.
///
/// Reads the first object typed as an article (NewsArticle, BlogPosting, LiveBlogPosting…) found
/// in any script, inside arrays and `@graph` included, with WebPage as a fallback. JSON-LD in the
/// wild is often not quite JSON (raw line breaks inside strings, trailing commas, comment or CDATA
/// wrappers), so a script that does not parse is repaired once and tried again.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var articleBody: String?
    var language: String?
    var url: String?
    var publisherName: String?

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "liveblogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
        "scholarlyarticle", "techarticle", "socialmediaposting", "report", "posting", "review",
    ]

    /// Nil when no script holds an article or page object.
    init?(scripts: [String]) {
        var fallback: [String: Any]?
        var found: [String: Any]?
        search: for script in scripts {
            guard let value = Self.parse(script) else { continue }
            var queue: [Any] = [value]
            var visited = 0
            while !queue.isEmpty, visited < 500 {
                let item = queue.removeFirst()
                visited += 1
                if let array = item as? [Any] {
                    queue.append(contentsOf: array)
                } else if let object = item as? [String: Any] {
                    let types = Self.types(of: object)
                    if types.contains(where: Self.articleTypes.contains) {
                        found = object
                        break search
                    }
                    if fallback == nil, types.contains("webpage") || types.contains("itempage") { fallback = object }
                    if let graph = object["@graph"] { queue.append(graph) }
                    if let main = object["mainEntity"] { queue.append(main) }
                }
            }
        }
        guard let object = found ?? fallback else { return nil }
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        datePublished = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
            ?? Self.string(object["coverageStartTime"]) ?? Self.string(object["uploadDate"])
        dateModified = Self.string(object["dateModified"])
        authors = Self.names(object["author"]) + Self.names(object["creator"])
        articleBody = Self.string(object["articleBody"]) ?? Self.string(object["text"])
        language = Self.string(object["inLanguage"])
        url = Self.string(object["url"]) ?? Self.identifier(object["mainEntityOfPage"])
        publisherName = Self.names(object["publisher"]).first
    }

    private static func types(of object: [String: Any]) -> [String] {
        switch object["@type"] {
        case let type as String: [type.lowercased()]
        case let types as [Any]: types.compactMap { ($0 as? String)?.lowercased() }
        default: []
        }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let array as [Any]:
            return array.lazy.compactMap { string($0) }.first
        case let object as [String: Any]:
            return string(object["@value"])
        default:
            return nil
        }
    }

    private static func identifier(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["@id"]) ?? string(object["url"]) }
        return string(value)
    }

    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let name as String:
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty || trimmed.hasPrefix("http") ? [] : [trimmed]
        case let array as [Any]:
            return array.flatMap { names($0) }
        case let object as [String: Any]:
            return string(object["name"]).map { [$0] } ?? []
        default:
            return []
        }
    }

    private static func parse(_ script: String) -> Any? {
        if let value = decode(script) { return value }
        return decode(repair(script))
    }

    private static func decode(_ text: String) -> Any? {
        guard let data = text.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// Strips comment and CDATA wrappers, turns raw control characters into spaces and drops
    /// trailing commas, all outside of what is already valid.
    static func repair(_ script: String) -> String {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
            text = text.replacingOccurrences(of: wrapper, with: "")
        }
        var out = String.UnicodeScalarView()
        var inString = false
        var escaped = false
        var pendingComma = false
        for scalar in text.unicodeScalars {
            if inString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                }
                out.append(scalar.value < 0x20 ? " " : scalar)
                continue
            }
            if scalar == "," {
                if pendingComma { continue }
                pendingComma = true
                continue
            }
            if pendingComma {
                if scalar.properties.isWhitespace { continue }
                if scalar != "}" && scalar != "]" { out.append(",") }
                pendingComma = false
            }
            if scalar == "\"" { inString = true }
            out.append(scalar)
        }
        return String(out)
    }
}
