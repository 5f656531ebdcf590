import Foundation

/// A claim as one document version states it, with the evidence an alert quotes.
public struct ClaimObservation: Sendable, Equatable, Codable {
    public var claim: Claim
    public var evidence: Evidence
    /// When the evidence was published (the fetch time when the page gives none): histories
    /// are ordered by it, so a late-discovered older article does not flip the current claim.
    public var publishedAt: Date

    /// The evidence quotes the claim's qualifier and attribution when it gives none of its own.
    public init(claim: Claim, evidence: Evidence, publishedAt: Date) {
        self.claim = claim
        self.evidence = evidence
        self.evidence.qualifier = evidence.qualifier ?? claim.qualifier
        self.evidence.attribution = evidence.attribution ?? claim.attribution
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
    /// The figure's qualifier as the sentence writes it ("around", "at least", "may have").
    public var qualifier: String?
    /// Who the sentence attributes the figure to ("according to the Pentagon").
    public var attribution: String?

    public init(source: String, url: String, title: String?, published: Date?, sentence: String,
                qualifier: String? = nil, attribution: String? = nil) {
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.sentence = sentence
        self.qualifier = qualifier
        self.attribution = attribution
    }
}
