import Foundation

/// One stored version of a document.
public struct StoredVersion: Sendable, Equatable {
    public var id: Int64
    public var documentID: Int64
    public var contentHash: String
    public var fetchedAt: Date
    public var http: HTTPMetadata?
    public var content: String

    public init(id: Int64, documentID: Int64, contentHash: String, fetchedAt: Date,
                http: HTTPMetadata?, content: String) {
        self.id = id
        self.documentID = documentID
        self.contentHash = contentHash
        self.fetchedAt = fetchedAt
        self.http = http
        self.content = content
    }
}
