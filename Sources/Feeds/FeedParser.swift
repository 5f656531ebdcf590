/// Parses a feed document of any supported format, detected from its content.
///
/// Thread-safe: each call has its own libxml2 parser context and keeps no shared state, so
/// feeds can be parsed concurrently.
public enum FeedParser {
    /// Documents larger than this (in UTF-8 bytes) are refused with `.tooLarge`.
    public static let maximumSize = 32 << 20

    /// Parses `text`, the feed's body already decoded from its charset.
    ///
    /// - Parameters:
    ///   - text: the document: RSS 0.9x/1.0/2.0, Atom 1.0/0.3 or JSON Feed 1.x.
    ///   - url: where the feed came from; relative links are resolved against it (after any
    ///     xml:base). nil leaves links the document does not make absolute relative.
    /// - Returns: the feed; when the XML was not well-formed, `malformed` says where, and the
    ///   items are those complete before the error.
    /// - Throws: `.empty` for a blank body, `.tooLarge` over `maximumSize`, `.notAFeed` for a
    ///   document of another kind (an HTML page, other XML, other JSON), `.malformed` when
    ///   nothing could be recovered.
    public static func parse(_ text: String, url: String?) throws(FeedParseError) -> ParsedFeed {
        let size = text.utf8.count
        guard size <= maximumSize else { throw .tooLarge(size) }
        var utf8 = text.utf8[...]
        // A BOM or blank lines before `<?xml` make the declaration an error; they carry nothing.
        while let first = utf8.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D {
            utf8 = utf8.dropFirst()
        }
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
            utf8 = utf8.dropFirst(3)
            while let first = utf8.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D {
                utf8 = utf8.dropFirst()
            }
        }
        guard let first = utf8.first else { throw .empty }
        switch first {
        case UInt8(ascii: "{"):
            return try JSONFeedReader.read(String(Substring(utf8)), url: url)
        case UInt8(ascii: "["):
            throw .notAFeed("a JSON array")
        case UInt8(ascii: "<"):
            let bytes = EntityPremapper.premap(Array(utf8))
            guard let document = FeedXMLDocument.parse(bytes) else {
                throw .malformed("the XML parser produced no document")
            }
            return try XMLFeedReader(document: document, feedURL: url).read()
        default:
            throw .notAFeed("neither XML nor JSON")
        }
    }
}
