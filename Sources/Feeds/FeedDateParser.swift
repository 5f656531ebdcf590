import ClaimwatchModel
import Foundation

/// Reads the dates found in feeds: RFC 822/1123/2822 as they occur in the wild, RFC 3339 /
/// ISO 8601, and common variants, including English, Italian, German, French, Spanish and
/// Portuguese month names.
///
/// Written by hand rather than with `DateFormatter`: feeds deviate from every format in ways a
/// fixed pattern rejects (missing or wrong weekdays, two-digit years, named zones, missing
/// seconds), a formatter depends on locale and time-zone settings, and this runs for every date
/// of every item of every poll. It works on the UTF-8 bytes and allocates nothing per call.
public enum FeedDateParser {
    /// The instant `s` denotes, or nil when it is not a date this parser understands. A time
    /// without a zone is read as UTC; a date without a time as midnight UTC.
    public static func parse(_ s: String) -> Date? {
        var copy = s
        return copy.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        // A leading four-digit year followed by a separator is ISO 8601 / RFC 3339 (or a close
        // variant); numeric months are only trusted in that order.
        if end - start >= 8, isDigit(bytes[start]), isDigit(bytes[start + 1]),
           isDigit(bytes[start + 2]), isDigit(bytes[start + 3]) {
            return parseISO(bytes, start, end) ?? parseLoose(bytes, start, end)
        }
        return parseLoose(bytes, start, end)
    }

    // MARK: ISO 8601 / RFC 3339

    private static func parseISO(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Date? {
        var i = start
        let year = readNumber(b, &i, end, maxDigits: 4).value
        let separated = i < end && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "/")
                                    || b[i] == UInt8(ascii: "."))
        if separated { i += 1 }
        let (month, monthDigits) = readNumber(b, &i, end, maxDigits: 2)
        guard monthDigits > 0 else { return nil }
        if separated {
            guard i < end, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "/")
                || b[i] == UInt8(ascii: ".") else { return nil }
            i += 1
        }
        let (day, dayDigits) = readNumber(b, &i, end, maxDigits: 2)
        guard dayDigits > 0 else { return nil }

        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        var sawTimeSeparator = false
        while i < end, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || isSpace(b[i]) {
            sawTimeSeparator = true
            i += 1
        }
        if sawTimeSeparator, i < end, isDigit(b[i]) {
            let (h, hDigits) = readNumber(b, &i, end, maxDigits: 2)
            guard hDigits > 0 else { return nil }
            hour = h
            if i < end, b[i] == UInt8(ascii: ":") { i += 1 }
            let (m, mDigits) = readNumber(b, &i, end, maxDigits: 2)
            if mDigits > 0 {
                minute = m
                if i < end, b[i] == UInt8(ascii: ":") { i += 1 }
                let (sec, sDigits) = readNumber(b, &i, end, maxDigits: 2)
                if sDigits > 0 {
                    second = sec
                    if i + 1 < end, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ","),
                       isDigit(b[i + 1]) {
                        i += 1
                        fraction = readFraction(b, &i, end)
                    }
                }
            }
            while i < end, isSpace(b[i]) { i += 1 }
            offset = readZone(b, &i, end) ?? 0
        }
        // Whatever follows the date or the zone (a weekday, a parenthesised zone name) is noise.
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute,
                        second: second, fraction: fraction, offset: offset)
    }

    /// A zone designator at `i`: `Z`, a zone name, or a numeric offset with or without a colon,
    /// optionally after `UTC`/`GMT` (`GMT+01:00`). Returns the offset east of UTC in seconds.
    private static func readZone(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Int? {
        guard i < end else { return nil }
        var base: Int?
        if isLetter(b[i]) {
            var j = i
            let word = readWord(b, &j, end)
            guard let named = zoneOffset(word) else { return nil }
            base = named
            i = j
            while i < end, isSpace(b[i]) { i += 1 }
        }
        if i < end, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            var j = i
            if let numeric = readNumericOffset(b, &j, end) {
                i = j
                return (base ?? 0) + numeric
            }
        }
        return base
    }

    /// `+hhmm`, `+hh:mm`, `+hh`, `+h`, `+hmm` and the odd `+hh:m`, east of UTC in seconds.
    private static func readNumericOffset(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int,
                                          _ end: Int) -> Int? {
        guard i < end else { return nil }
        let negative = b[i] == UInt8(ascii: "-")
        var j = i + 1
        let (first, firstDigits) = readNumber(b, &j, end, maxDigits: 4)
        guard firstDigits > 0 else { return nil }
        var hours = first, minutes = 0
        switch firstDigits {
        case 3, 4:
            hours = first / 100
            minutes = first % 100
        default:
            if j + 1 < end, b[j] == UInt8(ascii: ":"), isDigit(b[j + 1]) {
                j += 1
                minutes = readNumber(b, &j, end, maxDigits: 2).value
            }
        }
        guard hours <= 18, minutes < 60 else { return nil }
        i = j
        let seconds = hours * 3600 + minutes * 60
        return negative ? -seconds : seconds
    }

    // MARK: RFC 822 and everything else

    /// Reads the fields in any order they come: a month name anywhere, numbers classified by
    /// size and position, `h:mm[:ss]` as the time, and a zone after it. Unknown words (weekdays
    /// in any language, "de", "at", "um") are skipped, so a wrong weekday does no harm.
    private static func parseLoose(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Date? {
        var year = -1, month = -1, day = -1
        var hour = -1, minute = 0, second = 0
        var fraction = 0.0
        var offset: Int?
        var meridiem = 0  // 1 am, 2 pm
        // Spanish and French abbreviate Tuesday as "mar", which is also March: a month name in
        // first position may be a weekday, so a later month name replaces it.
        var monthMayBeWeekday = false
        var tokens = 0
        var i = start
        while i < end {
            let c = b[i]
            if isDigit(c) {
                let (value, digits) = readNumber(b, &i, end, maxDigits: 9)
                if hour < 0, digits <= 2, i + 1 < end, b[i] == UInt8(ascii: ":"), isDigit(b[i + 1]) {
                    hour = value
                    i += 1
                    minute = readNumber(b, &i, end, maxDigits: 2).value
                    if i + 1 < end, b[i] == UInt8(ascii: ":"), isDigit(b[i + 1]) {
                        i += 1
                        second = readNumber(b, &i, end, maxDigits: 2).value
                        if i + 1 < end, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ","),
                           isDigit(b[i + 1]) {
                            i += 1
                            fraction = readFraction(b, &i, end)
                        }
                    }
                } else if digits >= 3 || value > 31 {
                    guard year < 0 else { return nil }
                    year = digits >= 3 ? value : expandTwoDigitYear(value)
                } else if day < 0 {
                    day = value
                } else if year < 0 {
                    year = expandTwoDigitYear(value)
                } else {
                    return nil
                }
                tokens += 1
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                if hour >= 0, offset == nil || offset == 0,
                   let numeric = readNumericOffset(b, &i, end) {
                    // "GMT+0100" adds to the zero of GMT; a second offset is not expected.
                    offset = (offset ?? 0) + numeric
                } else {
                    i += 1
                }
            } else if isLetter(c) {
                let word = readWord(b, &i, end)
                if let m = monthNumber(word) {
                    if month < 0 || monthMayBeWeekday {
                        monthMayBeWeekday = month < 0 && tokens == 0
                        month = m
                    }
                } else if word.count == 2, word.lo == amKey || word.lo == pmKey {
                    meridiem = word.lo == amKey ? 1 : 2
                } else if offset == nil, let zone = zoneOffset(word) {
                    offset = zone
                } else if offset == nil, hour >= 0, word.count == 1, word.lo != UInt64(UInt8(ascii: "j")) {
                    // RFC 822's military zones had their signs inverted in practice; RFC 2822
                    // says to read them as unknown, i.e. UTC.
                    offset = 0
                }
                tokens += 1
            } else {
                i += 1
            }
        }
        guard year >= 0, month > 0, day > 0 else { return nil }
        if hour < 0 { hour = 0 }
        if meridiem != 0, hour >= 1, hour <= 12 {
            if meridiem == 1, hour == 12 { hour = 0 }
            if meridiem == 2, hour < 12 { hour += 12 }
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute,
                        second: second, fraction: fraction, offset: offset ?? 0)
    }

    // MARK: Building the instant

    /// RFC 2822's rule: 00–49 are 2000–2049, 50–99 are 1950–1999.
    private static func expandTwoDigitYear(_ value: Int) -> Int {
        value < 50 ? 2000 + value : 1900 + value
    }

    private static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int,
                                 second: Int, fraction: Double, offset: Int) -> Date? {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1,
              day <= CivilDate.daysIn(month: month, year: year),
              hour <= 24, minute <= 59, second <= 60,
              hour < 24 || (minute == 0 && second == 0) else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    // MARK: Lexing

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
    @inline(__always) private static func isSpace(_ c: UInt8) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13
    }
    /// ASCII letters and any non-ASCII byte, so "März", "février" and "março" are one word.
    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool {
        (c | 0x20) &- 97 < 26 || c >= 0x80
    }

    private static func readNumber(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int,
                                   maxDigits: Int) -> (value: Int, digits: Int) {
        var value = 0, digits = 0
        while i < end, digits < maxDigits, isDigit(b[i]) {
            value = value * 10 + Int(b[i] - 48)
            digits += 1
            i += 1
        }
        return (value, digits)
    }

    private static func readFraction(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Double {
        var value = 0.0, scale = 1.0
        while i < end, isDigit(b[i]) {
            if scale > 1e-9 {
                scale /= 10
                value += Double(b[i] - 48) * scale
            }
            i += 1
        }
        return value
    }

    private static func readWord(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> PackedWord {
        var word = PackedWord()
        while i < end, isLetter(b[i]) {
            word.append(b[i])
            i += 1
        }
        return word
    }

    // MARK: Names

    private static let amKey = PackedWord("am").lo
    private static let pmKey = PackedWord("pm").lo

    private static func monthNumber(_ word: PackedWord) -> Int? {
        guard word.count >= 3, word.count <= 16 else { return nil }
        for (name, month) in monthNames where word.isPrefix(of: name) {
            return month
        }
        return nil
    }

    private static func zoneOffset(_ word: PackedWord) -> Int? {
        guard word.count <= 5 else { return nil }
        for (name, offset) in zoneNames where name == word { return offset }
        return nil
    }

    /// Full month names; an abbreviation is any prefix of three letters or more ("Sept",
    /// "janv", "févr", "Okt", "giu").
    private static let monthNames: [(PackedWord, Int)] = {
        let table: [(String, Int)] = [
            // English
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
            ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
            ("december", 12),
            // Italian
            ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5),
            ("giugno", 6), ("luglio", 7), ("agosto", 8), ("settembre", 9), ("ottobre", 10),
            ("novembre", 11), ("dicembre", 12),
            // German
            ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("mrz", 3),
            ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12),
            // French
            ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4),
            ("juin", 6), ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9),
            ("octobre", 10), ("décembre", 12), ("decembre", 12),
            // Spanish
            ("enero", 1), ("febrero", 2), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
            ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11),
            ("diciembre", 12),
            // Portuguese
            ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5),
            ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10), ("dezembro", 12),
        ]
        return table.map { (PackedWord($0.0), $0.1) }
    }()

    private static let zoneNames: [(PackedWord, Int)] = {
        let table: [(String, Double)] = [
            ("z", 0), ("ut", 0), ("utc", 0), ("gmt", 0), ("wet", 0),
            ("est", -5), ("edt", -4), ("cst", -6), ("cdt", -5), ("mst", -7), ("mdt", -6),
            ("pst", -8), ("pdt", -7), ("akst", -9), ("akdt", -8), ("hst", -10),
            ("ast", -4), ("adt", -3), ("nst", -3.5), ("ndt", -2.5),
            ("bst", 1), ("west", 1), ("cet", 1), ("met", 1), ("cest", 2), ("mest", 2),
            ("eet", 2), ("eest", 3), ("msk", 3), ("sgt", 8), ("hkt", 8), ("awst", 8),
            ("jst", 9), ("kst", 9), ("acst", 9.5), ("aest", 10), ("aedt", 11),
            ("nzst", 12), ("nzdt", 13),
        ]
        return table.map { (PackedWord($0.0), Int($0.1 * 3600)) }
    }()
}
