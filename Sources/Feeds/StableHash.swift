/// FNV-1a, 64 bits: a stable id for items that carry none. Not for security, only so that the
/// same item gets the same id on every poll and every machine (Swift's `Hasher` is seeded per
/// process).
enum StableHash {
    static func fnv1a64(_ parts: [String?]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 {
                // A separator that cannot occur in text, so ("ab", "c") and ("a", "bc") differ.
                hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3
            }
            for byte in (part ?? "").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
