import Foundation

/// A source's fetch state as recorded in the store.
public struct SourceState: Sendable, Equatable {
    public var id: String
    public var url: String
    public var kind: SourceKind
    public var lastFetchAt: Date?
    public var lastSuccessAt: Date?
    public var lastStatus: Int?
    public var lastFailure: FetchFailure?
    public var consecutiveFailures: Int
    /// Whether the source is still in the configuration (removed sources keep their history).
    public var active: Bool

    public init(id: String, url: String, kind: SourceKind, lastFetchAt: Date? = nil,
                lastSuccessAt: Date? = nil, lastStatus: Int? = nil, lastFailure: FetchFailure? = nil,
                consecutiveFailures: Int = 0, active: Bool = true) {
        self.id = id
        self.url = url
        self.kind = kind
        self.lastFetchAt = lastFetchAt
        self.lastSuccessAt = lastSuccessAt
        self.lastStatus = lastStatus
        self.lastFailure = lastFailure
        self.consecutiveFailures = consecutiveFailures
        self.active = active
    }
}
