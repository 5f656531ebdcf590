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
    /// Whether redirects are followed (up to the client's limit). A webhook POST is not: curl
    /// would turn it into a GET on 301/302, and a signed alert should not wander to another host.
    public var followRedirects: Bool

    public init(url: String, method: String = "GET", validators: HTTPValidators? = nil,
                headers: [HTTPHeader] = [], body: Data? = nil, timeout: Duration? = nil,
                followRedirects: Bool = true) {
        self.url = url
        self.method = method
        self.validators = validators
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.followRedirects = followRedirects
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
