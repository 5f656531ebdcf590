import ClaimwatchModel
import Foundation

/// One HTTP transfer to perform. The fetcher knows nothing of feeds or pages: it moves bytes.
public struct FetchRequest: Sendable, Equatable {
    public var url: String
    public var method: String
    /// Validators from the previous response; sent as `If-None-Match` / `If-Modified-Since`.
    public var validators: HTTPValidators?
    /// Extra request headers (name, value).
    public var headers: [HTTPHeader]
    public var body: Data?
    /// Overrides the client's total timeout for this transfer.
    public var timeout: Duration?

    public init(url: String, method: String = "GET", validators: HTTPValidators? = nil,
                headers: [HTTPHeader] = [], body: Data? = nil, timeout: Duration? = nil) {
        self.url = url
        self.method = method
        self.validators = validators
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The `host:port` key used to limit simultaneous transfers per host.
    public var hostKey: String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else {
            return url
        }
        let port = components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }
}
