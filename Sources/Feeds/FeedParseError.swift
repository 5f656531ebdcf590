/// Why a document could not be read as a feed.
public enum FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The body was empty or only whitespace.
    case empty
    /// The document parsed, but it is not RSS, RDF, Atom or JSON Feed; the associated text says
    /// what it looked like instead.
    case notAFeed(String)
    /// The document is so broken that nothing could be recovered from it.
    case malformed(String)
    /// The body is larger than the parser accepts (the size in bytes).
    case tooLarge(Int)

    /// One line for logs and error messages.
    public var description: String {
        switch self {
        case .empty: "empty document"
        case .notAFeed(let what): "not a feed: \(what)"
        case .malformed(let why): "malformed feed: \(why)"
        case .tooLarge(let size): "feed too large: \(size) bytes (limit \(FeedParser.maximumSize))"
        }
    }
}
