import Crypto
import Foundation

/// The current claim of one history (one `ClaimKey`), as the store keeps it.
public struct CurrentClaim: Sendable, Equatable, Codable {
    public var value: Claim.Value
    public var evidence: Evidence
    public var publishedAt: Date
    public var documentID: Int64
    /// The probability of the decision (0–1) where a model took it (`Claim.confidence`).
    public var confidence: Double?

    public init(value: Claim.Value, evidence: Evidence, publishedAt: Date, documentID: Int64, confidence: Double? = nil) {
        self.value = value
        self.evidence = evidence
        self.publishedAt = publishedAt
        self.documentID = documentID
        self.confidence = confidence
    }
}

/// A document's new version stating a different value for a key than its previous version did
/// (deny → affirm at the same URL, 3,000 → 10,000 in the same article).
public struct ClaimRevision: Sendable, Equatable {
    /// What the document's previous version claimed.
    public var earlier: CurrentClaim
    /// What its new version claims.
    public var current: CurrentClaim
    /// The history's current claim the revision replaced, when the revision moved the history
    /// (nil when the history stands: it rests on another document, or already says `current`).
    public var replaced: CurrentClaim?

    public init(earlier: CurrentClaim, current: CurrentClaim, replaced: CurrentClaim?) {
        self.earlier = earlier
        self.current = current
        self.replaced = replaced
    }

    /// The identity of the edit, whichever alert reports it: the same article revised in the
    /// same way, read through two sources, is one revision.
    public func id(key: ClaimKey) -> String {
        let identity = ["revision", key.description, current.evidence.url, "\(earlier.value)", earlier.evidence.sentence,
                        "\(current.value)", current.evidence.sentence].joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(identity.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}

/// What a new observation does to a claim history.
public enum ClaimDecision: Sendable, Equatable {
    /// The first claim of this history.
    case new(CurrentClaim)
    /// The current claim changed from `previous` to `current`.
    case changed(previous: CurrentClaim, current: CurrentClaim)
    /// The document revised what it claimed before. When the revision also moved the history
    /// (`replaced` is set) this stands for that change: one edit, one alert.
    case revised(ClaimRevision)
    /// Nothing to alert: the same value again, or an older document saying something else.
    case unchanged

    /// The claim the history moves to, or nil when it stands.
    public var newCurrentClaim: CurrentClaim? {
        switch self {
        case .new(let claim): claim
        case .changed(_, let current): current
        case .revised(let revision): revision.replaced == nil ? nil : revision.current
        case .unchanged: nil
        }
    }
}

/// Decides how an observation moves a claim history: a value repeated by any source raises
/// nothing; a different value raises a change only when its evidence is at least as recent as
/// the current claim's, or when it is an edit of the very document the current claim came from.
public enum ClaimHistoryRule {
    public static func decide(current: CurrentClaim?, observed: CurrentClaim) -> ClaimDecision {
        guard let current else { return .new(observed) }
        if current.value == observed.value { return .unchanged }
        if observed.documentID == current.documentID || observed.publishedAt >= current.publishedAt {
            return .changed(previous: current, current: observed)
        }
        return .unchanged
    }

    /// As `decide(current:observed:)`, knowing what the observed document's previous version
    /// claimed for the key (`earlier`, nil when it claimed nothing): a different value is a
    /// revision, whether or not it moves the history. A claim kept (same value, even in a
    /// rewritten sentence) is no revision.
    public static func decide(current: CurrentClaim?, observed: CurrentClaim, earlier: CurrentClaim?) -> ClaimDecision {
        let decision = decide(current: current, observed: observed)
        guard let earlier, earlier.documentID == observed.documentID, earlier.value != observed.value else { return decision }
        switch decision {
        case .changed(let previous, let current):
            return .revised(ClaimRevision(earlier: earlier, current: current, replaced: previous))
        case .unchanged:
            return .revised(ClaimRevision(earlier: earlier, current: observed, replaced: nil))
        case .new, .revised:
            return decision
        }
    }
}
