import Foundation

/// The current claim of one history (one `ClaimKey`), as the store keeps it.
public struct CurrentClaim: Sendable, Equatable, Codable {
    public var value: Claim.Value
    public var evidence: Evidence
    public var publishedAt: Date
    public var documentID: Int64

    public init(value: Claim.Value, evidence: Evidence, publishedAt: Date, documentID: Int64) {
        self.value = value
        self.evidence = evidence
        self.publishedAt = publishedAt
        self.documentID = documentID
    }
}

/// What a new observation does to a claim history.
public enum ClaimDecision: Sendable, Equatable {
    /// The first claim of this history.
    case new(CurrentClaim)
    /// The current claim changed from `previous` to `current`.
    case changed(previous: CurrentClaim, current: CurrentClaim)
    /// Nothing to alert: the same value again, or an older document saying something else.
    case unchanged
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
}
