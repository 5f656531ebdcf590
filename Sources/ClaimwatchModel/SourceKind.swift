/// What a configured source is: a feed whose items (and linked articles) are followed, or one
/// web page watched as a whole.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    case feed
    case page
}
