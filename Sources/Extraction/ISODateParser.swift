import ClaimwatchModel
import Foundation

/// Reads the machine-readable dates of article pages: ISO 8601 / RFC 3339 as found in JSON-LD,
/// `article:published_time` and `<time datetime>`.
///
/// Accepts a date alone (`2024-01-05`, midnight UTC), a date and time separated by `T`, `t` or a
/// space, minutes or seconds precision, any fraction of a second, and `Z`, `±HH:MM`, `±HHMM`,
/// `±HH` or no offset (read as UTC); also the basic format `20240105T100000Z`. Surrounding
/// whitespace is ignored; anything else makes the value unreadable (nil).
enum ISODateParser {
    static func parse(_ value: String) -> Date? {
        var scanner = DigitScanner(value.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let year = scanner.number(digits: 4) else { return nil }
        let extended = scanner.skip("-")
        guard let month = scanner.number(digits: 2), (1...12).contains(month) else { return nil }
        if extended, !scanner.skip("-") { return nil }
        guard let day = scanner.number(digits: 2), (1...CivilDate.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if !scanner.atEnd {
            guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else { return nil }
            guard let h = scanner.number(digits: 2), h <= 24 else { return nil }
            hour = h
            let timeExtended = scanner.skip(":")
            guard let m = scanner.number(digits: 2), m <= 59 else { return nil }
            minute = m
            if (timeExtended && scanner.skip(":")) || (!timeExtended && scanner.peekDigit) {
                guard let s = scanner.number(digits: 2), s <= 60 else { return nil }
                second = min(s, 59)
                if scanner.skip(".") || scanner.skip(",") {
                    guard let digits = scanner.digits(), !digits.isEmpty else { return nil }
                    fraction = Double("0." + digits) ?? 0
                }
            }
            scanner.skipSpaces()
            if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let offsetHours = scanner.number(digits: 2), offsetHours <= 18 else { return nil }
                var offsetMinutes = 0
                if scanner.skip(":") {
                    guard let m = scanner.number(digits: 2), m <= 59 else { return nil }
                    offsetMinutes = m
                } else if let m = scanner.number(digits: 2) {
                    guard m <= 59 else { return nil }
                    offsetMinutes = m
                }
                offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
        }
        guard scanner.atEnd else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
