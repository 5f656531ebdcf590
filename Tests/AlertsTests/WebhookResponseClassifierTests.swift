import Alerts
import ClaimwatchModel
import Fetching
import Foundation
import Testing

/// How a webhook's answer is classified, as a table of transfer outcomes.
struct WebhookResponseClassifierTests {
    enum Expected: Equatable, Sendable {
        case delivered, transient, permanent
    }

    static func answer(_ status: Int, _ headers: [HTTPHeader] = [], body: String = "") -> HTTPResponse {
        HTTPResponse(status: status, finalURL: "http://127.0.0.1/hook", headers: headers, body: Data(body.utf8))
    }

    static func failed(_ status: Int, _ headers: [HTTPHeader] = [], body: String = "") -> FetchOutcome {
        .failed(FetchFailure(kind: .httpStatus, message: "HTTP \(status)", httpStatus: status), answer(status, headers, body: body))
    }

    static let table: [(String, FetchOutcome, Expected)] = [
        ("200", .fetched(answer(200)), .delivered),
        ("202", .fetched(answer(202)), .delivered),
        ("204", .fetched(answer(204)), .delivered),
        ("2xx whose body was then cut off", .failed(FetchFailure(kind: .timeout, message: "stalled"), answer(200)), .delivered),
        ("408", failed(408), .transient),
        ("429", failed(429), .transient),
        ("500", failed(500), .transient),
        ("502", failed(502), .transient),
        ("503", failed(503), .transient),
        ("599", failed(599), .transient),
        ("400", failed(400), .permanent),
        ("401", failed(401), .permanent),
        ("403", failed(403), .permanent),
        ("404", failed(404), .permanent),
        ("410", failed(410), .permanent),
        ("413", failed(413), .permanent),
        ("422", failed(422), .permanent),
        ("301 (redirects are not followed)", failed(301, [HTTPHeader("Location", "https://new.example/hook")]), .permanent),
        ("308", failed(308), .permanent),
        ("304", .notModified(answer(304)), .permanent),
        ("timeout", .failed(FetchFailure(kind: .timeout, message: "Operation timed out"), nil), .transient),
        ("refused", .failed(FetchFailure(kind: .connect, message: "Connection refused"), nil), .transient),
        ("dns", .failed(FetchFailure(kind: .dns, message: "Could not resolve host"), nil), .transient),
        ("tls", .failed(FetchFailure(kind: .tls, message: "certificate expired"), nil), .transient),
    ]

    @Test(arguments: table.indices) func classifies(_ index: Int) {
        let (name, outcome, expected) = Self.table[index]
        let got: Expected = switch WebhookResponseClassifier.classify(outcome) {
        case .delivered: .delivered
        case .transient: .transient
        case .permanent: .permanent
        }
        #expect(got == expected, "\(name)")
    }

    @Test func aPermanentFailureKeepsItsStatusAndAnExcerpt() {
        let result = WebhookResponseClassifier.classify(Self.failed(404, body: "no\nsuch\thook   "))
        #expect(result == .permanent(DeliveryFailure(message: "HTTP 404: rejected", httpStatus: 404, response: "no such hook")))
    }

    @Test func aRedirectNamesItsTarget() {
        guard case .permanent(let failure) = WebhookResponseClassifier.classify(
            Self.failed(301, [HTTPHeader("Location", "https://new.example/hook")])) else { Issue.record("not permanent"); return }
        #expect(failure.message.contains("redirected to https://new.example/hook"))
    }

    @Test func throttlingCarriesRetryAfter() {
        let seconds = WebhookResponseClassifier.classify(Self.failed(429, [HTTPHeader("retry-after", "120")]))
        #expect(seconds == .transient(DeliveryFailure(message: "HTTP 429", httpStatus: 429, retryAfter: .delay(.seconds(120)))))
        let date = WebhookResponseClassifier.classify(Self.failed(503, [HTTPHeader("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")]))
        guard case .transient(let failure) = date else { Issue.record("not transient"); return }
        #expect(failure.retryAfter == .date(Date(timeIntervalSince1970: 1_792_567_680)))
    }

    @Test func excerptsAreBounded() {
        let long = String(repeating: "é", count: 5_000)
        let excerpt = WebhookResponseClassifier.excerpt(Data(long.utf8))
        #expect(excerpt == String(repeating: "é", count: WebhookResponseClassifier.excerptLimit) + "…")
        #expect(WebhookResponseClassifier.excerpt(Data("  \n ".utf8)) == nil)
    }

    static let retryAfterTable: [(String, RetryAfter?)] = [
        ("120", .delay(.seconds(120))),
        (" 0 ", .delay(.zero)),
        ("99999999999999999999999", .delay(.seconds(366 * 86_400))),
        ("Wed, 21 Oct 2026 07:28:00 GMT", .date(Date(timeIntervalSince1970: 1_792_567_680))),
        ("Wednesday, 21-Oct-26 07:28:00 GMT", .date(Date(timeIntervalSince1970: 1_792_567_680))),
        ("Wed Oct 21 07:28:00 2026", .date(Date(timeIntervalSince1970: 1_792_567_680))),
        ("-5", nil),
        ("1.5", nil),
        ("soon", nil),
        ("", nil),
    ]

    @Test(arguments: retryAfterTable.indices) func parsesRetryAfter(_ index: Int) {
        let (text, expected) = Self.retryAfterTable[index]
        #expect(RetryAfter.parse(text) == expected, "\(text)")
    }

    @Test func retryAfterIsRelativeToTheAnswer() {
        let at = Date(timeIntervalSince1970: 1_000)
        #expect(RetryAfter.delay(.seconds(30)).earliest(after: at) == Date(timeIntervalSince1970: 1_030))
        #expect(RetryAfter.date(Date(timeIntervalSince1970: 5)).earliest(after: at) == Date(timeIntervalSince1970: 5))
    }
}
