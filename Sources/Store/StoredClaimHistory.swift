import ClaimwatchModel
import Foundation

/// Everything stored about one claim history (one `ClaimKey`): the current claim, what each
/// document says now, and the alerts its changes raised.
public struct StoredClaimHistory: Sendable, Equatable {
    /// `ClaimKey.description`: `stance:TOPIC:ENTITY` or `quantity:TOPIC:QUANTITY`.
    public var key: String
    public var topic: String
    /// The current stance or number with its evidence.
    public var current: CurrentClaim
    /// When the current claim was last set.
    public var updatedAt: Date
    /// The claim each document's latest version states for this key, oldest evidence first.
    public var documentClaims: [CurrentClaim]
    /// The changes, in the order they were detected: the history's timeline.
    public var alerts: [StoredAlert]

    public init(key: String, topic: String, current: CurrentClaim, updatedAt: Date, documentClaims: [CurrentClaim],
                alerts: [StoredAlert]) {
        self.key = key
        self.topic = topic
        self.current = current
        self.updatedAt = updatedAt
        self.documentClaims = documentClaims
        self.alerts = alerts
    }
}
