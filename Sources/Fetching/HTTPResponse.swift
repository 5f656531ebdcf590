import ClaimwatchModel
import Foundation

/// A complete HTTP response (the last one of a redirect chain).
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// The URL that answered, after redirects.
    public var finalURL: String
    public var headers: [HTTPHeader]
    /// The body after content decoding (gzip, deflate, br).
    public var body: Data

    public init(status: Int, finalURL: String, headers: [HTTPHeader], body: Data) {
        self.status = status
        self.finalURL = finalURL
        self.headers = headers
        self.body = body
    }

    public var contentType: String? { headers.value(for: "Content-Type") }

    /// The validators to replay in the next conditional request, verbatim.
    public var validators: HTTPValidators {
        HTTPValidators(etag: headers.value(for: "ETag"), lastModified: headers.value(for: "Last-Modified"))
    }
}
