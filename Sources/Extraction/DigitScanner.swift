/// A cursor over the ASCII of a date string.
struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index >= bytes.count }
    var peekDigit: Bool { !atEnd && bytes[index] >= 0x30 && bytes[index] <= 0x39 }

    mutating func skip(_ character: Character) -> Bool {
        guard !atEnd, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while !atEnd, bytes[index] == 0x20 { index += 1 }
    }

    mutating func number(digits count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    mutating func digits() -> String? {
        let start = index
        while peekDigit { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        // U+2212 MINUS SIGN, as some generators write it.
        if index + 3 <= bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x88, bytes[index + 2] == 0x92 {
            index += 3
            return -1
        }
        return nil
    }
}
