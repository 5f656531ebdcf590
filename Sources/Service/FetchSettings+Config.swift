import Configuration
import Fetching

extension FetchSettings {
    /// The fetch limits a configuration's `poll` section asks for.
    public init(poll: PollConfig) {
        self.init(concurrency: poll.concurrency, perHost: poll.perHost, timeout: poll.timeout,
                  connectTimeout: poll.connectTimeout, maxBodySize: poll.maxBodySize,
                  maxRedirects: poll.maxRedirects, userAgent: poll.userAgent)
    }
}
