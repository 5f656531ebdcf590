import Testing
@testable import Extraction

@Suite("Whitespace normalisation")
struct TextNormalizerTests {
    static let marker = String(Character(TextNormalizer.lineBreakMarker))

    @Test("whitespace runs collapse; other characters are kept", arguments: [
        ("  a \n\t b  ", "a b"),
        ("non\u{A0}breaking\u{2009}thin\u{3000}ideographic", "non breaking thin ideographic"),
        ("soft\u{AD}hyphen zero\u{200B}width", "softhyphen zerowidth"),
        ("“curly” ‘quotes’ — dashes … ellipsis", "“curly” ‘quotes’ — dashes … ellipsis"),
        ("\u{FEFF}bom", "bom"),
        ("", ""),
    ])
    func collapse(raw: String, expected: String) {
        #expect(TextNormalizer.collapse(raw) == expected)
    }

    @Test("one <br> is a line break, two or more start a paragraph", arguments: [
        ("a\(marker)b", ["a\nb"]),
        ("a \(marker) \(marker) b", ["a", "b"]),
        ("a\(marker)\n\(marker)\(marker)b\(marker)", ["a", "b"]),
        ("\(marker)\(marker)  ", []),
        ("one  two", ["one two"]),
    ])
    func paragraphs(raw: String, expected: [String]) {
        #expect(TextNormalizer.paragraphs(raw) == expected)
    }

    @Test("lengths count non-whitespace scalars")
    func length() {
        #expect(TextNormalizer.length(" a b\u{A0}c ") == 3)
        #expect(TextNormalizer.commas("a, b，c、d") == 3)
    }

    @Test("ASCII search ignores case", arguments: [
        ("Cookie-Banner", "cookie", true), ("x sr-only", "sr-only", true), ("display: none", "hidden", false),
        ("", "a", false), ("ä sr-ONLY", "sr-only", true),
    ])
    func containsASCII(text: String, needle: String, expected: Bool) {
        #expect(TextNormalizer.containsASCII(text, needle) == expected)
    }
}
