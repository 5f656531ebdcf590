import Foundation

/// A document as stored, with the count of its versions.
public struct StoredDocument: Sendable, Equatable {
    public var id: Int64
    public var sourceID: String
    public var kind: DocumentKind
    public var key: String
    public var url: String
    public var title: String?
    public var published: Date?
    public var firstSeenAt: Date
    public var lastSeenAt: Date
    public var versionCount: Int
    public var lastFailure: FetchFailure?

    public init(id: Int64, sourceID: String, kind: DocumentKind, key: String, url: String,
                title: String?, published: Date?, firstSeenAt: Date, lastSeenAt: Date,
                versionCount: Int, lastFailure: FetchFailure? = nil) {
        self.id = id
        self.sourceID = sourceID
        self.kind = kind
        self.key = key
        self.url = url
        self.title = title
        self.published = published
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
        self.versionCount = versionCount
        self.lastFailure = lastFailure
    }
}
