import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a fetched body into text. The charset comes from the Content-Type header, else a
/// byte-order mark, else an in-document declaration (`<meta charset>`, `<meta http-equiv>`, the
/// XML prolog's `encoding`), else UTF-8; bytes invalid in that charset become U+FFFD. Legacy
/// charsets are converted with iconv.
public enum CharsetDecoder {
    /// How far into the document a declaration is looked for (HTML's prescan reads 1024 bytes;
    /// real pages put long scripts first, so we allow more).
    static let declarationWindow = 8192

    public static func decode(_ data: Data, contentType: String?) -> DecodedText {
        let bytes = [UInt8](data)
        if let label = contentType.flatMap(charset(fromContentType:)), let charset = canonical(label) {
            return convert(bytes, charset: charset, origin: .header)
        }
        if let (charset, bomLength) = byteOrderMark(bytes) {
            return convert(Array(bytes[bomLength...]), charset: charset, origin: .bom)
        }
        if let label = declaredCharset(bytes), var charset = canonical(label) {
            // A document that reached us as bytes and declares UTF-16 cannot be UTF-16 (the
            // declaration itself was readable as ASCII), so HTML treats it as UTF-8.
            if charset.hasPrefix("utf-16") { charset = "utf-8" }
            return convert(bytes, charset: charset, origin: .declaration)
        }
        return convert(bytes, charset: "utf-8", origin: .fallback)
    }

    /// The `charset` parameter of a Content-Type value.
    public static func charset(fromContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let label = pair[1].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'")))
            return label.isEmpty ? nil : label
        }
        return nil
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("utf-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("utf-16le", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("utf-16be", 2) }
        return nil
    }

    /// The charset named by an XML prolog or an HTML `<meta>` near the start of the document.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let window = bytes.prefix(declarationWindow).map { byte -> UInt8 in
            // ASCII lower-case; anything else becomes a space so it cannot form a keyword.
            switch byte {
            case 0x41...0x5A: byte + 0x20
            case 0x80...: 0x20
            default: byte
            }
        }
        let head = String(decoding: window, as: UTF8.self)
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            let prolog = String(head[..<end.lowerBound])
            if let value = attributeValue(named: "encoding", in: prolog) { return value }
        }
        var searchStart = head.startIndex
        while let open = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[open.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = String(head[open.upperBound..<tagEnd])
            if let value = attributeValue(named: "charset", in: tag) { return value }
            if let content = attributeValue(named: "content", in: tag),
               attributeValue(named: "http-equiv", in: tag) == "content-type",
               let value = charset(fromContentType: "text/html; " + content.replacingOccurrences(of: ",", with: ";")) {
                return value
            }
            searchStart = tagEnd
        }
        return nil
    }

    /// The value of `name=value`, `name="value"` or `name='value'` inside a tag's text.
    static func attributeValue(named name: String, in tag: String) -> String? {
        var searchStart = tag.startIndex
        while let found = tag.range(of: name, range: searchStart..<tag.endIndex) {
            searchStart = found.upperBound
            // Whole attribute names only: "charset" must not match inside "data-charset".
            if found.lowerBound > tag.startIndex {
                let before = tag[tag.index(before: found.lowerBound)]
                if !(before == " " || before == "\t" || before == "\n" || before == "\r" || before == "/" || before == "\"" || before == "'") { continue }
            }
            var index = found.upperBound
            while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) }
            guard index < tag.endIndex, tag[index] == "=" else { continue }
            index = tag.index(after: index)
            while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) }
            guard index < tag.endIndex else { return nil }
            let quote = tag[index]
            if quote == "\"" || quote == "'" {
                let start = tag.index(after: index)
                let end = tag[start...].firstIndex(of: quote) ?? tag.endIndex
                return String(tag[start..<end]).trimmingCharacters(in: .whitespaces)
            }
            let end = tag[index...].firstIndex { $0.isWhitespace || ";>/\"'".contains($0) } ?? tag.endIndex
            return String(tag[index..<end])
        }
        return nil
    }

    /// Maps a charset label to the name we convert from, following the WHATWG Encoding
    /// standard's aliases (ISO-8859-1 and ASCII are read as windows-1252, as browsers do).
    /// Returns nil for labels we do not know.
    static func canonical(_ label: String) -> String? {
        let key = label.trimmingCharacters(in: .whitespaces).lowercased()
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "utf-16", "utf-16le": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp1252",
             "windows-1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100": return "windows-1252"
        case "windows-1251", "cp1251", "x-cp1251": return "windows-1251"
        case "windows-1250", "cp1250", "x-cp1250": return "windows-1250"
        case "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258": return key
        case "koi8-r", "koi8r", "koi": return "koi8-r"
        case "koi8-u", "koi8-ru": return "koi8-u"
        case "euc-kr", "ks_c_5601-1987", "ksc5601", "korean", "windows-949", "cp949": return "euc-kr"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis", "ms932", "cp932": return "shift_jis"
        case "euc-jp", "x-euc-jp": return "euc-jp"
        case "iso-2022-jp": return "iso-2022-jp"
        case "gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "cp936", "windows-936": return "gb18030"
        case "big5", "big5-hkscs", "x-x-big5": return "big5"
        case "tis-620", "windows-874", "iso-8859-11": return "windows-874"
        default:
            if key.hasPrefix("iso-8859-") || key.hasPrefix("iso8859-") {
                let number = key.split(separator: "-").last.map(String.init) ?? ""
                return Int(number).map { "iso-8859-\($0)" }
            }
            return nil
        }
    }

    /// iconv's name for a canonical charset; the Windows supersets cover what servers mislabel.
    private static func iconvName(_ charset: String) -> String {
        switch charset {
        case "euc-kr": "CP949"
        case "shift_jis": "CP932"
        case "gb18030": "GB18030"
        default: charset.uppercased()
        }
    }

    static func convert(_ bytes: [UInt8], charset: String, origin: DecodedText.Origin) -> DecodedText {
        if charset == "utf-8" {
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            let text = String(decoding: body, as: UTF8.self)
            let replaced = text.utf8.count != body.count || text.unicodeScalars.contains("\u{FFFD}") && !bytesContainReplacement(body)
            return DecodedText(text: text, charset: charset, origin: origin, replacedInvalidBytes: replaced)
        }
        guard let (text, replaced) = iconvConvert(bytes, from: iconvName(charset)) else {
            // iconv does not know it: read as UTF-8 rather than fail the document.
            return convert(bytes, charset: "utf-8", origin: .fallback)
        }
        var result = text
        if result.hasPrefix("\u{FEFF}") { result.removeFirst() }
        return DecodedText(text: result, charset: charset, origin: origin, replacedInvalidBytes: replaced)
    }

    private static func bytesContainReplacement(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD { return true }
            index += 1
        }
        return false
    }

    /// Converts with iconv to UTF-8, replacing each invalid or truncated sequence with U+FFFD.
    static func iconvConvert(_ bytes: [UInt8], from charset: String) -> (String, Bool)? {
        let descriptor = iconv_open("UTF-8", charset)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 2)
        var replaced = false
        var input = bytes
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let (result, errorNumber, produced) = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> (Int, Int32, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outLeft = chunkBuffer.count
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, errno, chunkBuffer.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result != -1 { continue }
                switch errorNumber {
                case E2BIG:
                    continue
                case EILSEQ, EINVAL:
                    // Invalid (or truncated at the end): replace one byte and go on.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced = true
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                default:
                    inLeft = 0
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), replaced)
    }
}
