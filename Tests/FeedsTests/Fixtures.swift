/// Feed documents written for these tests.
enum Fixtures {
    /// RSS 0.91 relying on the Netscape DTD for HTML entities, with a ttl-less channel.
    static let rss091 = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91">
          <channel>
            <title>Caf&eacute; Notes &mdash; Daily</title>
            <link>http://example.org/</link>
            <description>Notes&nbsp;from the caf&eacute;</description>
            <language>fr</language>
            <item>
              <title>Cr&egrave;me br&ucirc;l&eacute;e &amp; more</title>
              <link>http://example.org/items/1</link>
              <description>Sugar &ndash; caramelised &hellip;</description>
            </item>
            <item>
              <title>Second</title>
              <link>http://example.org/items/2</link>
            </item>
          </channel>
        </rss>
        """

    /// RSS 1.0 with Dublin Core dates and content:encoded.
    static let rss10 = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel rdf:about="http://example.org/rss">
            <title>RDF Site</title>
            <link>http://example.org/</link>
            <description>An RSS 1.0 feed</description>
            <items><rdf:Seq><rdf:li rdf:resource="http://example.org/a"/></rdf:Seq></items>
          </channel>
          <item rdf:about="http://example.org/a">
            <title>First &amp; foremost</title>
            <link>http://example.org/a</link>
            <description>Short</description>
            <content:encoded><![CDATA[<p>Long <b>form</b></p>]]></content:encoded>
            <dc:date>2024-01-05T10:00:00+01:00</dc:date>
          </item>
          <item rdf:about="http://example.org/b">
            <title>Second</title>
            <link>http://example.org/b</link>
          </item>
        </rdf:RDF>
        """

    /// RSS 2.0: content:encoded, guid with and without isPermaLink, relative links, ttl.
    static let rss20 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>World &#8211; News</title>
            <link>https://news.example.com/</link>
            <atom:link href="https://news.example.com/feed.xml" rel="self" type="application/rss+xml"/>
            <description>News</description>
            <ttl>15</ttl>
            <item>
              <title><![CDATA[Troops &amp; talks]]></title>
              <link>/world/1</link>
              <guid isPermaLink="false">news-1</guid>
              <pubDate>Fri, 05 Jan 2024 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Summary one&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>Full <em>story</em> one</p>]]></content:encoded>
            </item>
            <item>
              <title>Permalink only</title>
              <guid>https://news.example.com/world/2</guid>
              <pubDate>Sat, 06 Jan 2024 08:30:00 +0100</pubDate>
            </item>
          </channel>
        </rss>
        """

    /// Atom 1.0 with inherited xml:base, relative links, xhtml content and an html title.
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.net/">
          <title type="html">Notes &lt;em&gt;from&lt;/em&gt; the field</title>
          <link rel="self" href="/feed.atom"/>
          <link rel="alternate" type="text/html" href="/"/>
          <id>tag:blog.example.net,2024:feed</id>
          <updated>2024-01-06T12:00:00Z</updated>
          <entry xml:base="posts/2024/">
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>xhtml</b> title</div></title>
            <link rel="edit" href="/edit/1"/>
            <link rel="alternate" href="first.html"/>
            <id>tag:blog.example.net,2024:1</id>
            <published>2024-01-05T10:00:00+01:00</published>
            <updated>2024-01-06T12:00:00Z</updated>
            <summary>Plain summary</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <a href="x.html">world</a> &amp; co</p></div></content>
          </entry>
          <entry>
            <title>Second entry</title>
            <link href="https://elsewhere.example.org/2"/>
            <id>tag:blog.example.net,2024:2</id>
            <updated>2024-01-07T00:00:00Z</updated>
            <content type="html">&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;</content>
          </entry>
        </feed>
        """

    /// Atom 0.3.
    static let atom03 = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Old Atom</title>
          <link rel="alternate" type="text/html" href="http://old.example.org/"/>
          <modified>2004-01-02T00:00:00Z</modified>
          <entry>
            <title>Entry</title>
            <link rel="alternate" type="text/html" href="http://old.example.org/1"/>
            <id>tag:old.example.org,2004:1</id>
            <issued>2004-01-01T12:00:00Z</issued>
            <modified>2004-01-02T12:00:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;Old&lt;/p&gt;</content>
            <summary type="text/plain" mode="base64">U3VtbWFyeQ==</summary>
          </entry>
        </feed>
        """

    /// JSON Feed 1.1.
    static let jsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "JSON &#8211; Feed",
          "home_page_url": "https://json.example.com/",
          "feed_url": "https://json.example.com/feed.json",
          "items": [
            {
              "id": "1",
              "url": "https://json.example.com/1",
              "title": "First",
              "summary": "Sum",
              "content_html": "<p>Hello</p>",
              "content_text": "Hello",
              "date_published": "2024-01-05T10:00:00Z",
              "date_modified": "2024-01-06T10:00:00+02:00"
            },
            { "id": 2, "external_url": "/two", "content_text": "Text only" },
            { "content_text": "No id, no url" }
          ]
        }
        """
}
