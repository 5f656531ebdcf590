/// The best value seen so far for a field that several elements can fill: lower rank wins,
/// and among equals the first in document order. The value is only computed when it could win.
struct Ranked<Value> {
    private(set) var value: Value?
    private var rank = Int.max

    mutating func offer(_ candidateRank: Int, _ make: () -> Value?) {
        guard candidateRank < rank, let candidate = make() else { return }
        value = candidate
        rank = candidateRank
    }
}
