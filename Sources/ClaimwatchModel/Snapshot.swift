import Foundation

/// One observed state of a document, ready to be stored as a version if its content changed.
public struct Snapshot: Sendable, Equatable {
    public var sourceID: String
    public var kind: DocumentKind
    /// What identifies the document within its source: a feed item's id, or a page's URL.
    public var key: String
    public var url: String
    public var title: String?
    public var published: Date?
    public var updated: Date?
    /// The content as fetched (decoded to UTF-8): HTML for pages and articles, a JSON rendering
    /// of the item for feed items.
    public var content: String
    /// Hash of the normalised content; a new version is stored only when it changes, so noise
    /// that normalisation removes never creates one.
    public var contentHash: String
    public var fetchedAt: Date
    /// The HTTP response it came from (nil for feed items, which come from the feed's response).
    public var http: HTTPMetadata?

    public init(sourceID: String, kind: DocumentKind, key: String, url: String, title: String? = nil,
                published: Date? = nil, updated: Date? = nil, content: String, contentHash: String,
                fetchedAt: Date, http: HTTPMetadata? = nil) {
        self.sourceID = sourceID
        self.kind = kind
        self.key = key
        self.url = url
        self.title = title
        self.published = published
        self.updated = updated
        self.content = content
        self.contentHash = contentHash
        self.fetchedAt = fetchedAt
        self.http = http
    }
}

/// What storing a snapshot did.
public enum SnapshotOutcome: Sendable, Equatable {
    /// The document was new, or its content changed: a version was added.
    case newVersion(documentID: Int64, versionID: Int64, isNewDocument: Bool)
    /// Same content as the latest version: only the document's last-seen time moved.
    case unchanged(documentID: Int64)

    public var documentID: Int64 {
        switch self {
        case .newVersion(let id, _, _), .unchanged(let id): id
        }
    }
}
