import Claims

/// A scorer that finds no stance anywhere: for tests of the quantity rules, which the stance
/// model does not touch.
struct NoStanceScorer: StanceScoring {
    func probabilities(_ pairs: [StancePair]) -> [StanceProbabilities] {
        pairs.map { _ in StanceProbabilities(none: 1, affirm: 0, deny: 0, evade: 0) }
    }
}
