import Foundation

/// Reads byte sizes as the config file spells them: `4096` (bytes), `512KiB`, `10MiB`, `1GiB`,
/// or with a bare binary prefix `512K`, `10M`, `1G` (also lower case `k`).
///
/// `KiB`/`MiB`/`GiB`/`TiB` and the bare letters `K`/`M`/`G`/`T` are binary multiples (1024);
/// `KB`/`MB`/`GB`/`TB` are the decimal SI multiples (1000), as the IEC prefixes define them.
/// Units are case-insensitive, a space may separate number and unit, and decimal numbers
/// (`1.5MiB`) are rounded down to whole bytes.
public enum SizeParser {
    private static let kibi: Int128 = 1024
    private static let multipliers: [String: Int128] = [
        "": 1, "b": 1,
        "k": kibi, "kib": kibi, "kb": 1_000,
        "m": kibi * kibi, "mib": kibi * kibi, "mb": 1_000_000,
        "g": kibi * kibi * kibi, "gib": kibi * kibi * kibi, "gb": 1_000_000_000,
        "t": kibi * kibi * kibi * kibi, "tib": kibi * kibi * kibi * kibi, "tb": 1_000_000_000_000,
    ]

    /// Parses `text` (surrounding whitespace ignored) to a number of bytes, or returns nil if it
    /// is not a size or does not fit in an `Int`. Zero parses to 0; callers that need a
    /// positive size check for it.
    public static func parse(_ text: String) -> Int? {
        let trimmed = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let wholeDigits = trimmed.prefix(while: isDigit)
        guard !wholeDigits.isEmpty, wholeDigits.count <= 20 else { return nil }
        var rest = trimmed.dropFirst(wholeDigits.count)
        var fraction: Int128 = 0
        var scale: Int128 = 1
        if rest.first == "." {
            let digits = rest.dropFirst().prefix(while: isDigit).prefix(18)
            guard !digits.isEmpty else { return nil }
            rest = rest.dropFirst(1).drop(while: isDigit)
            fraction = Int128(String(digits))!
            for _ in digits { scale *= 10 }
        }
        let unit = rest.trimmingCharacters(in: .whitespaces).lowercased()
        guard let multiplier = multipliers[unit] else { return nil }
        let bytes = Int128(String(wholeDigits))! * multiplier + fraction * multiplier / scale
        guard bytes <= Int128(Int.max) else { return nil }
        return Int(bytes)
    }
}
