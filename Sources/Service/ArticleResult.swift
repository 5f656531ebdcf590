import Foundation
import Scheduling

/// How fetching (or revalidating) one linked article ended.
public struct ArticleResult: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// A 2xx answer; `changed` when it stored a new version.
        case stored(changed: Bool)
        case notModified
        case failed
    }

    public var url: String
    /// The published time its feed item gave, if any.
    public var published: Date?
    public var status: Status
    /// Alerts its new version raised.
    public var alerts: Int
    /// What the response said about asking again.
    public var hints: ResponseHints

    public init(url: String, published: Date?, status: Status, alerts: Int = 0, hints: ResponseHints = ResponseHints()) {
        self.url = url
        self.published = published
        self.status = status
        self.alerts = alerts
        self.hints = hints
    }

    /// The outcome as the scheduler sees it.
    public var checkResult: CheckResult {
        status == .failed ? .failure(hints) : .success(hints)
    }
}
