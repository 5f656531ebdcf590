import Foundation
import Testing
@testable import Feeds

struct FormatParsingTests {
    static func date(_ iso: String) -> Date {
        FeedDateParserTests.instant(iso)
    }

    @Test("RSS 0.91 with HTML entities from the Netscape DTD")
    func rss091() throws {
        let feed = try FeedParser.parse(Fixtures.rss091, url: "http://example.org/rss.xml")
        #expect(feed.format == .rss09)
        #expect(feed.malformed == nil)
        #expect(feed.title == "Café Notes — Daily")
        #expect(feed.link == "http://example.org/")
        #expect(feed.items.count == 2)
        let first = try #require(feed.items.first)
        #expect(first.title == "Crème brûlée & more")
        #expect(first.summary == "Sugar – caramelised …")
        #expect(first.link == "http://example.org/items/1")
        // No guid: the link is the id.
        #expect(first.id == "http://example.org/items/1")
    }

    @Test("RSS 1.0: dc:date is the published date, content:encoded the content")
    func rss10() throws {
        let feed = try FeedParser.parse(Fixtures.rss10, url: nil)
        #expect(feed.format == .rss1)
        #expect(feed.title == "RDF Site")
        #expect(feed.link == "http://example.org/")
        #expect(feed.items.count == 2)
        let first = try #require(feed.items.first)
        #expect(first.title == "First & foremost")
        #expect(first.link == "http://example.org/a")
        #expect(first.id == "http://example.org/a")
        #expect(first.published == Self.date("2024-01-05T09:00:00Z"))
        #expect(first.updated == nil)
        #expect(first.summary == "Short")
        #expect(first.content == "<p>Long <b>form</b></p>")
    }

    @Test("RSS 2.0: content:encoded, guid and isPermaLink, relative links, ttl")
    func rss20() throws {
        let feed = try FeedParser.parse(Fixtures.rss20, url: "https://news.example.com/feed.xml")
        #expect(feed.format == .rss2)
        #expect(feed.title == "World – News")
        #expect(feed.link == "https://news.example.com/")
        #expect(feed.ttlMinutes == 15)
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.id == "news-1")
        #expect(first.title == "Troops & talks")
        #expect(first.link == "https://news.example.com/world/1")
        #expect(first.published == Self.date("2024-01-05T10:00:00Z"))
        #expect(first.summary == "<p>Summary one</p>")
        #expect(first.content == "<p>Full <em>story</em> one</p>")
        let second = feed.items[1]
        // A guid that is a permalink is both the id and, lacking <link>, the link.
        #expect(second.id == "https://news.example.com/world/2")
        #expect(second.link == "https://news.example.com/world/2")
        #expect(second.published == Self.date("2024-01-06T07:30:00Z"))
    }

    @Test("RSS: a guid marked isPermaLink=false is never used as the link")
    func guidNotPermalink() throws {
        let xml = """
            <rss version="2.0"><channel><item><guid isPermaLink="false">https://x.example/1</guid>\
            <title>t</title></item></channel></rss>
            """
        let item = try #require(try FeedParser.parse(xml, url: nil).items.first)
        #expect(item.id == "https://x.example/1")
        #expect(item.link == nil)
    }

    @Test("RSS titles: HTML tags stripped, entities decoded, other angle brackets kept")
    func rssTitleAsPlainText() throws {
        let xml = """
            <rss version="2.0"><channel><item><title>The &lt;b&gt;new&lt;/b&gt; &lt;vector&gt; \
            header &amp;amp; more&#8230;</title></item></channel></rss>
            """
        #expect(try FeedParser.parse(xml, url: nil).items.first?.title == "The new <vector> header & more…")
    }

    @Test("RSS: a description written as inline markup is serialised as HTML")
    func rssInlineMarkup() throws {
        let xml = """
            <rss version="2.0"><channel><item><title>t</title>\
            <description><p>Hello <b>world</b> &amp; <br/>co</p></description></item></channel></rss>
            """
        #expect(try FeedParser.parse(xml, url: nil).items.first?.summary == "<p>Hello <b>world</b> &amp; <br />co</p>")
    }

    @Test("RSS: the channel link falls back to atom:link rel=alternate")
    func channelAtomAlternate() throws {
        let xml = """
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
            <atom:link rel="self" href="https://x.example/feed"/>
            <atom:link rel="alternate" href="https://x.example/"/></channel></rss>
            """
        #expect(try FeedParser.parse(xml, url: nil).link == "https://x.example/")
    }

    @Test("Atom: xml:base inherited down the tree, alternate links, xhtml content and titles")
    func atom() throws {
        let feed = try FeedParser.parse(Fixtures.atom, url: "https://ignored.example.com/feed")
        #expect(feed.format == .atom)
        #expect(feed.title == "Notes from the field")
        #expect(feed.link == "https://blog.example.net/")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.id == "tag:blog.example.net,2024:1")
        #expect(first.title == "An xhtml title")
        #expect(first.link == "https://blog.example.net/posts/2024/first.html")
        #expect(first.published == Self.date("2024-01-05T09:00:00Z"))
        #expect(first.updated == Self.date("2024-01-06T12:00:00Z"))
        #expect(first.summary == "Plain summary")
        #expect(first.content == #"<p>Hello <a href="x.html">world</a> &amp; co</p>"#)
        let second = feed.items[1]
        #expect(second.link == "https://elsewhere.example.org/2")
        #expect(second.content == "<p>Escaped &amp; HTML</p>")
        #expect(second.published == nil)
    }

    @Test("Atom: relative links resolve against the feed URL when there is no xml:base")
    func atomRelativeToFeedURL() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="/blog/"/>
            <entry><id>1</id><title>E</title><link href="post-1"/></entry></feed>
            """
        let feed = try FeedParser.parse(xml, url: "https://site.example/blog/feed.xml")
        #expect(feed.link == "https://site.example/blog/")
        #expect(feed.items.first?.link == "https://site.example/blog/post-1")
    }

    @Test("Atom: without an alternate link, a related one is better than self or enclosure")
    func atomLinkPreference() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://x.example/feed"/>
            <entry><id>1</id><link rel="enclosure" href="https://x.example/a.mp3"/>
            <link rel="related" href="https://x.example/story"/></entry>
            <entry><id>2</id><link rel="related" href="https://x.example/r"/><link href="https://x.example/2"/></entry>
            </feed>
            """
        let feed = try FeedParser.parse(xml, url: nil)
        #expect(feed.link == nil)
        #expect(feed.items.map(\.link) == ["https://x.example/story", "https://x.example/2"])
    }

    @Test("Atom 0.3: issued, modified, escaped and base64 modes")
    func atom03() throws {
        let feed = try FeedParser.parse(Fixtures.atom03, url: nil)
        #expect(feed.format == .atom)
        #expect(feed.title == "Old Atom")
        #expect(feed.link == "http://old.example.org/")
        let item = try #require(feed.items.first)
        #expect(item.published == Self.date("2004-01-01T12:00:00Z"))
        #expect(item.updated == Self.date("2004-01-02T12:00:00Z"))
        #expect(item.content == "<p>Old</p>")
        #expect(item.summary == "Summary")
    }

    @Test("Atom Entry Document: a feed of one item")
    func atomEntryDocument() throws {
        let xml = #"<entry xmlns="http://www.w3.org/2005/Atom"><id>e1</id><title>Only</title></entry>"#
        let feed = try FeedParser.parse(xml, url: nil)
        #expect(feed.format == .atom)
        #expect(feed.items.map(\.id) == ["e1"])
    }

    @Test("JSON Feed: content_html over content_text, external_url, numeric ids")
    func jsonFeed() throws {
        let feed = try FeedParser.parse(Fixtures.jsonFeed, url: nil)
        #expect(feed.format == .json)
        #expect(feed.title == "JSON – Feed")
        #expect(feed.link == "https://json.example.com/")
        #expect(feed.items.count == 3)
        let first = feed.items[0]
        #expect(first.id == "1")
        #expect(first.link == "https://json.example.com/1")
        #expect(first.summary == "Sum")
        #expect(first.content == "<p>Hello</p>")
        #expect(first.published == Self.date("2024-01-05T10:00:00Z"))
        #expect(first.updated == Self.date("2024-01-06T08:00:00Z"))
        let second = feed.items[1]
        #expect(second.id == "2")
        #expect(second.link == "https://json.example.com/two")
        #expect(second.content == "Text only")
    }

    @Test("JSON Feed with the common \"version\": \"1.0\"")
    func jsonFeedLooseVersion() throws {
        let feed = try FeedParser.parse(#"{"version":"1.0","title":"T","items":[{"id":"a"},{"id":1},{"id":0}]}"#, url: nil)
        #expect(feed.items.map(\.id) == ["a", "1", "0"])
    }
}
