import Testing
@testable import Extraction

@Suite("Hostile input")
struct HostileInputTests {
    @Test("pages over 16 MiB are refused")
    func tooLarge() {
        let html = "<p>" + String(repeating: "a", count: MainTextExtractor.maximumInputBytes) + "</p>"
        #expect(throws: ExtractionError.tooLarge(html.utf8.count)) {
            try MainTextExtractor.extract(html: html, url: nil)
        }
    }

    @Test("deep nesting is flattened, not a stack overflow")
    func deepNesting() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "<p>Deep inside the page there is a paragraph that is long enough to count as the article.</p>"
            + String(repeating: "</div>", count: depth)
        let page = try MainTextExtractor.extract(html: html, url: nil)
        #expect(page.text.contains("Deep inside the page"))
    }

    @Test("thousands of unclosed inline tags")
    func unclosedInline() throws {
        let html = "<article>" + String(repeating: "<b><i>", count: 5_000)
            + "<p>After all the unclosed tags comes the text of the article, long enough to be read as prose.</p>"
        let page = try MainTextExtractor.extract(html: html, url: nil)
        #expect(page.text.contains("After all the unclosed tags"))
    }

    @Test("NUL bytes and control characters")
    func controlCharacters() throws {
        let html = "<article><p>Before\u{0}after, with a bell \u{7} and more words so the paragraph reads like prose.</p></article>"
        let page = try MainTextExtractor.extract(html: html, url: nil)
        #expect(page.text.contains("Beforeafter"))
    }

    @Test("a <meta charset> that disagrees with the decoded text does not re-decode it")
    func charsetMeta() throws {
        let html = #"<html><head><meta charset="iso-8859-1"></head><body><article><p>Café, naïve, Ærø and 北京 stay as they are in the decoded text.</p></article></body></html>"#
        let page = try MainTextExtractor.extract(html: html, url: nil)
        #expect(page.text == "Café, naïve, Ærø and 北京 stay as they are in the decoded text.")
    }

    @Test("many pages extracted at once give the same results as one at a time")
    func concurrentExtraction() async throws {
        let pages = FixturePage.allCases
        let expected = try pages.map { try MainTextExtractor.extract(html: $0.html, url: nil).text }
        let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for round in 0..<8 {
                for (index, page) in pages.enumerated() {
                    let html = page.html
                    group.addTask {
                        let selector: String? = round.isMultiple(of: 2) ? nil : "body"
                        let text = try MainTextExtractor.extract(html: html, url: nil, selector: selector).text
                        return (round.isMultiple(of: 2) ? index : -1, text)
                    }
                }
            }
            var collected: [(Int, String)] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        for (index, text) in results where index >= 0 {
            #expect(text == expected[index])
        }
    }
}
