import Foundation
import Testing
@testable import Extraction

@Suite("Page metadata")
struct MetadataTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var html: String
        var expected: String?
    }

    private static func page(head: String = "", body: String = "") -> String {
        "<!DOCTYPE html><html><head>\(head)</head><body>\(body)<article><p>Some article text that is long enough to be the body of the page, with a comma.</p></article></body></html>"
    }

    static let titlesCases: [Case] = [
        Case(testDescription: "og:title wins over <title>",
             html: page(head: #"<title>Storm hits coast | The Daily Planet</title><meta property="og:title" content="Storm hits the coast overnight">"#),
             expected: "Storm hits the coast overnight"),
        Case(testDescription: "og:title loses the site name it repeats",
             html: page(head: #"<meta property="og:site_name" content="The Daily Planet"><meta property="og:title" content="Storm hits coast | The Daily Planet">"#),
             expected: "Storm hits coast"),
        Case(testDescription: "JSON-LD headline",
             html: page(head: #"<title>x | y</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor resigns after audit"}</script>"#),
             expected: "Mayor resigns after audit"),
        Case(testDescription: "<h1> when the head says nothing better",
             html: page(head: "<title>Daily Planet</title>", body: "<h1>Bridge reopens after <em>six</em> months</h1>"),
             expected: "Bridge reopens after six months"),
        Case(testDescription: "<title> minus \" | Site\"",
             html: page(head: "<title>Storm hits coast | The Daily Planet</title>"), expected: "Storm hits coast"),
        Case(testDescription: "<title> minus \" - Site\"",
             html: page(head: "<title>Storm hits the coast - Daily Planet</title>"), expected: "Storm hits the coast"),
        Case(testDescription: "<title> minus a leading site name",
             html: page(head: #"<meta property="og:site_name" content="Daily Planet"><title>Daily Planet | Storm hits the northern coast overnight</title>"#),
             expected: "Storm hits the northern coast overnight"),
        Case(testDescription: "a dash inside the headline stays",
             html: page(head: "<title>Mother – daughter rivalry drives the new season of the show</title>"),
             expected: "Mother – daughter rivalry drives the new season of the show"),
        Case(testDescription: "entities decoded", html: page(head: "<title>Q&amp;A: why prices rose</title>"),
             expected: "Q&A: why prices rose"),
        Case(testDescription: "no title at all", html: page(), expected: nil),
    ]

    @Test("title", arguments: titlesCases)
    func title(_ test: Case) throws {
        #expect(try MainTextExtractor.extract(html: test.html, url: nil).title == test.expected)
    }

    static let publishedCases: [Case] = [
        Case(testDescription: "JSON-LD datePublished with an offset",
             html: page(head: #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04T09:30:00+01:00"}</script>"#),
             expected: "2024-03-04T08:30:00Z"),
        Case(testDescription: "JSON-LD inside @graph",
             html: page(head: #"<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["Article","NewsArticle"],"datePublished":"2024-03-04T09:30:00Z"}]}</script>"#),
             expected: "2024-03-04T09:30:00Z"),
        Case(testDescription: "JSON-LD with a trailing comma and a raw line break",
             html: page(head: "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"description\":\"two\nlines\",\"datePublished\":\"2024-03-04\",}</script>"),
             expected: "2024-03-04T00:00:00Z"),
        Case(testDescription: "article:published_time",
             html: page(head: #"<meta property="article:published_time" content="2024-03-04T09:30:00.000Z">"#),
             expected: "2024-03-04T09:30:00Z"),
        Case(testDescription: "itemprop=datePublished",
             html: page(body: #"<meta itemprop="datePublished" content="2024-03-04T09:30:00-05:00">"#),
             expected: "2024-03-04T14:30:00Z"),
        Case(testDescription: "<time pubdate> over an earlier <time>",
             html: page(body: #"<time datetime="2024-01-01T00:00:00Z">Jan 1</time><time pubdate datetime="2024-03-04T09:30:00Z">March 4</time>"#),
             expected: "2024-03-04T09:30:00Z"),
        Case(testDescription: "an 'Updated' <time> is not the publication date",
             html: page(body: #"<p class="meta">Updated <time datetime="2024-03-05T10:00:00Z">March 5</time></p><time datetime="2024-03-04T09:30:00Z">March 4</time>"#),
             expected: "2024-03-04T09:30:00Z"),
        Case(testDescription: "a visible dateline",
             html: page(body: #"<div class="publish-date">Published March 4, 2024 at 9:30 a.m. EST</div>"#),
             expected: "2024-03-04T14:30:00Z"),
        Case(testDescription: "live blog coverage start",
             html: page(head: #"<script type="application/ld+json">{"@type":"LiveBlogPosting","coverageStartTime":"2024-03-04T06:00:00Z"}</script>"#),
             expected: "2024-03-04T06:00:00Z"),
        Case(testDescription: "nothing dated", html: page(), expected: nil),
    ]

    @Test("published", arguments: publishedCases)
    func published(_ test: Case) throws {
        let date = try MainTextExtractor.extract(html: test.html, url: nil).published
        #expect(date.map(Self.iso) == test.expected)
    }

    static let modifiedCases: [Case] = [
        Case(testDescription: "JSON-LD dateModified",
             html: page(head: #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04T09:30:00Z","dateModified":"2024-03-05T11:00:00Z"}</script>"#),
             expected: "2024-03-05T11:00:00Z"),
        Case(testDescription: "article:modified_time",
             html: page(head: #"<meta property="article:modified_time" content="2024-03-05T11:00:00+00:00">"#),
             expected: "2024-03-05T11:00:00Z"),
        Case(testDescription: "a <time> marked as an update",
             html: page(body: #"<span class="updated">Updated <time datetime="2024-03-05T11:00:00Z">March 5</time></span>"#),
             expected: "2024-03-05T11:00:00Z"),
        Case(testDescription: "never modified", html: page(), expected: nil),
    ]

    @Test("modified", arguments: modifiedCases)
    func modified(_ test: Case) throws {
        let date = try MainTextExtractor.extract(html: test.html, url: nil).modified
        #expect(date.map(Self.iso) == test.expected)
    }

    static let bylinesCases: [Case] = [
        Case(testDescription: "JSON-LD authors",
             html: page(head: #"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Ben Okoro"}]}</script>"#),
             expected: "Ana Ruiz, Ben Okoro"),
        Case(testDescription: "meta author", html: page(head: #"<meta name="author" content="Ana Ruiz">"#), expected: "Ana Ruiz"),
        Case(testDescription: "a profile URL is not a name",
             html: page(head: #"<meta name="author" content="https://social.example/anaruiz">"#), expected: nil),
        Case(testDescription: "visible byline without 'By' and the date after it",
             html: page(body: #"<p class="byline">By Ana Ruiz | March 4, 2024</p>"#), expected: "Ana Ruiz"),
        Case(testDescription: "rel=author link", html: page(body: #"<a rel="author" href="/ana">Ana Ruiz</a>"#),
             expected: "Ana Ruiz"),
    ]

    @Test("byline", arguments: bylinesCases)
    func byline(_ test: Case) throws {
        #expect(try MainTextExtractor.extract(html: test.html, url: nil).byline == test.expected)
    }

    struct URLCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var html: String
        var url: String?
        var expected: String?
    }

    static let canonicalsCases: [URLCase] = [
        URLCase(testDescription: "absolute canonical link",
                html: page(head: #"<link rel="canonical" href="https://news.example/a/1">"#), url: nil,
                expected: "https://news.example/a/1"),
        URLCase(testDescription: "relative canonical resolved against the page URL",
                html: page(head: #"<link rel="canonical" href="/a/1?amp=0">"#), url: "https://news.example/amp/a/1",
                expected: "https://news.example/a/1?amp=0"),
        URLCase(testDescription: "og:url when there is no canonical link",
                html: page(head: #"<meta property="og:url" content="https://news.example/a/2">"#), url: nil,
                expected: "https://news.example/a/2"),
        URLCase(testDescription: "none", html: page(), url: "https://news.example/x", expected: nil),
    ]

    @Test("canonical URL", arguments: canonicalsCases)
    func canonical(_ test: URLCase) throws {
        #expect(try MainTextExtractor.extract(html: test.html, url: test.url).canonicalURL == test.expected)
    }

    static let languagesCases: [Case] = [
        Case(testDescription: "<html lang>", html: #"<html lang="pt-BR"><body><p>Texto.</p></body></html>"#, expected: "pt-BR"),
        Case(testDescription: "og:locale with an underscore",
             html: page(head: #"<meta property="og:locale" content="en_GB">"#), expected: "en-GB"),
        Case(testDescription: "Content-Language",
             html: page(head: #"<meta http-equiv="Content-Language" content="de">"#), expected: "de"),
        Case(testDescription: "JSON-LD inLanguage",
             html: page(head: #"<script type="application/ld+json">{"@type":"Article","inLanguage":"fr"}</script>"#),
             expected: "fr"),
        Case(testDescription: "unknown", html: page(), expected: nil),
    ]

    @Test("language", arguments: languagesCases)
    func language(_ test: Case) throws {
        #expect(try MainTextExtractor.extract(html: test.html, url: nil).language == test.expected)
    }

    @Test("the fixture pages' metadata")
    func fixtureMetadata() throws {
        let wire = try MainTextExtractor.extract(html: WireStoryPage.html, url: "https://northwire.example/amp/2031")
        #expect(wire.title == "Norwegian ferry operator halts night crossings after engine fire")
        #expect(wire.published.map(Self.iso) == "2024-03-03T07:42:00Z")
        #expect(wire.modified.map(Self.iso) == "2024-03-03T09:15:00Z")
        #expect(wire.byline == "Ingrid Solheim")
        #expect(wire.canonicalURL == "https://northwire.example/world/europe/ferry-operator-halts-night-crossings-2031")
        #expect(wire.language == "en-GB")

        let live = try MainTextExtractor.extract(html: LiveBlogPage.html, url: nil)
        #expect(live.title == "Storm Aldous makes landfall: live updates")
        #expect(live.published.map(Self.iso) == "2024-10-14T09:00:00Z")
        #expect(live.modified.map(Self.iso) == "2024-10-14T20:20:00Z")

        let broken = try MainTextExtractor.extract(html: BrokenMarkupPage.html, url: nil)
        #expect(broken.title == "Harbour museum reopens after two-year refit")
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
