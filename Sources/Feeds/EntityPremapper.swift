/// Rewrites HTML named character references (`&eacute;`, `&nbsp;`, `&mdash;`) as numeric ones
/// before the document reaches the XML parser.
///
/// RSS 0.91 feeds use them on the strength of the Netscape DTD, which is never loaded (loading
/// DTDs is how external entities get in), and many other feeds use them without any DTD. To an
/// XML parser they are undeclared entities: errors, and lost characters. A name the document
/// declares itself is left alone, as are CDATA sections and comments, where `&` is literal.
enum EntityPremapper {
    static func premap(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(ampersand) else { return bytes }
        let declared = declaredEntities(in: bytes)
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == lessThan {
                if let end = skipLiteralSection(bytes, at: i) {
                    i = end
                } else {
                    i += 1
                }
                continue
            }
            guard c == ampersand else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, j - i <= 32, isNameByte(bytes[j]) { j += 1 }
            if j < n, bytes[j] == semicolon, j > i + 1 {
                let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                if !xmlPredefined.contains(name), !declared.contains(name),
                   let codePoint = HTMLEntities.codePoint(name) {
                    if out.isEmpty { out.reserveCapacity(n + 64) }
                    out.append(contentsOf: bytes[copied..<i])
                    out.append(contentsOf: Array("&#\(codePoint);".utf8))
                    copied = j + 1
                }
            }
            i = max(j, i + 1)
        }
        guard copied > 0 else { return bytes }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let lessThan = UInt8(ascii: "<")
    private static let semicolon = UInt8(ascii: ";")
    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let entityDeclaration = Array("<!ENTITY".utf8)

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c | 0x20) &- 97 < 26 || c &- 48 < 10
    }

    /// The index after a CDATA section or comment starting at `i`, if one does.
    private static func skipLiteralSection(_ bytes: [UInt8], at i: Int) -> Int? {
        if hasPrefix(bytes, cdataOpen, at: i) {
            return find(cdataClose, in: bytes, from: i + cdataOpen.count).map { $0 + cdataClose.count } ?? bytes.count
        }
        if hasPrefix(bytes, commentOpen, at: i) {
            return find(commentClose, in: bytes, from: i + commentOpen.count).map { $0 + commentClose.count } ?? bytes.count
        }
        return nil
    }

    /// Names of the general entities declared in the internal subset.
    private static func declaredEntities(in bytes: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var from = 0
        while let start = find(entityDeclaration, in: bytes, from: from) {
            var i = start + entityDeclaration.count
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
            let nameStart = i
            while i < bytes.count, isNameByte(bytes[i]) || bytes[i] == UInt8(ascii: "_")
                || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ".") { i += 1 }
            if i > nameStart { names.insert(String(decoding: bytes[nameStart..<i], as: UTF8.self)) }
            from = i
        }
        return names
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at i: Int) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[i + k] != prefix[k] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], hasPrefix(bytes, needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}
