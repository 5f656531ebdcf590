/// What a page template's naming (class, id, role, itemprop) says about an element.
///
/// Class and id are split into lower-case words at punctuation and camel-case humps
/// (`relatedArticles`, `ad-slot_2` → `related articles`, `ad slot 2`), so short words such as
/// "ad" or "nav" match only as words and never inside "header" or "canvas".
struct ClassHints {
    /// Names that mean article content: article, content, story, body, entry, post, text…
    var positive = false
    /// Names of reader comments, which can outweigh the article itself and are never kept.
    var comments = false
    /// Names of boxes that are never article text whatever their size: cookie and consent
    /// notices, newsletter sign-ups, share bars, ads, dialogs, recommendation widgets.
    var intrusive = false
    /// Names of ad slots (a subset of `intrusive`).
    var advertising = false
    /// Names of things that are not article text but that templates also use loosely: related
    /// links, bylines and author boxes, tags, promos, widgets.
    var boilerplate = false
    /// Names of page-layout parts that rarely hold article text: navigation, sidebars, headers,
    /// footers, meta lines.
    var layout = false

    var negative: Bool { comments || intrusive || boilerplate || layout }

    /// Readability's class weight: +25 for content names, −25 for boilerplate or layout names.
    var weight: Double { (positive ? 25 : 0) - (negative ? 25 : 0) }

    init(_ node: HTMLNode) {
        for attribute in node.attributes {
            switch attribute.name {
            case "class", "id":
                Self.forEachWord(in: attribute.value) { classify($0) }
            case "role":
                switch attribute.value.lowercased() {
                case "main", "article": positive = true
                case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
                     "toolbar", "tablist":
                    layout = true
                case "dialog", "alertdialog", "alert": intrusive = true
                default: break
                }
            case "itemprop":
                switch attribute.value {
                case "articleBody", "articlebody", "text", "reviewBody", "description": positive = true
                case "author", "creator", "publisher", "contributor": boilerplate = true
                default: break
                }
            default:
                continue
            }
        }
    }

    private mutating func classify(_ word: String) {
        if Self.positiveWords.contains(word) || Self.positivePrefixes.contains(where: word.hasPrefix) {
            positive = true
        }
        if Self.commentWords.contains(word) || word.hasPrefix("comments") || word.hasPrefix("commentlist") {
            comments = true
        } else if Self.advertisingWords.contains(word) || Self.advertisingPrefixes.contains(where: word.hasPrefix) {
            intrusive = true
            advertising = true
        } else if Self.intrusiveWords.contains(word) || Self.intrusivePrefixes.contains(where: word.hasPrefix) {
            intrusive = true
        } else if Self.boilerplateWords.contains(word) || Self.boilerplatePrefixes.contains(where: word.hasPrefix) {
            boilerplate = true
        } else if Self.layoutWords.contains(word) || Self.layoutPrefixes.contains(where: word.hasPrefix)
                    || Self.isAdCompound(word) {
            layout = true
        }
    }

    private static let positiveWords: Set<String> = [
        "article", "articles", "content", "contents", "story", "body", "entry", "post", "text", "main",
        "blog", "hentry", "prose", "richtext", "rte", "paragraph", "paragraphs",
    ]
    private static let positivePrefixes = ["article", "content", "story", "entry", "blog", "prose", "postbody",
                                           "postcontent", "posttext", "bodytext", "maintext", "textbody"]

    private static let commentWords: Set<String> = [
        "comment", "comments", "disqus", "replies", "commentbox", "commentform", "commentarea", "commentsection",
        "commentwrap", "commenting", "respond", "livefyre",
    ]

    private static let advertisingWords: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adsense",
        "adsbygoogle", "dfp", "sponsored", "sponsor", "zergnet", "revcontent", "mgid", "outbrain", "taboola",
    ]
    private static let advertisingPrefixes = [
        "advert", "googlead", "adslot", "adunit", "adwrap", "adcontainer", "adholder", "adzone", "adbox", "adblock",
        "sponsor", "outbrain", "taboola",
    ]

    private static let intrusiveWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe",
        "signup", "share", "shares", "sharing", "social", "popup", "modal", "donate",
        "recirc", "recirculation", "rollover", "hovercard",
        "popover", "tooltip",
    ]
    private static let intrusivePrefixes = [
        "sharebar", "sharing", "socialshare", "social", "cookie", "consent", "newsletter", "popup", "recirc",
    ]

    private static let boilerplateWords: Set<String> = [
        "promo", "promos", "promoted", "promotion", "related", "recommended", "trending", "popular", "mostread",
        "mostpopular", "breadcrumb", "breadcrumbs", "byline", "author", "authors", "tags", "tag", "widget",
        "widgets", "bio", "follow", "affiliate", "commerce", "shopping", "banner", "teaser", "teasers", "embed",
        "subscription",
    ]
    private static let boilerplatePrefixes = [
        "related", "recommend", "trending", "breadcrumb", "byline", "widget", "mostread", "mostpopular", "subscri",
    ]

    private static let layoutWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "sidebar", "rail", "footer", "header", "masthead",
        "meta", "aside", "extra", "supplemental", "pagination", "pager", "toolbar", "tools", "tool", "hidden",
        "hid", "print", "skip", "search", "login", "logo", "copyright", "legal", "date", "time", "timestamp",
        "credit", "credits", "contributor", "most", "more", "next", "prev", "previous", "rating", "ribbon",
        "ticker", "topbar", "bottom", "overlay", "dropdown", "lightbox", "alert", "notice",
        "caption", "icon", "icons", "btn", "button", "sr", "visually", "screen",
    ]
    private static let layoutPrefixes = ["navig", "sidebar", "footer", "masthead", "pagination", "toolbar"]

    /// "ad" glued to a size or a placement (ad300x250, adtop, adrail): a layout slot, which some
    /// templates also use for the column the article sits in.
    private static func isAdCompound(_ word: String) -> Bool {
        guard word.hasPrefix("ad"), word.count > 2 else { return false }
        let rest = word.dropFirst(2)
        if rest.first?.isNumber == true { return true }
        return ["top", "bottom", "left", "right", "slot", "unit", "box", "wrap", "wrapper", "container",
                "space", "label", "marker", "choices", "mid", "inline", "leaderboard", "rail", "sidebar"]
            .contains(String(rest))
    }

    /// Splits a class or id value into lower-case words at non-alphanumerics and camel-case humps.
    /// Works on UTF-8 bytes: template names are ASCII, and any other byte counts as a letter.
    static func forEachWord(in value: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        var previousWasLower = false
        func emit() {
            if !word.isEmpty { body(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            switch byte {
            case 0x41...0x5A:
                if previousWasLower { emit() }
                word.append(byte + 0x20)
                previousWasLower = false
            case 0x61...0x7A, 0x30...0x39, 0x80...:
                word.append(byte)
                previousWasLower = true
            default:
                emit()
                previousWasLower = false
            }
        }
        emit()
    }
}
