import ClaimwatchModel

/// How a transfer ended.
public enum FetchOutcome: Sendable, Equatable {
    /// A 2xx response with its body.
    case fetched(HTTPResponse)
    /// 304: the validators still hold; there is nothing to parse.
    case notModified(HTTPResponse)
    /// A classified failure, with the response when there was one (an HTTP error status).
    case failed(FetchFailure, HTTPResponse?)

    public var failure: FetchFailure? {
        if case .failed(let failure, _) = self { return failure }
        return nil
    }
}
