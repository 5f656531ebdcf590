import Foundation

/// Reads and writes durations as the config file spells them: a number with a unit suffix
/// (`ms`, `s`, `m`, `h`, `d`), or several in a row such as `1h30m`.
///
/// Numbers may be decimal (`1.5h`, `0.25s`). A bare number is not a duration: `30` could mean
/// seconds or minutes, and guessing wrong would poll a site 60 times too often.
public enum DurationParser {
    /// Nanoseconds per unit, longest suffix first so that `ms` is not read as `m` then `s`.
    private static let units: [(suffix: String, nanoseconds: Int128)] = [
        ("ms", 1_000_000),
        ("s", 1_000_000_000),
        ("m", 60 * 1_000_000_000),
        ("h", 3_600 * 1_000_000_000),
        ("d", 86_400 * 1_000_000_000),
    ]

    /// Parses `text` (surrounding whitespace ignored), or returns nil if it is not a duration.
    ///
    /// Zero (`0s`) parses to `.zero`; callers that need a positive duration check for it.
    /// Precision is one nanosecond; finer fractions are truncated.
    public static func parse(_ text: String) -> Duration? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !rest.isEmpty else { return nil }
        var total: Int128 = 0
        while !rest.isEmpty {
            guard let (whole, fraction, fractionDigits) = readNumber(&rest),
                  let unit = units.first(where: { rest.hasPrefix($0.suffix) }) else { return nil }
            rest = rest.dropFirst(unit.suffix.count)
            total += whole * unit.nanoseconds
            total += fraction * unit.nanoseconds / power10(fractionDigits)
            // Int64 nanoseconds reach 292 years; anything longer is a typo, not a schedule.
            guard total <= Int128(Int64.max) else { return nil }
        }
        return .nanoseconds(Int64(total))
    }

    /// Formats `d` in the shortest form `parse` reads back to the same value (to the
    /// nanosecond), such as `15m`, `1h30m`, `500ms` or `1.5ms`; zero is `0s`.
    public static func format(_ d: Duration) -> String {
        let (seconds, attoseconds) = d.components
        var nanoseconds = Int128(seconds) * 1_000_000_000 + Int128(attoseconds / 1_000_000_000)
        if nanoseconds == 0 { return "0s" }
        var text = ""
        if nanoseconds < 0 {
            text = "-"
            nanoseconds = -nanoseconds
        }
        for (suffix, size) in units.reversed() where suffix != "ms" {
            let count = nanoseconds / size
            if count > 0 { text += "\(count)\(suffix)" }
            nanoseconds %= size
        }
        if nanoseconds > 0 {
            let millisecond: Int128 = 1_000_000
            text += "\(nanoseconds / millisecond)"
            let below = nanoseconds % millisecond
            if below > 0 {
                var digits = String(below)
                digits = String(repeating: "0", count: 6 - digits.count) + digits
                while digits.hasSuffix("0") { digits.removeLast() }
                text += "." + digits
            }
            text += "ms"
        }
        return text
    }

    /// Reads `digits[.digits]` from the front of `text`: the whole part, the fraction's digits
    /// as an integer, and how many fraction digits there were.
    private static func readNumber(_ text: inout Substring) -> (Int128, Int128, Int)? {
        let wholeDigits = text.prefix(while: isDigit)
        guard !wholeDigits.isEmpty, wholeDigits.count <= 20 else { return nil }
        text = text.dropFirst(wholeDigits.count)
        var fraction: Int128 = 0
        var fractionDigits = 0
        if text.first == "." {
            let digits = text.dropFirst().prefix(while: isDigit)
            guard !digits.isEmpty else { return nil }
            text = text.dropFirst(1 + digits.count)
            // Beyond 18 digits nothing is left at nanosecond precision, even for days.
            let kept = digits.prefix(18)
            fraction = Int128(String(kept))!
            fractionDigits = kept.count
        }
        return (Int128(String(wholeDigits))!, fraction, fractionDigits)
    }

    /// `0`–`9` only: `isNumber` would also take other scripts' digits and `½`.
    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private static func power10(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
