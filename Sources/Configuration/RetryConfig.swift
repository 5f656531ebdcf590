/// Exponential backoff between delivery attempts of a webhook sink (`retry:`).
public struct RetryConfig: Sendable, Equatable {
    /// First wait after a failed attempt (default 30s).
    public var initial: Duration
    /// Longest wait between attempts (default 1h); never shorter than `initial`.
    public var max: Duration
    /// After this long since the first attempt the delivery is marked failed (default 24h).
    public var giveUpAfter: Duration

    /// Creates retry settings; every parameter defaults to the config file's default.
    public init(initial: Duration = .seconds(30), max: Duration = .seconds(3_600),
                giveUpAfter: Duration = .seconds(86_400)) {
        self.initial = initial
        self.max = max
        self.giveUpAfter = giveUpAfter
    }
}

extension RetryConfig {
    static let keys = ["initial", "max", "give_up_after"]

    /// Reads a webhook's `retry:` mapping; absent keys keep their defaults.
    init(reading reader: NodeReader) throws(ConfigError) {
        let mapping = try reader.mapping()
        try mapping.allowOnly(Self.keys)
        self.init()
        if let value = mapping.optional("initial") { initial = try value.duration() }
        if let value = mapping.optional("max") { max = try value.duration() }
        if let value = mapping.optional("give_up_after") { giveUpAfter = try value.duration() }
        // Blame whichever of the two was written; if both were, `max` (read last).
        if max < initial {
            if let value = mapping.optional("max") {
                throw value.error("must not be shorter than initial (\(DurationParser.format(initial)))")
            }
            throw try mapping.required("initial")
                .error("must not be longer than max (\(DurationParser.format(max)))")
        }
    }
}
