/// Why fetching or reading a source failed, classified so operators (and backoff) can tell a
/// dead host from a broken feed.
public struct FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of a failure.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case dns
        case connect
        case tls
        case timeout
        case tooLarge = "too_large"
        case httpStatus = "http_status"
        case redirect
        case parse
        case other
    }

    public var kind: Kind
    /// A one-line human explanation (curl's message, the parser's error…).
    public var message: String
    /// The HTTP status, for `.httpStatus` failures.
    public var httpStatus: Int?

    public init(kind: Kind, message: String, httpStatus: Int? = nil) {
        self.kind = kind
        self.message = message
        self.httpStatus = httpStatus
    }

    public var description: String {
        if let httpStatus { return "\(kind.rawValue) \(httpStatus): \(message)" }
        return "\(kind.rawValue): \(message)"
    }
}
