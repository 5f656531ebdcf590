import Foundation

/// A stored version whose claims have not been applied yet: what the pipeline needs to read it
/// again after a restart.
public struct PendingClaims: Sendable, Equatable {
    public var documentID: Int64
    public var versionID: Int64
    public var sourceID: String
    public var kind: DocumentKind
    public var url: String
    public var finalURL: String?
    public var title: String?
    public var published: Date?
    /// The stored body (HTML for pages and articles, the item's JSON for feed items).
    public var content: String
    public var fetchedAt: Date

    public init(documentID: Int64, versionID: Int64, sourceID: String, kind: DocumentKind, url: String, finalURL: String?,
                title: String?, published: Date?, content: String, fetchedAt: Date) {
        self.documentID = documentID
        self.versionID = versionID
        self.sourceID = sourceID
        self.kind = kind
        self.url = url
        self.finalURL = finalURL
        self.title = title
        self.published = published
        self.content = content
        self.fetchedAt = fetchedAt
    }
}
