import ClaimwatchModel
import Crypto
import Foundation

/// The sample alert `claimwatch test-alert` sends: the contract's shape, with kind `test`
/// (consumers ignore kinds they do not know) and a summary that says what it is.
public enum TestAlert {
    public static let kind = "test"

    public static func make(sink: String, at: Date) -> AlertRecord {
        let detectedAt = ISO8601Time.format(at)
        let id = "test-" + SHA256.hash(data: Data("\(sink)\u{1F}\(at.timeIntervalSince1970)".utf8))
            .prefix(12).map { String(format: "%02x", $0) }.joined()
        let summary = "claimwatch test alert for sink \"\(sink)\" (kind \"test\": safe to ignore)"
        let fields: [String: Any] = [
            "id": id, "kind": kind, "topic": "claimwatch-test", "summary": summary, "detected_at": detectedAt,
            "evidence": [["source": "claimwatch", "url": "https://github.com/claimwatch/claimwatch", "title": "claimwatch test alert",
                          "published": NSNull(), "sentence": "This alert was sent by `claimwatch test-alert`."]],
            "previous": [[String: Any]](),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return AlertRecord(id: id, kind: kind, json: String(decoding: data, as: UTF8.self), summary: summary)
    }
}
