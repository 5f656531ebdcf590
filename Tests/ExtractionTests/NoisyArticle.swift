/// A news page put together from parts, so that tests can change only the parts that are noise
/// (timestamps, byline, ads, related links, cookie text, the order of the boilerplate) and check
/// that the extracted text does not move.
struct NoisyArticle {
    var published = "2024-02-12T08:00:00Z"
    var updated = "2024-02-12T08:00:00Z"
    var visibleUpdated = "Updated 8:00 a.m. GMT"
    var relativeTime = "5 minutes ago"
    var byline = "By Amaia Etxeberria"
    var topAd = "Spring sale: 30% off all garden furniture this weekend."
    var inlineAd = "Refinance today: rates from 3.9% APR. Call 0800 555 0199."
    var relatedLinks = ["Reservoir levels fall to a five-year low", "How the drought affects farmers"]
    var mostRead = ["Ten walks for a sunny weekend", "Bus timetable changes from Monday"]
    var cookieText = "We use cookies to personalise content and ads and to analyse our traffic."
    var boilerplateBeforeArticle = false
    var sidebarFirst = false

    /// The article text every variant must yield.
    static let paragraphs = [
        "Water restrictions will be extended to three more districts from Friday after the driest January on record, the regional water board said on Monday.",
        "Households in Arbel, Dunmore and Kilcraig will be asked not to use hoses or fill pools until at least the end of March.",
        "\u{201C}We are not in a crisis yet, but we are heading towards one,\u{201D} said board chair Nuala Devereux.",
        "The board said reservoirs were at 61% of capacity, against 84% a year ago.",
    ]

    var html: String {
        let related = relatedLinks.map { "<li><a href=\"/r\">\($0)</a></li>" }.joined()
        let popular = mostRead.map { "<li><a href=\"/p\">\($0)</a></li>" }.joined()
        let relatedBox = "<aside class=\"related\"><h2>Related</h2><ul>\(related)</ul></aside>"
        let popularBox = "<section class=\"most-read\"><h2>Most read</h2><ol>\(popular)</ol></section>"
        let sidebar = sidebarFirst ? popularBox + relatedBox : relatedBox + popularBox
        let promo = "<div class=\"promo-strip\"><a href=\"/apps\">Get our app</a></div>"
        let body = Self.paragraphs.map { "<p>\($0)</p>" }
        let article = """
            <article class="article">
            <h1>Water restrictions extended to three more districts</h1>
            <div class="article-meta"><span class="byline">\(byline)</span>
            <time datetime="\(published)">12 February 2024</time> <span class="updated">\(visibleUpdated)</span>
            <span class="ago">\(relativeTime)</span></div>
            <div class="article-body">
            \(body[0])
            \(body[1])
            <div class="ad ad-inline"><span>Advertisement</span><p>\(inlineAd)</p></div>
            \(body[2])
            \(body[3])
            </div>
            </article>
            """
        return """
            <!DOCTYPE html><html lang="en"><head><title>Water restrictions extended | Glenmoor Post</title>
            <meta property="article:modified_time" content="\(updated)">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Water restrictions extended",
            "datePublished":"\(published)","dateModified":"\(updated)"}</script></head>
            <body>
            <div class="cookie-banner"><p>\(cookieText)</p><button>OK</button></div>
            <div class="ad ad-top"><p>\(topAd)</p></div>
            <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <main>
            \(boilerplateBeforeArticle ? sidebar + promo + article : article + sidebar + promo)
            </main>
            <footer><p>© 2024 Glenmoor Post</p></footer>
            </body></html>
            """
    }
}
