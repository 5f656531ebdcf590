/// Limits and identity for every transfer a client makes.
public struct FetchSettings: Sendable, Equatable {
    /// Simultaneous transfers in all.
    public var concurrency: Int
    /// Simultaneous transfers to one host (politeness).
    public var perHost: Int
    public var timeout: Duration
    public var connectTimeout: Duration
    /// Largest body accepted, counted after content decoding; larger transfers are aborted.
    public var maxBodySize: Int
    public var maxRedirects: Int
    public var userAgent: String

    public init(concurrency: Int = 16, perHost: Int = 2, timeout: Duration = .seconds(30),
                connectTimeout: Duration = .seconds(10), maxBodySize: Int = 10 << 20,
                maxRedirects: Int = 5, userAgent: String = "claimwatch/0.1") {
        self.concurrency = max(1, concurrency)
        self.perHost = max(1, perHost)
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBodySize = maxBodySize
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 (curl reads 0 as "no timeout").
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
