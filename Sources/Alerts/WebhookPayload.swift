import ClaimwatchModel
import Configuration
import Foundation

/// What a webhook POSTs for an alert: the contract's record byte for byte (`format: json`), or
/// a Slack/Mattermost incoming-webhook message (`format: slack`).
public enum WebhookPayload {
    public static func body(for alert: AlertRecord, format: WebhookFormat) -> Data {
        switch format {
        case .json:
            return Data(alert.json.utf8)
        case .slack:
            let message = ["text": slackText(for: alert)]
            return (try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        }
    }

    /// The summary, then one line per piece of evidence with a link to it. Uses Slack's
    /// `<url|title>` link syntax, which Mattermost's Slack-compatible webhooks also read.
    public static func slackText(for alert: AlertRecord) -> String {
        let record = (try? JSONSerialization.jsonObject(with: Data(alert.json.utf8))) as? [String: Any] ?? [:]
        let prefix = alert.kind == "test" ? "[test] " : ""
        var lines = [prefix + escape(alert.summary)]
        for item in record["evidence"] as? [[String: Any]] ?? [] {
            guard let url = item["url"] as? String, !url.isEmpty else { continue }
            let title = (item["title"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? url
            let source = (item["source"] as? String).map { " (\(escape($0)))" } ?? ""
            var line = "• <\(linkTarget(url))|\(escape(title).replacingOccurrences(of: "|", with: "¦"))>\(source)"
            if let sentence = item["sentence"] as? String, !sentence.isEmpty {
                line += "\n> " + escape(sentence)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Slack's three control characters, as its message formatting asks.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A URL that cannot end the `<url|title>` link early.
    private static func linkTarget(_ url: String) -> String {
        url.replacingOccurrences(of: "|", with: "%7C").replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: ">", with: "%3E")
    }
}
