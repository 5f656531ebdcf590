/// What the rules make of one candidate boundary.
enum Verdict: Equatable {
    /// A sentence ends here, whatever ICU proposed.
    case split
    /// The sentence goes on, whatever ICU proposed.
    case join
    /// No rule applies: ICU's proposal stands.
    case undecided
}
