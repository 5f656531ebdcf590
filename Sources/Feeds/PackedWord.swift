/// Up to 16 bytes of a lower-cased word packed into two integers, so that comparing words
/// allocates nothing. Longer words keep their count but only their first 16 bytes.
struct PackedWord: Equatable {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var count = 0

    init() {}

    init(_ s: String) {
        for byte in s.utf8 { append(byte) }
    }

    mutating func append(_ byte: UInt8) {
        let lower = byte &- 65 < 26 ? byte | 0x20 : byte
        if count < 8 {
            lo |= UInt64(lower) << (8 * UInt64(count))
        } else if count < 16 {
            hi |= UInt64(lower) << (8 * UInt64(count - 8))
        }
        count += 1
    }

    /// Whether this word is `other` or an abbreviation of it (compares the first 16 bytes).
    func isPrefix(of other: PackedWord) -> Bool {
        guard count <= other.count else { return false }
        if count >= 16 { return lo == other.lo && hi == other.hi }
        if count >= 8 {
            let mask: UInt64 = count == 8 ? 0 : (1 << (8 * UInt64(count - 8))) - 1
            return lo == other.lo && hi == other.hi & mask
        }
        let mask: UInt64 = (1 << (8 * UInt64(count))) - 1
        return lo == other.lo & mask
    }
}
