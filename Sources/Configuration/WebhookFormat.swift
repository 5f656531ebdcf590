/// The body a webhook sink posts.
public enum WebhookFormat: String, Sendable, CaseIterable {
    /// The alert record as JSON (the default).
    case json
    /// A Slack/Mattermost payload: `{"text": summary}`.
    case slack
}
