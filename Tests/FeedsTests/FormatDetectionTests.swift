import Testing
@testable import Feeds

struct FormatDetectionTests {
    static let documents: [(String, FeedFormat)] = [
        (Fixtures.rss20, .rss2),
        (Fixtures.rss091, .rss09),
        ("<rss><channel><title>no version</title></channel></rss>", .rss2),
        ("<rss version=\"0.92\"><channel><title>t</title></channel></rss>", .rss09),
        (Fixtures.rss10, .rss1),
        ("""
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
         <channel><title>t</title><link>http://x.example/</link></channel><item><title>a</title><link>http://x.example/a</link></item></rdf:RDF>
         """, .rss09),
        (Fixtures.atom, .atom),
        (Fixtures.atom03, .atom),
        (Fixtures.jsonFeed, .json),
        ("\u{FEFF}\n  " + Fixtures.rss20, .rss2),
    ]

    @Test("the format comes from the content, not the URL", arguments: documents)
    func detects(_ text: String, _ format: FeedFormat) throws {
        // The URL names another format on purpose.
        #expect(try FeedParser.parse(text, url: "https://x.example/feed.json").format == format)
        #expect(try FeedParser.parse(text, url: "https://x.example/atom.xml").format == format)
    }

    @Test("an ISO-8859-1 prolog does not make libxml2 re-decode the already decoded text")
    func encodingDeclarationIgnored() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Förderung €</title></channel></rss>"
        #expect(try FeedParser.parse(xml, url: nil).title == "Förderung €")
    }

    @Test("an undeclared namespace prefix still reads")
    func undeclaredPrefix() throws {
        let xml = """
            <rss version="2.0"><channel><atom:link rel="alternate" href="https://x.example/"/>
            <item><dc:date>2024-01-05T10:00:00Z</dc:date><title>t</title></item></channel></rss>
            """
        let feed = try FeedParser.parse(xml, url: nil)
        #expect(feed.malformed == nil)
        #expect(feed.link == "https://x.example/")
        #expect(feed.items.first?.published == FeedDateParserTests.instant("2024-01-05T10:00:00Z"))
    }
}
