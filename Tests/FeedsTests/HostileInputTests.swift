import Foundation
import Testing
@testable import Feeds

struct HostileInputTests {
    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>&lol9;</title>
        <item><title>&lol9;</title><description>&lol9;</description><link>https://x.example/&lol9;</link></item>
        </channel></rss>
        """

    @Test("billion laughs finishes quickly with bounded text or an error", .timeLimit(.minutes(1)))
    func billionLaughs() {
        let start = Date()
        do {
            let feed = try FeedParser.parse(Self.billionLaughs, url: nil)
            let total = feed.items.reduce(feed.title?.utf8.count ?? 0) {
                $0 + ($1.title?.utf8.count ?? 0) + ($1.summary?.utf8.count ?? 0) + ($1.link?.utf8.count ?? 0)
            }
            #expect(total <= 2 << 20)
        } catch {
            // An error is an acceptable answer too; the point is that it comes back.
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("quadratic blow-up is cut by the expansion budget", .timeLimit(.minutes(1)))
    func quadraticBlowup() throws {
        let big = String(repeating: "x", count: 50_000)
        let refs = String(repeating: "&big;", count: 20_000)
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "\(big)">]>
            <rss version="2.0"><channel><item><title>t</title><description>\(refs)</description></item></channel></rss>
            """
        let start = Date()
        let feed = try FeedParser.parse(xml, url: nil)
        #expect((feed.items.first?.summary?.utf8.count ?? 0) <= 2 << 20)
        #expect(feed.malformed?.contains("entity expansion") == true)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("internal entities are expanded")
    func internalEntities() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY org "Example &amp; Co"><!ENTITY eacute "E">]>
            <rss version="2.0"><channel><title>&org; caf&eacute;</title>
            <item><title>&org;</title><link>https://x.example/&org;</link></item></channel></rss>
            """
        let feed = try FeedParser.parse(xml, url: nil)
        #expect(feed.malformed == nil)
        // A declared entity wins over the HTML name.
        #expect(feed.title == "Example & Co cafE")
        #expect(feed.items.first?.title == "Example & Co")
    }

    static let externalEntities = [
        """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title>
        <item><title>a &xxe;</title><description>&xxe;</description><guid>&xxe;</guid></item></channel></rss>
        """,
        """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % xxe SYSTEM "file:///etc/passwd"> %xxe;]>
        <rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>
        """,
        """
        <?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd">
        <rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>
        """,
        """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>
        <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>
        """,
    ]

    @Test("external entities are never read", arguments: externalEntities)
    func externalEntity(_ xml: String) throws {
        let feed = try FeedParser.parse(xml, url: nil)
        let everything = ([feed.title, feed.link] + feed.items.flatMap {
            [$0.id, $0.title, $0.link, $0.summary, $0.content]
        }).compactMap { $0 }.joined(separator: "\n")
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("/bin/"))
        #expect(feed.items.count == 1)
    }

    static let truncated = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Cut</title>
        <item><title>One</title><guid>1</guid></item>
        <item><title>Two</title><guid>2</guid></item>
        <item><title>Thr
        """

    @Test("a truncated document keeps the complete items and says where it broke")
    func truncatedDocument() throws {
        let feed = try FeedParser.parse(Self.truncated, url: nil)
        #expect(feed.items.map(\.id) == ["1", "2"])
        let malformed = try #require(feed.malformed)
        #expect(malformed.hasPrefix("line "))
        #expect(feed.title == "Cut")
    }

    @Test("items after the first error are not trusted")
    func itemsAfterError() throws {
        let xml = """
            <rss version="2.0"><channel>
            <item><title>One</title><guid>1</guid></item>
            <item><title>Two & broken</title><guid>2</guid></item>
            <item><title>Three</title><guid>3</guid></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(xml, url: nil)
        #expect(feed.items.map(\.id) == ["1"])
        #expect(feed.malformed?.hasPrefix("line 3:") == true)
    }

    @Test("a document broken before its first item throws malformed")
    func nothingRecovered() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse("<rss version=\"2.0\"><channel><title>x</ti", url: nil) }
        do {
            _ = try FeedParser.parse("<rss version=\"2.0\"><channel><title>x</ti", url: nil)
        } catch {
            guard case .malformed(let why) = error else {
                Issue.record("expected .malformed, got \(error)")
                return
            }
            #expect(why.hasPrefix("line 1:"))
        }
    }

    @Test("empty bodies", arguments: ["", "   \n\t ", "\u{FEFF}"])
    func empty(_ text: String) {
        #expect(throws: FeedParseError.empty) { try FeedParser.parse(text, url: nil) }
    }

    @Test("oversized bodies are refused before parsing")
    func tooLarge() {
        let text = String(repeating: "a", count: FeedParser.maximumSize + 1)
        #expect(throws: FeedParseError.tooLarge(FeedParser.maximumSize + 1)) { try FeedParser.parse(text, url: nil) }
    }

    static let notFeeds: [(String, String)] = [
        ("<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello<br></body></html>", "an HTML page"),
        ("<html><body><rss></rss></body></html>", "an HTML page"),
        ("<?xml version=\"1.0\"?><catalog><book/></catalog>", "an XML document whose root element is <catalog>"),
        ("{\"name\": \"not a feed\"}", "a JSON document without feed items"),
        ("[1, 2, 3]", "a JSON array"),
        ("just some text", "neither XML nor JSON"),
    ]

    @Test("documents that are not feeds", arguments: notFeeds)
    func notAFeed(_ text: String, _ what: String) {
        #expect(throws: FeedParseError.notAFeed(what)) { try FeedParser.parse(text, url: nil) }
    }

    @Test("parsers on many threads at once keep their errors apart", .timeLimit(.minutes(1)))
    func concurrentParsing() async throws {
        let documents = [Fixtures.rss20, Self.truncated, Fixtures.atom, Fixtures.rss091, Self.billionLaughs]
        let expected = documents.map { try? FeedParser.parse($0, url: nil) }
        try await withThrowingTaskGroup(of: (Int, ParsedFeed?).self) { group in
            for round in 0..<200 {
                let index = round % documents.count
                let document = documents[index]
                group.addTask { (index, try? FeedParser.parse(document, url: nil)) }
            }
            for try await (index, feed) in group {
                #expect(feed == expected[index])
            }
        }
    }
}
