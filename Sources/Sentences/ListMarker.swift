/// The marker that opens a list item: a bullet ("•", "-", "⁃"), an enumerator ("1.", "2)", "3.)",
/// "(a)", "iv."), or a bullet followed by an enumerator ("• 9.").
struct ListMarker: Equatable {
    /// What an enumerator counts with.
    enum Label: Equatable {
        case number(Int)
        case letter(Unicode.Scalar)
        case roman(Int, uppercase: Bool)
    }

    /// How an enumerator is punctuated.
    enum Style: Equatable {
        case period            // "1."
        case parenthesis       // "1)"
        case periodParenthesis // "1.)"
        case enclosed          // "(1)"
    }

    var bullet: Unicode.Scalar?
    var label: Label?
    var style: Style?
    /// The offset just past the marker.
    var end: Int

    /// Bullets that mark a list item wherever they stand, so a run of items on one line can be split.
    private static let dedicatedBullets: Set<Unicode.Scalar> = [
        "•", "◦", "▪", "▫", "‣", "⁃", "●", "○", "■", "□", "►", "▶", "➢", "➤", "✓", "✔", "❖", "◆", "◇", "∙",
    ]

    /// Characters that mark an item only at the start of a line and before a space ("- item", "* item"):
    /// elsewhere they are dashes, hyphens and asterisks.
    private static let lineBullets: Set<Unicode.Scalar> = ["-", "*", "–", "—", "·", "+"]

    private static let romanDigits: [Unicode.Scalar: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]

    /// Reads a marker at `start`, which must be followed by whitespace (or `limit`), except after a
    /// dedicated bullet. `strict` refuses what is more often an initial than an item ("A. Smith").
    static func parse(_ text: [Unicode.Scalar], at start: Int, limit: Int, strict: Bool) -> ListMarker? {
        guard start < limit else { return nil }
        var position = start
        var bullet: Unicode.Scalar?
        let first = text[position]
        if dedicatedBullets.contains(first) {
            bullet = first
            position += 1
            while position < limit, text[position].isSpace { position += 1 }
        } else if lineBullets.contains(first) {
            guard position + 1 == limit || text[position + 1].isSpace else { return nil }
            bullet = first
            position += 1
            while position < limit, text[position].isSpace { position += 1 }
        }
        if let (label, style, end) = enumerator(text, at: position, limit: limit, strict: strict),
           end == limit || text[end].isSpace {
            return ListMarker(bullet: bullet, label: label, style: style, end: end)
        }
        guard let bullet else { return nil }
        return ListMarker(bullet: bullet, end: start + 1)
    }

    /// Whether `text[range]` is nothing but a marker: no sentence on its own.
    static func isMarkerOnly(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= 12, let marker = parse(text, at: range.lowerBound, limit: range.upperBound, strict: false) else {
            return false
        }
        return marker.end == range.upperBound
    }

    /// Whether `other` is the item that comes after this one in the same list.
    func isFollowed(by other: ListMarker) -> Bool {
        if let bullet {
            // "• 9. … • 10. …": the bullets carry the list; the numbers may start anywhere.
            return other.bullet == bullet && ListMarker.dedicatedBullets.contains(bullet)
        }
        guard other.bullet == nil, other.style == style, let label, let next = other.label else { return false }
        switch (label, next) {
        case let (.number(a), .number(b)):
            return b == a + 1
        case let (.letter(a), .letter(b)):
            return b.value == a.value + 1
        case let (.letter(a), .roman(b, uppercase)):
            return (a == "i" || a == "I") && b == 2 && uppercase == (a == "I")
        case let (.roman(a, uppercase), .roman(b, nextUppercase)):
            return b == a + 1 && uppercase == nextUppercase
        case let (.roman(a, uppercase), .letter(b)):
            // Labels are ASCII, so setting bit 5 lowercases them.
            let value = Unicode.Scalar(b.value | 0x20).flatMap { ListMarker.romanDigits[$0] }
            return value == a + 1 && uppercase == b.isCapital
        default:
            return false
        }
    }

    /// The markers of the items that follow this one on the same line, as in "1) first 2) second".
    func followingItems(_ text: [Unicode.Scalar], in line: Range<Int>) -> [Int] {
        var found: [Int] = []
        var current = self
        var position = end
        while position < line.upperBound {
            if text[position - 1].isSpace, !text[position].isSpace,
               let marker = ListMarker.parse(text, at: position, limit: line.upperBound, strict: false),
               current.isFollowed(by: marker) {
                found.append(position)
                current = marker
                position = marker.end
            } else {
                position += 1
            }
        }
        return found
    }

    private static func enumerator(_ text: [Unicode.Scalar], at start: Int, limit: Int,
                                   strict: Bool) -> (Label, Style, Int)? {
        var position = start
        let enclosed = position < limit && text[position] == "("
        if enclosed { position += 1 }
        let labelStart = position
        while position < limit, position - labelStart < 4, text[position].isASCII, text[position].isLetter || text[position].isDecimalDigit {
            position += 1
        }
        guard position > labelStart, position < limit,
              let label = label(text[labelStart..<position].string) else { return nil }
        if enclosed {
            return text[position] == ")" ? (label, .enclosed, position + 1) : nil
        }
        let style: Style
        if text[position] == ")" {
            style = .parenthesis
            position += 1
        } else if text[position] == "." {
            position += 1
            if position < limit, text[position] == ")" {
                style = .periodParenthesis
                position += 1
            } else {
                style = .period
            }
        } else {
            return nil
        }
        // "A. Smith" is an initial far more often than an item; "a." and "II." are items.
        if strict, style == .period, case let .letter(letter) = label, letter.isCapital { return nil }
        return (label, style, position)
    }

    private static func label(_ word: String) -> Label? {
        if word.allSatisfy(\.isNumber) {
            return word.count <= 3 ? Int(word).map(Label.number) : nil
        }
        let scalars = Array(word.unicodeScalars)
        if scalars.count == 1 { return .letter(scalars[0]) }
        let lower = word.lowercased()
        let uppercase = word == word.uppercased()
        guard uppercase || lower == word, let value = romanValue(lower) else { return nil }
        return .roman(value, uppercase: uppercase)
    }

    /// The value of a lowercase Roman numeral up to 39 ("iv" → 4), or nil if it is not one.
    private static func romanValue(_ word: String) -> Int? {
        let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
                        "xv", "xvi", "xvii", "xviii", "xix", "xx"]
        return numerals.firstIndex(of: word).map { $0 + 1 }
    }
}
