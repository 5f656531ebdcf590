import Testing
@testable import Extraction

@Suite("Selectors")
struct SelectorTests {
    struct Compilation: CustomTestStringConvertible, Sendable {
        var selector: String
        var xpath: String
        var testDescription: String { selector }
    }

    static let compilations: [Compilation] = [
        Compilation(selector: "article", xpath: "//article"),
        Compilation(selector: "*", xpath: "//*"),
        Compilation(selector: "DIV", xpath: "//div"),
        Compilation(selector: ".story", xpath: "//*[contains(concat(' ', normalize-space(@class), ' '), ' story ')]"),
        Compilation(selector: "#main", xpath: "//*[@id='main']"),
        Compilation(selector: "div.story#main",
                    xpath: "//div[contains(concat(' ', normalize-space(@class), ' '), ' story ')][@id='main']"),
        Compilation(selector: "main article", xpath: "//main//article"),
        Compilation(selector: "ul > li", xpath: "//ul/li"),
        Compilation(selector: "ul>li", xpath: "//ul/li"),
        Compilation(selector: "section  div > p", xpath: "//section//div/p"),
        Compilation(selector: "[data-region]", xpath: "//*[@data-region]"),
        Compilation(selector: "[data-region=top]", xpath: "//*[@data-region='top']"),
        Compilation(selector: #"a[href="it's"]"#, xpath: #"//a[@href="it's"]"#),
        Compilation(selector: "[rel~=author]", xpath: "//*[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"),
        Compilation(selector: "a[href^='https']", xpath: "//a[starts-with(@href, 'https')]"),
        Compilation(selector: "a[href*=news]", xpath: "//a[contains(@href, 'news')]"),
        Compilation(selector: "[lang|=en]", xpath: "//*[(@lang='en' or starts-with(@lang, 'en-'))]"),
        Compilation(selector: ".a, .b",
                    xpath: "//*[contains(concat(' ', normalize-space(@class), ' '), ' a ')] | //*[contains(concat(' ', normalize-space(@class), ' '), ' b ')]"),
        Compilation(selector: "//section[@id='x']", xpath: "//section[@id='x']"),
        Compilation(selector: "  /html/body/main  ", xpath: "/html/body/main"),
    ]

    @Test("CSS compiles to XPath; XPath passes through", arguments: compilations)
    func compile(_ test: Compilation) throws {
        #expect(try PageSelector(test.selector).xpath == test.xpath)
    }

    @Test("malformed selectors are refused",
          arguments: ["", "   ", "div:first-child", "a + b", "a ~ b", "div >", "> div", "[unclosed", "div..x", ".", "#",
                      "div[x=\"y]", "div[=x]", "div,", ",div", "a[href!=x]", "p::before"])
    func malformed(_ selector: String) {
        #expect(throws: ExtractionError.self) { try PageSelector(selector) }
        #expect {
            _ = try MainTextExtractor.extract(html: Self.statementsPage, url: nil, selector: selector)
        } throws: { error in
            guard case .invalidSelector = error as? ExtractionError else { return false }
            return true
        }
    }

    @Test("selectors are checked without a page", arguments: [
        ("main article", true), ("div.story#main > p, .lead", true), ("//section[@id='x']", true),
        ("div:first-child", false), ("//div[", false), ("", false), ("/html/body/", false),
    ])
    func validate(selector: String, valid: Bool) {
        if valid {
            #expect(throws: Never.self) { try MainTextExtractor.validateSelector(selector) }
        } else {
            #expect(throws: ExtractionError.self) { try MainTextExtractor.validateSelector(selector) }
        }
    }

    @Test("malformed XPath is refused when evaluated", arguments: ["//div[", "/html/body/", "count(//p)", "//p/@id/.."])
    func malformedXPath(_ selector: String) {
        #expect {
            _ = try MainTextExtractor.extract(html: Self.statementsPage, url: nil, selector: selector)
        } throws: { error in
            switch error as? ExtractionError {
            case .invalidSelector?, .selectorMatchedNothing?: true
            default: false
            }
        }
    }

    /// A ministry's statements page: what a `page` source with a selector watches.
    static let statementsPage = """
        <html><body>
        <header class="site-header"><nav><a href="/">Ministry of Transport</a> <a href="/press">Press</a></nav></header>
        <main>
        <section id="latest" class="notice"><h2>Notice</h2><p>The press office is closed on 1 May.</p></section>
        <article class="statement" data-region="top">
        <h1>Statement on the rail timetable</h1>
        <p class="byline">By the Press Office</p>
        <p>The ministry has approved the new rail timetable, which takes effect on 9 June.</p>
        <div class="ad"><p>Advertisement: buy a rail card.</p></div>
        <p>Night trains between the two largest cities will run every day from July.</p>
        </article>
        <section id="archive"><h2>Earlier statements</h2><ul>
        <li><a href="/s/3">Statement on road tolls</a></li><li><a href="/s/2">Statement on ferry subsidies</a></li>
        </ul></section>
        </main>
        <footer><p>Ministry of Transport</p></footer>
        </body></html>
        """

    struct Extraction: CustomTestStringConvertible, Sendable {
        var selector: String
        var paragraphs: [String]
        var testDescription: String { selector }
    }

    static let extractions: [Extraction] = [
        Extraction(selector: "main article", paragraphs: [
            "The ministry has approved the new rail timetable, which takes effect on 9 June.",
            "Night trains between the two largest cities will run every day from July.",
        ]),
        Extraction(selector: "#archive", paragraphs: [
            "Earlier statements", "Statement on road tolls", "Statement on ferry subsidies",
        ]),
        Extraction(selector: "#archive li", paragraphs: ["Statement on road tolls", "Statement on ferry subsidies"]),
        Extraction(selector: "section.notice > p", paragraphs: ["The press office is closed on 1 May."]),
        Extraction(selector: ".notice, #archive ul", paragraphs: [
            "Notice", "The press office is closed on 1 May.", "Statement on road tolls", "Statement on ferry subsidies",
        ]),
        Extraction(selector: "//section[@id='archive']//a", paragraphs: [
            "Statement on road tolls", "Statement on ferry subsidies",
        ]),
        Extraction(selector: "//section[@id='latest']/p/text()", paragraphs: ["The press office is closed on 1 May."]),
    ]

    @Test("extraction is restricted to the matched regions", arguments: extractions)
    func restricted(_ test: Extraction) throws {
        let page = try MainTextExtractor.extract(html: Self.statementsPage, url: nil, selector: test.selector)
        #expect(page.paragraphs == test.paragraphs)
    }

    @Test("a selector that matches nothing throws, naming the selector",
          arguments: ["div.missing", "#nowhere", "article > table", "//aside"])
    func matchesNothing(_ selector: String) {
        #expect(throws: ExtractionError.selectorMatchedNothing(selector)) {
            try MainTextExtractor.extract(html: Self.statementsPage, url: nil, selector: selector)
        }
    }

    @Test("without a selector the whole page is scored as usual")
    func noSelector() throws {
        let page = try MainTextExtractor.extract(html: Self.statementsPage, url: nil, selector: nil)
        #expect(page.text.contains("new rail timetable"))
        #expect(!page.text.contains("Advertisement"))
    }
}
