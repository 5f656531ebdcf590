/// A body decoded to text, with the charset it was read as and where that choice came from.
public struct DecodedText: Sendable, Equatable {
    /// Where the charset was found.
    public enum Origin: String, Sendable {
        case header, bom, declaration, fallback
    }

    public var text: String
    /// The charset the bytes were read as (a canonical lower-case label, e.g. "windows-1251").
    public var charset: String
    public var origin: Origin
    /// Whether bytes that were invalid in that charset were replaced by U+FFFD.
    public var replacedInvalidBytes: Bool

    public init(text: String, charset: String, origin: Origin, replacedInvalidBytes: Bool) {
        self.text = text
        self.charset = charset
        self.origin = origin
        self.replacedInvalidBytes = replacedInvalidBytes
    }
}
