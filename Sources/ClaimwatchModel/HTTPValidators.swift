/// The validators a server gave for a URL, replayed verbatim in the next conditional request.
public struct HTTPValidators: Sendable, Equatable, Codable {
    /// The `ETag` header as sent (weak or strong), for `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` header exactly as sent, for `If-Modified-Since`. Never our own clock:
    /// servers such as nginx (`if_modified_since exact`) answer 304 only to their own value.
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}
