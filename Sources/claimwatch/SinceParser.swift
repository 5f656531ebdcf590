import ClaimwatchModel
import Configuration
import Foundation

/// Reads `--since`: a duration back from now (`24h`, `90m`, `7d`, as in the config file) or an
/// ISO-8601 date or time (`2026-11-20`, `2026-11-20T08:00`, `2026-11-20T08:00:00Z`,
/// `2026-11-20T10:00:00+02:00`); a time without a zone is UTC.
enum SinceParser {
    static func parse(_ text: String, now: Date) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let duration = DurationParser.parse(trimmed) {
            let (seconds, attoseconds) = duration.components
            return now.addingTimeInterval(-(Double(seconds) + Double(attoseconds) / 1e18))
        }
        return parseTime(trimmed)
    }

    /// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH:MM|±HHMM]`.
    static func parseTime(_ text: String) -> Date? {
        var rest = Substring(text)
        func number(_ digits: Int) -> Int? {
            let part = rest.prefix(digits)
            guard part.count == digits, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            rest = rest.dropFirst(digits)
            return Int(part)
        }
        func skip(_ c: Character) -> Bool {
            guard rest.first == c else { return false }
            rest = rest.dropFirst()
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
              (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = Double(CivilDate.daysSinceEpoch(year: year, month: month, day: day) * 86_400)
        if skip("T") || skip("t") || skip(" ") {
            guard let hour = number(2), skip(":"), let minute = number(2), hour < 24, minute < 60 else { return nil }
            seconds += Double(hour * 3600 + minute * 60)
            if skip(":") {
                guard let second = number(2), second < 61 else { return nil }
                seconds += Double(second)
                if skip(".") || skip(",") {
                    let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
                    guard !digits.isEmpty, let fraction = Double("0." + digits) else { return nil }
                    rest = rest.dropFirst(digits.count)
                    seconds += fraction
                }
            }
            if skip("Z") || skip("z") {
                // UTC
            } else if let sign = rest.first, sign == "+" || sign == "-" {
                rest = rest.dropFirst()
                guard let hours = number(2) else { return nil }
                _ = skip(":")
                guard let minutes = number(2), hours < 24, minutes < 60 else { return nil }
                let offset = Double(hours * 3600 + minutes * 60)
                seconds += sign == "+" ? -offset : offset
            }
        }
        return rest.isEmpty ? Date(timeIntervalSince1970: seconds) : nil
    }
}
