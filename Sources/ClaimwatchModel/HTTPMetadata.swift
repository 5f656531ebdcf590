import Foundation

/// What the server said about a stored response, kept with each version.
public struct HTTPMetadata: Sendable, Equatable, Codable {
    public var status: Int
    /// The URL after redirects.
    public var finalURL: String
    public var contentType: String?
    /// The charset the body was decoded from (IANA name, lower case).
    public var charset: String?
    public var validators: HTTPValidators

    public init(status: Int, finalURL: String, contentType: String? = nil, charset: String? = nil,
                validators: HTTPValidators = HTTPValidators()) {
        self.status = status
        self.finalURL = finalURL
        self.contentType = contentType
        self.charset = charset
        self.validators = validators
    }
}
