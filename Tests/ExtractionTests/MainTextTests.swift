import Testing
@testable import Extraction

@Suite("Main text")
struct MainTextTests {
    @Test("each page style yields exactly its article text", arguments: FixturePage.allCases)
    func articleText(of page: FixturePage) throws {
        let extracted = try MainTextExtractor.extract(html: page.html, url: nil)
        #expect(extracted.text == page.expectedText)
    }

    @Test("no boilerplate line survives", arguments: FixturePage.allCases)
    func noBoilerplate(in page: FixturePage) throws {
        let text = try MainTextExtractor.extract(html: page.html, url: nil).text
        let boilerplate = ["cookie", "Advertisement", "Related", "Most read", "Most popular", "Share on", "Sign up",
                           "All rights reserved", "©", "Subscribe", "You May Like", "Skyhop", "Voltera", "By Ingrid"]
        for phrase in boilerplate {
            #expect(!text.contains(phrase), "\(phrase) leaked into the text")
        }
    }

    @Test("the first line is neither the byline nor the date line", arguments: FixturePage.allCases)
    func firstLine(of page: FixturePage) throws {
        let first = try #require(try MainTextExtractor.extract(html: page.html, url: nil).paragraphs.first)
        #expect(!first.hasPrefix("By "))
        #expect(!ParagraphFilter.isDatedMetaLine(first))
        #expect(!ParagraphFilter.isTimestampLine(first))
    }

    @Test("a dateline that opens the first paragraph stays part of it")
    func datelineStaysInParagraph() throws {
        let page = try MainTextExtractor.extract(html: WireStoryPage.html, url: nil)
        #expect(page.paragraphs.first?.hasPrefix("OSLO, March 3 (Northwire) - Fjordlink, the ferry operator") == true)
    }

    @Test("curly quotes, dashes and entities are decoded and kept as written")
    func charactersKept() throws {
        let html = """
            <article><p>&#8220;It&#8217;s over,&#8221; she said &mdash; twice. Caf&eacute; prices rose 3&nbsp;%; \
            R&amp;D fell. “Straight” quotes ‘stay’.</p><p>Second paragraph with enough words to count as prose here.</p></article>
            """
        let page = try MainTextExtractor.extract(html: html, url: nil)
        #expect(page.paragraphs.first == "“It’s over,” she said — twice. Café prices rose 3 %; R&D fell. “Straight” quotes ‘stay’.")
    }

    @Test("paragraph boundaries: <p>, headings, list items, quotes and <br><br>")
    func paragraphBoundaries() throws {
        let html = """
            <html><body><article class="article-body">
            <p>The first paragraph of the story runs long enough to read like prose, with a comma, and a full stop.</p>
            <h2>A subheading</h2>
            <p>Line one of a poem<br>line two of a poem<br><br>A new paragraph after two breaks, which is long enough too.</p>
            <ul><li>First point of the list, stated in full.</li><li>Second point of the list, stated in full.</li></ul>
            <blockquote><p>A quoted paragraph, spoken by someone in the story, runs on for a while.</p></blockquote>
            <div>Text set straight in a div,<span> with inline markup</span> that does not split it.</div>
            </article></body></html>
            """
        let page = try MainTextExtractor.extract(html: html, url: nil)
        #expect(page.paragraphs == [
            "The first paragraph of the story runs long enough to read like prose, with a comma, and a full stop.",
            "A subheading",
            "Line one of a poem\nline two of a poem",
            "A new paragraph after two breaks, which is long enough too.",
            "First point of the list, stated in full.",
            "Second point of the list, stated in full.",
            "A quoted paragraph, spoken by someone in the story, runs on for a while.",
            "Text set straight in a div, with inline markup that does not split it.",
        ])
    }

    @Test("script, style, template, svg, form controls and hidden elements are dropped")
    func invisibleContentDropped() throws {
        let html = """
            <article>
            <p>Visible paragraph one, which is long enough to be counted as the article text here.</p>
            <script>var leaked = "script text";</script><style>p { color: red }</style>
            <noscript>Enable JavaScript</noscript><template><p>template text</p></template>
            <svg><text>svg text</text></svg><button>Click me</button>
            <p hidden>hidden attribute text</p><p aria-hidden="true">aria hidden text</p>
            <p style="display: none">display none text</p><span class="sr-only">screen reader text</span>
            <p>Visible paragraph two, which is also long enough to be counted as article text.</p>
            </article>
            """
        let text = try MainTextExtractor.extract(html: html, url: nil).text
        #expect(text == """
            Visible paragraph one, which is long enough to be counted as the article text here.

            Visible paragraph two, which is also long enough to be counted as article text.
            """)
    }

    @Test("an empty or text-free page yields no paragraphs and no error", arguments: ["", "   \n", "<html></html>",
                                                                                       "<p></p><div><br></div>"])
    func emptyPage(html: String) throws {
        #expect(try MainTextExtractor.extract(html: html, url: nil).paragraphs.isEmpty)
    }
}
