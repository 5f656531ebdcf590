import Foundation

/// A page's title, dates, byline, canonical URL and language, read from its head, JSON-LD,
/// microdata and visible date and byline lines.
struct PageMetadata {
    var title: String?
    var published: Date?
    var modified: Date?
    var byline: String?
    var canonicalURL: String?
    var language: String?
    var siteName: String?
    var jsonLD: JSONLDArticle?

    /// Everything the page states, gathered in one walk; priorities are applied afterwards.
    private struct Evidence {
        var meta: [String: String] = [:]
        var canonical: String?
        var htmlLanguage: String?
        var documentTitle: String?
        var firstHeading: String?
        var microdataPublished: String?
        var microdataModified: String?
        /// A `<time>` marked as the publication time (pubdate, a "published" class).
        var timeMarkedPublished: String?
        var firstTime: String?
        var timeModified: String?
        var visibleDate: String?
        var visibleByline: String?
    }

    init(root: HTMLNode, jsonLD scripts: [String], url: String?) {
        var evidence = Evidence()
        Self.gather(root, into: &evidence, insideHead: false)
        let jsonLD = JSONLDArticle(scripts: scripts)
        self.jsonLD = jsonLD
        let meta = evidence.meta

        siteName = meta["og:site_name"] ?? jsonLD?.publisherName ?? meta["application-name"]

        if let og = meta["og:title"] ?? meta["twitter:title"] {
            title = TitleCleaner.clean(og, siteName: siteName, onlyKnownSite: true)
        } else if let headline = jsonLD?.headline {
            title = TextNormalizer.collapse(headline)
        } else if let heading = evidence.firstHeading {
            title = heading
        } else if let documentTitle = evidence.documentTitle {
            title = TitleCleaner.clean(documentTitle, siteName: siteName)
        }
        if title?.isEmpty == true { title = nil }

        let publishedCandidates: [String?] = [
            jsonLD?.datePublished, meta["article:published_time"], meta["og:article:published_time"],
            meta["og:published_time"], meta["datepublished"], meta["article.published"], meta["pubdate"],
            meta["publishdate"], meta["publish-date"], meta["publication_date"], meta["parsely-pub-date"],
            meta["sailthru.date"], meta["dc.date.issued"], meta["dcterms.issued"], meta["dc.date"],
            meta["dcterms.created"], meta["date"], evidence.microdataPublished, evidence.timeMarkedPublished, evidence.firstTime,
            evidence.visibleDate,
        ]
        published = publishedCandidates.lazy.compactMap { $0.flatMap(Self.date) }.first
        let modifiedCandidates: [String?] = [
            jsonLD?.dateModified, meta["article:modified_time"], meta["og:updated_time"], meta["datemodified"],
            meta["dcterms.modified"], meta["last-modified"], evidence.microdataModified, evidence.timeModified,
        ]
        modified = modifiedCandidates.lazy.compactMap { $0.flatMap(Self.date) }.first

        if let authors = jsonLD?.authors, !authors.isEmpty {
            var unique: [String] = []
            for author in authors where !unique.contains(author) { unique.append(author) }
            byline = unique.joined(separator: ", ")
        } else if let author = meta["author"] ?? meta["article:author"] ?? meta["parsely-author"], !author.hasPrefix("http") {
            byline = author
        } else if let visible = evidence.visibleByline {
            byline = Self.stripByPrefix(visible)
        }

        let canonical = evidence.canonical ?? meta["og:url"] ?? jsonLD?.url
        canonicalURL = canonical.flatMap { Self.resolve($0, against: url) }

        let language = evidence.htmlLanguage ?? meta["content-language"] ?? meta["og:locale"] ?? jsonLD?.language
        self.language = language.flatMap(Self.normalizeLanguage)
    }

    // MARK: Gathering

    private static func gather(_ node: HTMLNode, into evidence: inout Evidence, insideHead: Bool) {
        for child in node.children where child.isElement {
            switch child.name {
            case "html":
                if let lang = child.attribute("lang") ?? child.attribute("xml:lang") { evidence.htmlLanguage = lang }
            case "meta":
                readMeta(child, into: &evidence)
            case "link":
                if evidence.canonical == nil, let rel = child.attribute("rel")?.lowercased(),
                   rel.split(separator: " ").contains("canonical"), let href = child.attribute("href"), !href.isEmpty {
                    evidence.canonical = href.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            case "title":
                if evidence.documentTitle == nil { evidence.documentTitle = child.normalizedText }
            case "h1":
                if evidence.firstHeading == nil {
                    let text = child.normalizedText
                    if !text.isEmpty { evidence.firstHeading = text }
                }
            case "time":
                readTime(child, into: &evidence)
            default:
                break
            }
            if let itemprop = child.attribute("itemprop") {
                readMicrodata(child, itemprop: itemprop, into: &evidence)
            }
            if child.name != "meta", child.name != "script" {
                readVisibleLines(child, into: &evidence)
            }
            gather(child, into: &evidence, insideHead: insideHead || child.name == "head")
        }
    }

    private static func readMeta(_ node: HTMLNode, into evidence: inout Evidence) {
        guard let content = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
              !content.isEmpty else { return }
        for key in ["property", "name", "itemprop", "http-equiv"] {
            guard let name = node.attribute(key)?.lowercased(), !name.isEmpty else { continue }
            if evidence.meta[name] == nil { evidence.meta[name] = content }
        }
    }

    private static func readMicrodata(_ node: HTMLNode, itemprop: String, into evidence: inout Evidence) {
        let value = { node.attribute("content") ?? node.attribute("datetime") ?? node.normalizedText }
        switch itemprop {
        case "datePublished":
            if evidence.microdataPublished == nil { evidence.microdataPublished = value() }
        case "dateModified":
            if evidence.microdataModified == nil { evidence.microdataModified = value() }
        default:
            break
        }
    }

    private static func readTime(_ node: HTMLNode, into evidence: inout Evidence) {
        guard let datetime = node.attribute("datetime"), !datetime.isEmpty else { return }
        var context = node.classAndID
        if let parent = node.parent { context += " " + parent.classAndID }
        // "Updated <time>…": the words just before the element, within its parent.
        var leadIn = ""
        if let parent = node.parent, let index = parent.children.firstIndex(where: { $0 === node }) {
            for previous in parent.children[..<index].reversed() {
                if previous.isElement, HTMLTags.isBlock(previous.name) { break }
                let text = previous.isText ? previous.text : previous.normalizedText
                if text.allSatisfy(\.isWhitespace) { continue }
                leadIn = String(text.suffix(40))
                break
            }
        }
        let isUpdate = TextNormalizer.containsASCII(context, "updat") || TextNormalizer.containsASCII(context, "modif")
            || TextNormalizer.containsASCII(leadIn, "updated")
        if isUpdate {
            if evidence.timeModified == nil { evidence.timeModified = datetime }
        } else if node.hasAttribute("pubdate") || TextNormalizer.containsASCII(context, "publish") {
            if evidence.timeMarkedPublished == nil { evidence.timeMarkedPublished = datetime }
        } else if evidence.firstTime == nil {
            evidence.firstTime = datetime
        }
    }

    /// Visible date and byline lines, named by their template.
    private static func readVisibleLines(_ node: HTMLNode, into evidence: inout Evidence) {
        guard evidence.visibleDate == nil || evidence.visibleByline == nil else { return }
        let hints = node.classAndID
        if evidence.visibleDate == nil, ["date", "publish", "timestamp"].contains(where: { TextNormalizer.containsASCII(hints, $0) }) {
            let text = node.normalizedText
            if text.count <= 120, TextDateParser.parse(text) != nil { evidence.visibleDate = text }
        }
        if evidence.visibleByline == nil,
           TextNormalizer.containsASCII(hints, "byline") || TextNormalizer.containsASCII(hints, "author") || node.attribute("rel") == "author" {
            let text = node.normalizedText
            if !text.isEmpty, text.count <= 100 { evidence.visibleByline = text }
        }
    }

    // MARK: Values

    static func date(_ value: String) -> Date? {
        ISODateParser.parse(value) ?? TextDateParser.parse(value)
    }

    /// "By Jane Doe | March 3, 2024" → "Jane Doe": the names, without the lead-in or a date after them.
    private static func stripByPrefix(_ text: String) -> String {
        var names = text
        for separator in [" | ", " · ", " • ", " — ", " – ", " - ", "\n"] {
            if let range = names.range(of: separator) { names = String(names[..<range.lowerBound]) }
        }
        let lower = names.lowercased()
        for prefix in ["by:", "by ", "written by ", "words by "] where lower.hasPrefix(prefix) {
            return String(names.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return names.trimmingCharacters(in: .whitespaces)
    }

    private static func resolve(_ reference: String, against base: String?) -> String? {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let absolute = URL(string: trimmed), absolute.scheme != nil { return absolute.absoluteString }
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL) else {
            return trimmed
        }
        return resolved.absoluteString
    }

    /// "en_US" → "en-US"; a bare language code is kept as it is.
    private static func normalizeLanguage(_ value: String) -> String? {
        let first = value.split(separator: ",").first.map(String.init) ?? value
        let trimmed = first.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "-")
        return trimmed.isEmpty ? nil : trimmed
    }
}
