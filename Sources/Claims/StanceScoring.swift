import ClaimwatchModel

/// The stance model's answer for one candidate: a probability per label, summing to 1.
public struct StanceProbabilities: Sendable, Equatable, Codable {
    public var none: Double
    public var affirm: Double
    public var deny: Double
    public var evade: Double

    public init(none: Double, affirm: Double, deny: Double, evade: Double) {
        self.none = none
        self.affirm = affirm
        self.deny = deny
        self.evade = evade
    }

    /// The most probable label (nil for "no stance") and its probability.
    public var decision: (stance: Stance?, probability: Double) {
        let ranked: [(Stance?, Double)] = [(nil, none), (.affirm, affirm), (.deny, deny), (.evade, evade)]
        // Ties go to the earlier label, so "no stance" wins a tie.
        return ranked.reduce(ranked[0]) { best, next in next.1 > best.1 ? next : best }
    }
}

/// One question put to the stance model: segment `a` is the topic's proposition, segment `b` the
/// passage around the candidate sentence with the entity's mentions marked `[ … ]`.
public struct StancePair: Sendable, Equatable, Codable {
    public var a: String
    public var b: String

    public init(a: String, b: String) {
        self.a = a
        self.b = b
    }
}

/// Decides stances: the learned classifier in production (`ModelStanceScorer`), any other
/// implementation in tests of the stages around it.
public protocol StanceScoring: Sendable {
    /// One answer per pair, in order. Implementations batch as they see fit.
    func probabilities(_ pairs: [StancePair]) -> [StanceProbabilities]
}
