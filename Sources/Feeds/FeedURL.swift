import Foundation

/// Resolving the references found in feeds against xml:base and the feed's own URL.
enum FeedURL {
    /// `reference` resolved against `base`; unchanged when it is absolute already, when there is
    /// no base, or when either is not a URL Foundation understands.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base, !base.isEmpty, !hasScheme(trimmed),
              let baseURL = URL(string: base.trimmingCharacters(in: .whitespacesAndNewlines)),
              let resolved = URL(string: trimmed, relativeTo: baseURL) else { return trimmed }
        return resolved.absoluteString
    }

    /// Whether `s` starts with a URI scheme (`http:`, `mailto:`, `tag:`).
    static func hasScheme(_ s: String) -> Bool {
        var sawLetter = false
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
                 UInt8(ascii: "."):
                if !sawLetter { return false }
            case UInt8(ascii: ":"):
                return sawLetter
            default:
                return false
            }
        }
        return false
    }
}
