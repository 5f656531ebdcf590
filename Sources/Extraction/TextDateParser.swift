import ClaimwatchModel
import Foundation

/// Reads a human-written English date, as in a visible dateline or an RFC 822 meta value:
/// "June 10, 2025", "10 June 2025, 4:00 p.m. GMT", "Tue, 10 Jun 2025 16:00:00 +0000",
/// "Published Sept. 3, 2025 at 7:15 AM EDT". Needs a month name, a day and a four-digit year;
/// a time and a zone are optional (no zone reads as UTC, an unknown one is ignored).
enum TextDateParser {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]

    /// Offsets in minutes of the zone abbreviations that datelines use.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "ut": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
        "pdt": -420, "akst": -540, "akdt": -480, "hst": -600, "jst": 540, "kst": 540, "aest": 600,
        "aedt": 660, "msk": 180, "wib": 420, "sgt": 480, "hkt": 480,
    ]

    enum Token: Equatable {
        case word(String)
        case number(String)
        case time(hour: Int, minute: Int, second: Int)
        case offset(Int)
    }

    static func parse(_ text: String) -> Date? {
        let tokens = tokenize(text)
        guard let monthIndex = tokens.firstIndex(where: { if case .word(let w) = $0 { months[w] != nil } else { false } }),
              case .word(let monthWord) = tokens[monthIndex], let month = months[monthWord] else { return nil }
        var day: Int?
        var year: Int?
        // "June 10, 2025" or "10 June 2025".
        if monthIndex + 1 < tokens.count, case .number(let n) = tokens[monthIndex + 1], n.count <= 2, let d = Int(n) {
            day = d
        } else if monthIndex > 0, case .number(let n) = tokens[monthIndex - 1], n.count <= 2, let d = Int(n) {
            day = d
        }
        for token in tokens[(monthIndex + 1)...].prefix(4) {
            if case .number(let n) = token, n.count == 4, let y = Int(n), (1900...2200).contains(y) {
                year = y
                break
            }
        }
        guard let day, let year, (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = CivilDate.daysSinceEpoch(year: year, month: month, day: day) * 86_400
        if let timeIndex = tokens.firstIndex(where: { if case .time = $0 { true } else { false } }),
           case .time(var hour, let minute, let second) = tokens[timeIndex] {
            var index = timeIndex + 1
            if index < tokens.count, case .word(let meridiem) = tokens[index], meridiem == "am" || meridiem == "pm" {
                if hour == 12 { hour = 0 }
                if meridiem == "pm" { hour += 12 }
                index += 1
            }
            seconds += hour * 3600 + minute * 60 + second
            if index < tokens.count {
                switch tokens[index] {
                case .word(let zone): seconds -= (zones[zone] ?? 0) * 60
                case .offset(let minutes): seconds -= minutes * 60
                default: break
                }
            }
        }
        return Date(timeIntervalSince1970: Double(seconds))
    }

    /// Lower-case words (dots of "a.m." dropped), numbers, times and numeric zone offsets.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.lowercased().unicodeScalars)
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isLetter(_ i: Int) -> Bool { i < scalars.count && scalars[i].properties.isAlphabetic }
        func readDigits() -> String {
            var digits = ""
            while isDigit(index) {
                digits.unicodeScalars.append(scalars[index])
                index += 1
            }
            return digits
        }
        while index < scalars.count {
            if isDigit(index) {
                let first = readDigits()
                if index + 1 < scalars.count, scalars[index] == ":", isDigit(index + 1), first.count <= 2 {
                    index += 1
                    let minute = readDigits()
                    var second = "0"
                    if index + 1 < scalars.count, scalars[index] == ":", isDigit(index + 1) {
                        index += 1
                        second = readDigits()
                    }
                    if let h = Int(first), let m = Int(minute), let s = Int(second), h <= 24, m <= 59, s <= 60 {
                        tokens.append(.time(hour: h, minute: m, second: min(s, 59)))
                    }
                } else {
                    // "10th", "3rd": the suffix belongs to the number.
                    let suffixStart = index
                    while isLetter(index), index - suffixStart < 2 { index += 1 }
                    let suffix = String(String.UnicodeScalarView(scalars[suffixStart..<index]))
                    if !["st", "nd", "rd", "th"].contains(suffix) { index = suffixStart }
                    tokens.append(.number(first))
                }
            } else if (scalars[index] == "+" || scalars[index] == "-"), isDigit(index + 1),
                      case .time? = tokens.last {
                let negative = scalars[index] == "-"
                index += 1
                let digits = readDigits()
                if digits.count == 4, let value = Int(digits) {
                    let minutes = value / 100 * 60 + value % 100
                    tokens.append(.offset(negative ? -minutes : minutes))
                } else if digits.count <= 2, let value = Int(digits) {
                    tokens.append(.offset(negative ? -value * 60 : value * 60))
                }
            } else if isLetter(index) {
                var word = ""
                while isLetter(index) || (index < scalars.count && scalars[index] == "." && isLetter(index + 1)
                                          && index + 2 < scalars.count && scalars[index + 2] == ".") {
                    if scalars[index] != "." { word.unicodeScalars.append(scalars[index]) }
                    index += 1
                }
                // The closing dot of "a.m." or "Sept."
                if index < scalars.count, scalars[index] == "." { index += 1 }
                tokens.append(.word(word))
            } else {
                index += 1
            }
        }
        return tokens
    }
}
