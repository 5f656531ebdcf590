import ClaimwatchModel
import Foundation
import Testing
@testable import Sentences

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    @Test("abbreviations and titles", arguments: SplitCases.abbreviations)
    func abbreviations(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("month abbreviations before dates", arguments: SplitCases.months)
    func months(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("decimals, money and figures", arguments: SplitCases.numbers)
    func numbers(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("quotations and their attribution", arguments: SplitCases.quotations)
    func quotations(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("ellipses", arguments: SplitCases.ellipses)
    func ellipses(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("bullets and numbered lists", arguments: SplitCases.lists)
    func lists(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("headlines, bylines and wrapped lines", arguments: SplitCases.headlines)
    func headlines(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("datelines", arguments: SplitCases.datelines)
    func datelines(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("a.m. and p.m.", arguments: SplitCases.clockTimes)
    func clockTimes(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("initials", arguments: SplitCases.initials)
    func initials(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("dotted acronyms", arguments: SplitCases.acronyms)
    func acronyms(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("exclamations, addresses, brackets", arguments: SplitCases.punctuation)
    func punctuation(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("accents, curly quotes, Cyrillic, Japanese", arguments: SplitCases.otherScripts)
    func otherScripts(_ example: SplitCase) {
        #expect(texts(example.input) == example.expected)
    }

    @Test("every sentence is the trimmed scalar slice start..<end, in order", arguments: SplitCases.all)
    func offsetsCoverTheText(_ example: SplitCase) {
        checkOffsets(example.input)
    }

    @Test("empty and blank input give no sentences", arguments: ["", " ", "\n\n", " \t\r\n \n  \n", "\u{FEFF}"])
    func emptyInput(_ input: String) {
        #expect(SentenceSplitter.split(input).isEmpty)
    }

    @Test("paragraphs are numbered and never crossed")
    func paragraphs() {
        let text = "\n\nFirst one. Second one.\n\nThird one\nstill third.\r\n   \r\nFourth one.\n\n\n\nFifth one."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == [
            "First one.", "Second one.", "Third one\nstill third.", "Fourth one.", "Fifth one.",
        ])
        #expect(sentences.map(\.paragraph) == [0, 0, 1, 2, 3])
        checkOffsets(text)
    }

    @Test("a paragraph without final punctuation still ends its sentence")
    func noSentenceCrossesAParagraph() {
        let sentences = SentenceSplitter.split("Troops on the move\n\nand nobody knows where")
        #expect(sentences.map(\.text) == ["Troops on the move", "and nobody knows where"])
        #expect(sentences.map(\.paragraph) == [0, 1])
    }

    @Test("offsets count Unicode scalars, not UTF-16 units or characters")
    func scalarOffsets() {
        // The rocket is two UTF-16 units and one scalar; "é" is "e" plus a combining accent, two scalars.
        let text = "🚀 Launch went well.\n\nCafe\u{301} Nord opened. It closed."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["🚀 Launch went well.", "Cafe\u{301} Nord opened.", "It closed."])
        #expect(sentences.map(\.start) == [0, 21, 40])
        #expect(sentences.map(\.end) == [19, 39, 50])
        checkOffsets(text)
    }

    @Test("trailing punctuation without words joins the sentence before it")
    func trailingPunctuation() {
        #expect(texts("It ended. …") == ["It ended. …"])
        #expect(texts("• \n\nReal text.") == ["•", "Real text."])
    }

    @Test("many concurrent calls agree with a sequential one")
    func concurrentCalls() async {
        let texts = SplitCases.all.map(\.input)
        let expected = texts.map { SentenceSplitter.split($0) }
        let results = await withTaskGroup(of: (Int, [Sentence]).self) { group in
            for round in 0..<8 {
                for (index, text) in texts.enumerated() {
                    group.addTask { (index, round >= 0 ? SentenceSplitter.split(text) : []) }
                }
            }
            var results: [(Int, [Sentence])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == texts.count * 8)
        for (index, sentences) in results {
            #expect(sentences == expected[index])
        }
    }

    @Test("throughput on a long text (printed, not asserted)")
    func throughput() {
        let paragraph = SplitCases.all.map(\.input).joined(separator: " ")
        let text = Array(repeating: paragraph, count: 200).joined(separator: "\n\n")
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = SentenceSplitter.split(text).count }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("SentenceSplitter: \(count) sentences from \(text.unicodeScalars.count) scalars in "
              + "\(String(format: "%.3f", seconds)) s, \(Int(Double(count) / max(seconds, 1e-9))) sentences/s")
        #expect(count > 0)
    }

    private func texts(_ input: String) -> [String] {
        SentenceSplitter.split(input).map(\.text)
    }

    private func checkOffsets(_ input: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(input.unicodeScalars)
        var previousEnd = 0
        for sentence in SentenceSplitter.split(input) {
            #expect(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= scalars.count,
                    sourceLocation: sourceLocation)
            guard sentence.start < sentence.end, sentence.end <= scalars.count else { continue }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[sentence.start..<sentence.end])
            #expect(String(slice) == sentence.text, sourceLocation: sourceLocation)
            #expect(sentence.text == sentence.text.trimmingCharacters(in: .whitespacesAndNewlines),
                    sourceLocation: sourceLocation)
            previousEnd = sentence.end
        }
    }
}
