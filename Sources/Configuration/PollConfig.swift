/// How and how often sources are fetched (`poll:` in the config file).
public struct PollConfig: Sendable, Equatable {
    /// The user agent sent when the config does not set one.
    public static let defaultUserAgent = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"

    /// Interval for sources that set none (`poll.interval`, default 15m).
    public var interval: Duration
    /// Simultaneous transfers in all (`poll.concurrency`, 1…256, default 16).
    public var concurrency: Int
    /// Longest a whole transfer may take (`poll.timeout`, default 30s).
    public var timeout: Duration
    /// Longest connection setup may take (`poll.connect_timeout`, default 10s).
    public var connectTimeout: Duration
    /// The `User-Agent` header (`poll.user_agent`).
    public var userAgent: String
    /// Largest response body accepted, in bytes (`poll.max_body_size`, default 10MiB).
    public var maxBodySize: Int
    /// Simultaneous transfers to one host (`poll.per_host`, 1…256, default 2).
    public var perHost: Int
    /// Redirects followed before a fetch fails (`poll.max_redirects`, 0…50, default 5).
    public var maxRedirects: Int
    /// `run`: longest wait between checks of a failing source (`poll.max_backoff`, default 6h);
    /// also caps how long a `Retry-After` is honoured.
    public var maxBackoff: Duration = .seconds(6 * 3600)
    /// `run`: longest a server's freshness hint (`Cache-Control: max-age`, `Expires`, RSS
    /// `<ttl>`) may delay a source's next check (`poll.max_interval`, default 1d).
    public var maxInterval: Duration = .seconds(24 * 3600)
    /// `run`: least time between the starts of two requests to one host (`poll.host_delay`,
    /// default 1s).
    public var hostDelay: Duration = .seconds(1)
    /// `run`: how often a young article linked from a feed is revisited
    /// (`poll.revisit_interval`, default 15m); older articles less often (see the README).
    public var revisitInterval: Duration = .seconds(15 * 60)
    /// `run`: articles older than this are no longer revisited (`poll.revisit_max_age`, default 7d).
    public var revisitMaxAge: Duration = .seconds(7 * 24 * 3600)

    /// Creates poll settings; every parameter defaults to the config file's default.
    public init(interval: Duration = .seconds(15 * 60), concurrency: Int = 16,
                timeout: Duration = .seconds(30), connectTimeout: Duration = .seconds(10),
                userAgent: String = PollConfig.defaultUserAgent, maxBodySize: Int = 10 << 20,
                perHost: Int = 2, maxRedirects: Int = 5) {
        self.interval = interval
        self.concurrency = concurrency
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.userAgent = userAgent
        self.maxBodySize = maxBodySize
        self.perHost = perHost
        self.maxRedirects = maxRedirects
    }
}

extension PollConfig {
    static let keys = ["interval", "concurrency", "timeout", "connect_timeout", "user_agent",
                       "max_body_size", "per_host", "max_redirects", "max_backoff", "max_interval", "host_delay",
                       "revisit_interval", "revisit_max_age"]

    /// Reads the `poll:` mapping; absent keys keep their defaults.
    init(reading reader: NodeReader) throws(ConfigError) {
        let mapping = try reader.mapping()
        try mapping.allowOnly(Self.keys)
        self.init()
        if let value = mapping.optional("interval") { interval = try value.duration() }
        if let value = mapping.optional("concurrency") { concurrency = try value.int(in: 1...256) }
        if let value = mapping.optional("timeout") { timeout = try value.duration() }
        if let value = mapping.optional("connect_timeout") { connectTimeout = try value.duration() }
        if let value = mapping.optional("user_agent") {
            userAgent = try value.nonEmptyString()
            // It becomes an HTTP header line; a line break would end it early.
            if userAgent.contains(where: \.isNewline) { throw value.error("must be a single line") }
        }
        if let value = mapping.optional("max_body_size") { maxBodySize = try value.size() }
        if let value = mapping.optional("per_host") { perHost = try value.int(in: 1...256) }
        if let value = mapping.optional("max_redirects") { maxRedirects = try value.int(in: 0...50) }
        if let value = mapping.optional("max_backoff") { maxBackoff = try value.duration() }
        if let value = mapping.optional("max_interval") { maxInterval = try value.duration() }
        if let value = mapping.optional("host_delay") { hostDelay = try value.duration() }
        if let value = mapping.optional("revisit_interval") { revisitInterval = try value.duration() }
        if let value = mapping.optional("revisit_max_age") { revisitMaxAge = try value.duration() }
    }
}
