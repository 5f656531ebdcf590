import Foundation

/// How long the database keeps history that is no longer needed (`retention:`). Absent keys keep
/// everything: deleting data is something an operator asks for.
public struct RetentionConfig: Sendable, Equatable {
    /// Alerts older than this whose every delivery is delivered or failed are deleted, with their
    /// deliveries (`retention.alerts`); nil keeps them. An alert with a pending delivery is kept.
    public var alerts: Duration?
    /// A snapshot version replaced by a newer one longer than this ago is deleted
    /// (`retention.versions`); nil keeps them. A document's current version is always kept.
    public var versions: Duration?

    /// Creates retention settings; nil keeps that history forever.
    public init(alerts: Duration? = nil, versions: Duration? = nil) {
        self.alerts = alerts
        self.versions = versions
    }

    /// Whether anything is ever pruned.
    public var isEnabled: Bool { alerts != nil || versions != nil }
}

extension RetentionConfig {
    static let keys = ["alerts", "versions"]

    /// Reads the `retention:` mapping; absent keys keep everything.
    init(reading reader: NodeReader) throws(ConfigError) {
        let mapping = try reader.mapping()
        try mapping.allowOnly(Self.keys)
        self.init()
        if let value = mapping.optional("alerts") { alerts = try value.duration() }
        if let value = mapping.optional("versions") { versions = try value.duration() }
    }
}

extension RetentionConfig {
    /// The times before which history is pruned at `now`: alerts created earlier, versions
    /// replaced earlier; nil where that history is kept.
    public func cutoffs(now: Date) -> (alertsCreatedBefore: Date?, versionsReplacedBefore: Date?) {
        (alerts.map { now.addingTimeInterval(-$0.timeInterval) }, versions.map { now.addingTimeInterval(-$0.timeInterval) })
    }
}

extension Duration {
    /// The duration in seconds, as Foundation counts time.
    fileprivate var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
