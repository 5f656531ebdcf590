import Testing
@testable import Feeds

struct ItemIDTests {
    @Test("RSS: guid, else link, else a stable hash")
    func rssFallbacks() throws {
        let xml = """
            <rss version="2.0"><channel>
            <item><guid>g-1</guid><link>https://x.example/1</link><title>A</title></item>
            <item><link>https://x.example/2</link><title>B</title></item>
            <item><title>C</title><description>Only text</description></item>
            </channel></rss>
            """
        let items = try FeedParser.parse(xml, url: nil).items
        #expect(items[0].id == "g-1")
        #expect(items[1].id == "https://x.example/2")
        #expect(items[2].id == StableHash.fnv1a64(["C", "Only text", nil]))
        #expect(items[2].id.count == 16)
        // Stable across parses (and processes: FNV-1a has no seed).
        #expect(try FeedParser.parse(xml, url: nil).items[2].id == items[2].id)
    }

    @Test("Atom: id, else the alternate link, else a hash")
    func atomFallbacks() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
            <entry><id> urn:uuid:1 </id><title>A</title></entry>
            <entry><link rel="alternate" href="https://x.example/b"/><title>B</title></entry>
            <entry><title>C</title></entry>
            </feed>
            """
        let items = try FeedParser.parse(xml, url: nil).items
        #expect(items.map(\.id) == ["urn:uuid:1", "https://x.example/b", StableHash.fnv1a64(["C", nil, nil])])
    }

    @Test("JSON Feed: id, else url, else a hash")
    func jsonFallbacks() throws {
        let json = #"{"version":"https://jsonfeed.org/version/1","items":[{"id":"a"},{"url":"https://x.example/b"},{"title":"C"}]}"#
        let items = try FeedParser.parse(json, url: nil).items
        #expect(items.map(\.id) == ["a", "https://x.example/b", StableHash.fnv1a64(["C", nil, nil])])
    }

    @Test("the hash separates its parts")
    func hashSeparatesParts() {
        #expect(StableHash.fnv1a64(["ab", "c"]) != StableHash.fnv1a64(["a", "bc"]))
        // FNV-1a 64 of the empty string is its offset basis.
        #expect(StableHash.fnv1a64([""]) == "cbf29ce484222325")
    }
}
