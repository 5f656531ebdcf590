/// Whitespace normalisation for extracted text. Only whitespace and invisible formatting
/// characters are touched: quotes, dashes and every other character are kept as the page has them.
enum TextNormalizer {
    /// Stands for a `<br>` in raw text until the paragraph is normalised.
    static let lineBreakMarker: Unicode.Scalar = "\u{E000}"

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// Characters that render as nothing and only split words: zero-width space, soft hyphen,
    /// byte-order mark, word joiner.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: true
        default: false
        }
    }

    static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001: true
        default: false
        }
    }

    /// Collapses whitespace runs to one space and trims; line-break markers become spaces.
    static func collapse(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if isSpace(scalar) || scalar == lineBreakMarker {
                pendingSpace = !out.isEmpty
            } else if !isInvisible(scalar) {
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Normalises the raw text of one block: whitespace runs become one space, a single `<br>`
    /// becomes a line break, and two or more `<br>`s in a row split the block into paragraphs.
    static func paragraphs(_ raw: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreaks = 0
        func finish() {
            if !current.isEmpty { result.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in raw.unicodeScalars {
            if scalar == lineBreakMarker {
                pendingBreaks += 1
            } else if isSpace(scalar) {
                pendingSpace = true
            } else if !isInvisible(scalar) {
                if !current.isEmpty {
                    if pendingBreaks >= 2 {
                        finish()
                    } else if pendingBreaks == 1 {
                        current.append("\n")
                    } else if pendingSpace {
                        current.append(" ")
                    }
                }
                pendingSpace = false
                pendingBreaks = 0
                current.append(scalar)
            }
        }
        finish()
        return result
    }

    /// The number of non-whitespace scalars.
    static func length(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !isSpace(scalar) { count += 1 }
        return count
    }

    static func commas(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where isComma(scalar) { count += 1 }
        return count
    }

    /// Whether `text` contains `needle` (lower-case ASCII), ignoring ASCII case; works on UTF-8
    /// bytes, so it is cheap enough to run on every attribute of a page.
    static func containsASCII(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        var text = text
        return text.withUTF8 { search($0, pattern) }
    }

    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        let first = pattern[0]
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if lowered(bytes[index]) == first {
                var matched = 1
                while matched < pattern.count, lowered(bytes[index + matched]) == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
