/// The identity of a configured source as the store keeps it.
public struct SourceDescriptor: Sendable, Equatable {
    public var id: String
    public var url: String
    public var kind: SourceKind

    public init(id: String, url: String, kind: SourceKind) {
        self.id = id
        self.url = url
        self.kind = kind
    }
}
