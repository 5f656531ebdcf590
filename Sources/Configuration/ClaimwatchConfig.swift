/// A whole, validated claimwatch configuration, as read from one YAML file.
///
/// Every default is filled in and every relative path resolved against the config file's
/// directory, so consumers never need to look at the YAML again.
public struct ClaimwatchConfig: Sendable, Equatable {
    /// Where the SQLite database lives when the config does not say.
    public static let defaultDatabase = "/var/lib/claimwatch/claimwatch.sqlite"

    /// The config file's path as the caller gave it (used in messages).
    public var file: String
    /// Absolute (or caller-relative, see ``ConfigLoader``) path of the SQLite database.
    public var database: String
    public var poll: PollConfig
    /// Sources in file order.
    public var sources: [SourceConfig]
    /// Topics in file order.
    public var topics: [TopicConfig]
    /// Entities in file order.
    public var entities: [EntityConfig]
    /// Alert sinks in file order, each with a unique name.
    public var alerts: [AlertSinkConfig]
    /// What old history is pruned (`retention:`); by default nothing.
    public var retention: RetentionConfig = RetentionConfig()

    /// Creates a configuration; the defaults are those of an empty-but-valid config file.
    public init(file: String, database: String = ClaimwatchConfig.defaultDatabase,
                poll: PollConfig = PollConfig(), sources: [SourceConfig] = [],
                topics: [TopicConfig] = [], entities: [EntityConfig] = [],
                alerts: [AlertSinkConfig] = []) {
        self.file = file
        self.database = database
        self.poll = poll
        self.sources = sources
        self.topics = topics
        self.entities = entities
        self.alerts = alerts
    }
}
