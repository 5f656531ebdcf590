import ClaimwatchModel
import Scheduling

/// What one cycle did with one source.
public struct SourceReport: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case fetched
        case notModified
        case failed(FetchFailure)
    }

    public var sourceID: String
    public var status: Status
    /// Feed items in the current fetch (0 for pages and unchanged feeds).
    public var items = 0
    /// Documents (items, articles, pages) that got a new version.
    public var newVersions = 0
    public var articlesFetched = 0
    public var articlesNotModified = 0
    public var articlesFailed = 0
    /// Alerts this source's documents raised in the cycle.
    public var alerts = 0
    /// A parse problem that did not stop the items before it from being stored.
    public var parseWarning: String?
    /// When the source's server asks to be checked again (`Retry-After`, freshness, `<ttl>`).
    public var hints = ResponseHints()
    /// Each linked article fetched or revalidated in this poll, for the revisit schedule.
    public var articles: [ArticleResult] = []

    public init(sourceID: String, status: Status) {
        self.sourceID = sourceID
        self.status = status
    }
}
