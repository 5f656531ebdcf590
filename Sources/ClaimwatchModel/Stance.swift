/// An entity's position on a topic's proposition.
public enum Stance: String, Sendable, Codable, CaseIterable {
    /// The entity itself confirms, admits, acknowledges or asserts the proposition.
    case affirm
    /// It denies, rejects or dismisses the proposition.
    case deny
    /// It declines to comment, neither confirms nor denies, or stops short of confirming.
    case evade
}
