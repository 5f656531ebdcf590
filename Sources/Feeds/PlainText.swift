/// Turns feed text into plain text: HTML character references decoded, tags stripped,
/// whitespace collapsed. Used for titles, which the contract wants as plain text.
enum PlainText {
    /// A title given as text: references decoded (feeds often escape twice), whitespace collapsed.
    static func fromText(_ s: String) -> String {
        collapsingWhitespace(decodingEntities(s))
    }

    /// An RSS title: text by the spec, but often escaped HTML in practice. Tags of known HTML
    /// elements are stripped; anything else in angle brackets ("the <vector> header") is text.
    static func fromRSSTitle(_ s: String) -> String {
        collapsingWhitespace(decodingEntities(strippingTags(s, onlyHTML: true)))
    }

    /// A title given as HTML (Atom `type="html"`): tags stripped, then references decoded.
    static func fromHTML(_ s: String) -> String {
        collapsingWhitespace(decodingEntities(strippingTags(s)))
    }

    /// Removes anything that looks like a tag, comment or processing instruction; a `<` that
    /// does not start one ("a < b") stays. With `onlyHTML`, only tags of common HTML elements go.
    static func strippingTags(_ s: String, onlyHTML: Bool = false) -> String {
        guard s.utf8.contains(UInt8(ascii: "<")) else { return s }
        var out = ""
        var scalars = s.unicodeScalars[...]
        while let lt = scalars.firstIndex(of: "<") {
            out.unicodeScalars += scalars[..<lt]
            let after = scalars.index(after: lt)
            guard after < scalars.endIndex else {
                out += "<"
                scalars = scalars[after...]
                break
            }
            let next = scalars[after]
            let startsTag = next.properties.isAlphabetic || next == "/" || next == "!" || next == "?"
            guard startsTag, let gt = scalars[after...].firstIndex(of: ">"),
                  !onlyHTML || isHTMLTag(scalars[after..<gt]) else {
                out += "<"
                scalars = scalars[after...]
                continue
            }
            // A tag separates words ("a<br>b"); the collapse that follows removes extra spaces.
            out += " "
            scalars = scalars[scalars.index(after: gt)...]
        }
        out.unicodeScalars += scalars
        return out
    }

    /// Whether the inside of `<…>` is a start or end tag of a common HTML element.
    private static func isHTMLTag(_ inside: Substring.UnicodeScalarView) -> Bool {
        var name = ""
        for scalar in inside.drop(while: { $0 == "/" }) {
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { break }
            name.unicodeScalars.append(scalar)
        }
        return htmlElements.contains(name.lowercased())
    }

    private static let htmlElements: Set<String> = [
        "a", "abbr", "b", "big", "blockquote", "br", "cite", "code", "del", "div", "em", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "mark", "p", "q", "s",
        "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
    ]

    /// Decodes `&name;` (HTML 4 names), `&#NNN;` and `&#xHHH;`; anything else is kept as written.
    static func decodingEntities(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var out = ""
        var scalars = s.unicodeScalars[...]
        while let amp = scalars.firstIndex(of: "&") {
            out.unicodeScalars += scalars[..<amp]
            let rest = scalars[scalars.index(after: amp)...]
            if let semicolon = rest.prefix(33).firstIndex(of: ";"),
               let scalar = decodeReference(String(String.UnicodeScalarView(rest[..<semicolon]))) {
                out.unicodeScalars.append(scalar)
                scalars = scalars[scalars.index(after: semicolon)...]
            } else {
                out += "&"
                scalars = rest
            }
        }
        out.unicodeScalars += scalars
        return out
    }

    private static func decodeReference(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            return value.flatMap { Unicode.Scalar($0) }
        }
        return HTMLEntities.codePoint(body).flatMap { Unicode.Scalar($0) }
    }

    static func collapsingWhitespace(_ s: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in s {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out += " " }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
