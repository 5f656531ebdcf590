import ClaimwatchModel
import Configuration
import Crypto
import Fetching
import Foundation

/// The `webhook` sink: one POST per alert over the shared libcurl client, classified by
/// ``WebhookResponseClassifier``.
///
/// Headers: `Content-Type: application/json`, `X-Claimwatch-Alert-Id: <id>`, and with a secret
/// `X-Claimwatch-Signature: sha256=<hex HMAC-SHA256 of the exact body>`. Redirects are not
/// followed. Each attempt is bounded by the sink's `timeout`.
public struct WebhookSink: AlertSink {
    public let name: String
    public let url: String
    public let format: WebhookFormat
    public let timeout: Duration
    public let retrySchedule: RetrySchedule
    private let secret: String?
    private let client: any HTTPClient

    /// - Parameter secret: the signing key, already read and trimmed (see
    ///   ``WebhookSignature/readSecret(path:)``); nil sends unsigned requests.
    public init(config: WebhookSinkConfig, secret: String?, client: any HTTPClient) {
        name = config.name
        url = config.url
        format = config.format
        timeout = config.timeout
        retrySchedule = RetrySchedule(config.retry)
        self.secret = secret
        self.client = client
    }

    /// Changes when the URL, the format or the secret's content does (the secret itself is
    /// never stored, only a digest of it).
    public var fingerprint: String {
        let secretDigest = secret.map { SHA256.hash(data: Data($0.utf8)).map { String(format: "%02x", $0) }.joined() } ?? "-"
        return ["webhook", url, format.rawValue, secretDigest].joined(separator: "\u{1F}")
    }

    /// The exact request an alert is sent as.
    public func request(for alert: AlertRecord) -> FetchRequest {
        let body = WebhookPayload.body(for: alert, format: format)
        var headers = [HTTPHeader("Content-Type", "application/json"), HTTPHeader("X-Claimwatch-Alert-Id", alert.id)]
        if let secret { headers.append(HTTPHeader(WebhookSignature.header, WebhookSignature.sign(body, secret: secret))) }
        return FetchRequest(url: url, method: "POST", headers: headers, body: body, timeout: timeout, followRedirects: false)
    }

    public func attempt(_ alert: AlertRecord) async -> DeliveryResult {
        WebhookResponseClassifier.classify(await client.fetch(request(for: alert)))
    }

    public func deliver(_ alert: AlertRecord) async throws {
        switch await attempt(alert) {
        case .delivered: return
        case .transient(let failure), .permanent(let failure): throw failure
        }
    }
}
