/// Character classes the segmenter needs, decided on single Unicode scalars.
extension Unicode.Scalar {
    // Each property has an ASCII fast path: the Unicode property tables are a measurable share of
    // the segmenter's time on English text.

    /// Whitespace, including the byte-order mark and zero-width space that editors and scrapers leave behind.
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return value == 0xFEFF || value == 0x200B || properties.isWhitespace
    }

    /// A line terminator; ICU would treat each as a paragraph separator, so the segmenter decides them itself.
    var isLineTerminator: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028: true
        default: false
        }
    }

    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    var isDecimalDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType == .decimal
    }

    var isAlphanumeric: Bool { isLetter || isDecimalDigit }

    /// Upper- or titlecase: the shape of a capitalised word's first letter.
    var isCapital: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    /// Punctuation that can end a sentence (the ellipsis included, which ICU does not count).
    var isSentenceTerminal: Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF1F, 0xFF61, 0x061F, 0x0964:
            true
        default: false
        }
    }

    /// Closing quotes and brackets, which stay with the sentence they close.
    var isClosingPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F: true
        default: false
        }
    }

    /// Opening quotes and brackets, skipped to find the first letter of what follows.
    var isOpeningPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039, 0x300C, 0x300E: true
        default: false
        }
    }

    /// Quotation marks proper (not brackets), for telling a closed quotation from a closed aside.
    var isQuotationMark: Bool {
        switch value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: true
        default: false
        }
    }
}
