import Foundation

/// When something is checked next: a source, or an article linked from a feed source (a
/// revisit). The scheduler keeps one per target and the store persists them, so a restart
/// resumes the schedule instead of re-polling everything.
public struct ScheduleEntry: Sendable, Equatable {
    /// What is checked.
    public enum Target: Sendable, Hashable, CustomStringConvertible {
        case source(String)
        case article(sourceID: String, url: String)

        public var sourceID: String {
            switch self {
            case .source(let id), .article(let id, _): id
            }
        }

        public var description: String {
            switch self {
            case .source(let id): id
            case .article(let id, let url): "\(id) \(url)"
            }
        }
    }

    public var target: Target
    /// Not checked before this instant.
    public var nextCheck: Date
    public var lastCheck: Date?
    /// Failures in a row; 0 after a success.
    public var consecutiveFailures: Int
    /// Articles: the instant their age counts from (published, or first seen).
    public var ageBase: Date?

    public init(target: Target, nextCheck: Date, lastCheck: Date? = nil, consecutiveFailures: Int = 0, ageBase: Date? = nil) {
        self.target = target
        self.nextCheck = nextCheck
        self.lastCheck = lastCheck
        self.consecutiveFailures = consecutiveFailures
        self.ageBase = ageBase
    }
}
