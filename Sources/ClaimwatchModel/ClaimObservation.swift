import Foundation

/// A claim as one document version states it, with the evidence an alert quotes.
public struct ClaimObservation: Sendable, Equatable, Codable {
    public var claim: Claim
    public var evidence: Evidence
    /// When the evidence was published (the fetch time when the page gives none): histories
    /// are ordered by it, so a late-discovered older article does not flip the current claim.
    public var publishedAt: Date

    public init(claim: Claim, evidence: Evidence, publishedAt: Date) {
        self.claim = claim
        self.evidence = evidence
        self.publishedAt = publishedAt
    }
}

/// Where a claim was read: the contract's evidence object.
public struct Evidence: Sendable, Equatable, Codable {
    public var source: String
    public var url: String
    public var title: String?
    public var published: Date?
    public var sentence: String

    public init(source: String, url: String, title: String?, published: Date?, sentence: String) {
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.sentence = sentence
    }
}
