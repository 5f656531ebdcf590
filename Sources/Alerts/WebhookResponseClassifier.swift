import Fetching
import Foundation

/// Sorts a webhook's answer into delivered, retry later, or give up now. A pure function of the
/// transfer's outcome, so the rules are tested as a table.
///
/// - 2xx: delivered, even when the transfer then failed (a body cut short or too large): the
///   receiver said it took the alert.
/// - 408, 429 and 5xx: transient, with the answer's `Retry-After` when there is one.
/// - Other 4xx: permanent; the status and an excerpt of the body are kept. So is a 3xx:
///   webhooks do not follow redirects, and the new address belongs in the config.
/// - No answer at all (timeout, refused or reset connection, DNS, TLS): transient.
public enum WebhookResponseClassifier {
    /// The most characters of a response body kept with a failure.
    public static let excerptLimit = 500

    public static func classify(_ outcome: FetchOutcome) -> DeliveryResult {
        switch outcome {
        case .fetched(let response):
            return .delivered(httpStatus: response.status)
        case .notModified(let response):
            return classify(response)
        case .failed(let failure, let response):
            if let response, response.status > 0 { return classify(response) }
            return .transient(DeliveryFailure(message: failure.description))
        }
    }

    private static func classify(_ response: HTTPResponse) -> DeliveryResult {
        let status = response.status
        let excerpt = excerpt(response.body)
        switch status {
        case 200..<300:
            return .delivered(httpStatus: status)
        case 408, 429, 500..<600:
            let retryAfter = response.headers.value(for: "Retry-After").flatMap(RetryAfter.parse)
            return .transient(DeliveryFailure(message: "HTTP \(status)", httpStatus: status, response: excerpt,
                                              retryAfter: retryAfter))
        case 300..<400:
            let location = response.headers.value(for: "Location").map { " to \($0)" } ?? ""
            return .permanent(DeliveryFailure(
                message: "HTTP \(status): redirected\(location); webhooks do not follow redirects, set the sink's url to the new address",
                httpStatus: status, response: excerpt))
        case 400..<500:
            return .permanent(DeliveryFailure(message: "HTTP \(status): rejected", httpStatus: status, response: excerpt))
        default:
            return .transient(DeliveryFailure(message: "HTTP \(status): unexpected status", httpStatus: status, response: excerpt))
        }
    }

    /// At most `excerptLimit` characters of `body` as text, on one line, or nil when empty.
    public static func excerpt(_ body: Data) -> String? {
        // Decoding only a prefix bounds the work for a huge body; a split character at the end
        // becomes one replacement character.
        let text = String(decoding: body.prefix(excerptLimit * 4), as: UTF8.self)
        let oneLine = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        guard !oneLine.isEmpty else { return nil }
        return oneLine.count > excerptLimit ? String(oneLine.prefix(excerptLimit)) + "…" : oneLine
    }
}
