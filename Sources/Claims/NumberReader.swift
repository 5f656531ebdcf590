/// Reads the numbers of a sentence: digits with separators and decimals ("3,000", "1.5"),
/// scale words and suffixes ("1.5 million", "12 thousand", "10k", "$4.5bn"), and number words
/// ("two thousand", "three hundred and forty", "Sixty-three").
enum NumberReader {
    struct Number: Equatable {
        var value: Double
        /// Token indices the number spans.
        var range: Range<Int>
        /// Written with digits (as opposed to words).
        var isDigits: Bool
    }

    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    ]

    static func numbers(in tokens: [Token]) -> [Number] {
        var found: [Number] = []
        var index = 0
        while index < tokens.count {
            if let number = digits(at: index, tokens) ?? words(at: index, tokens) {
                found.append(number)
                index = number.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func digits(at index: Int, _ tokens: [Token]) -> Number? {
        let token = tokens[index]
        guard token.isWord, token.text.first?.isNumber == true else { return nil }
        var text = token.base.replacingOccurrences(of: ",", with: "")
        var multiplier = 1.0
        // "10k", "4.5m", "2bn": a scale suffix glued to the digits.
        if let suffixStart = text.firstIndex(where: { $0.isLetter }) {
            guard let scale = scales[String(text[suffixStart...])], scale >= 1_000 else { return nil }
            multiplier = scale
            text = String(text[..<suffixStart])
        }
        guard let value = Double(text) else { return nil }
        var end = index + 1
        if multiplier == 1, end < tokens.count, let scale = scales[tokens[end].base], tokens[end].isWord, scale >= 100 {
            multiplier = scale
            end += 1
        }
        return Number(value: value * multiplier, range: index..<end, isDigits: true)
    }

    private static func words(at index: Int, _ tokens: [Token]) -> Number? {
        var total = 0.0
        var current = 0.0
        var end = index
        var sawWord = false
        while end < tokens.count, tokens[end].isWord {
            let parts = tokens[end].base.split(separator: "-").map(String.init)
            var consumed = true
            for part in parts {
                if let unit = units[part] {
                    current += unit
                } else if let ten = tens[part] {
                    current += ten
                } else if part == "hundred" {
                    current = max(current, 1) * 100
                } else if let scale = scales[part], scale >= 1_000, sawWord || part.count > 2 {
                    total += max(current, 1) * scale
                    current = 0
                } else {
                    consumed = false
                }
            }
            if !consumed { break }
            sawWord = true
            end += 1
            // "three hundred and forty": "and" continues a number only between number words.
            if end + 1 < tokens.count, tokens[end].base == "and", units[tokens[end + 1].base] != nil || tens[tokens[end + 1].base] != nil,
               current >= 100 || total > 0 {
                end += 1
            }
        }
        guard sawWord else { return nil }
        // A lone "one" is nearly always a pronoun or article ("one of the"), not a count.
        if end == index + 1, tokens[index].base == "one" { return nil }
        return Number(value: total + current, range: index..<end, isDigits: false)
    }
}
