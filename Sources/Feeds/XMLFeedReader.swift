import CLibXML2
import Foundation

/// Reads a parsed XML document as RSS, RDF or Atom: dispatches on the root element and holds
/// what the format readers share (xml:base, links, text constructs, item ids).
struct XMLFeedReader {
    let document: FeedXMLDocument
    /// The outermost base for relative references.
    let feedURL: String?

    func read() throws(FeedParseError) -> ParsedFeed {
        guard let rootNode = document.root else {
            if let error = document.error { throw .malformed(Self.describe(error)) }
            throw .notAFeed("an XML document without a root element")
        }
        let root = XMLElement(rootNode)
        var feed: ParsedFeed
        switch root.localName.lowercased() {
        case "rss":
            feed = readRSS(root)
        case "rdf" where root.namespace == .rdf || root.namespace == .none:
            feed = readRDF(root)
        case "channel" where root.namespace.isRSS:
            // A channel without its <rss> wrapper: seen from old 0.9x generators.
            feed = readRSS(root)
        case "feed" where root.namespace.isAtomLike:
            feed = readAtomFeed(root)
        case "entry" where root.namespace.isAtomLike:
            feed = readAtomEntryDocument(root)
        case "html", "xhtml", "body":
            throw .notAFeed("an HTML page")
        default:
            throw .notAFeed("an XML document whose root element is <\(root.localName)>")
        }
        if let error = document.error {
            // Only what ended before the damage is trusted; with nothing of that, the document
            // is reported as broken rather than as an empty feed.
            guard !feed.items.isEmpty else { throw .malformed(Self.describe(error)) }
            feed.malformed = Self.describe(error)
        } else if document.expansionTruncated {
            // Well-formed, but built to blow up (a quadratic entity bomb): say so, since the
            // text that was read is incomplete.
            feed.malformed = "entity expansion exceeded its budget; text was cut short"
        }
        return feed
    }

    static func describe(_ error: FeedXMLDocument.ParseError) -> String {
        "line \(error.line): \(error.message)"
    }

    // MARK: Shared helpers

    /// The base URL in effect inside `element`: its xml:base resolved against the inherited one.
    func base(of element: XMLElement, inherited: String?) -> String? {
        guard let xmlBase = document.attribute(element, "base", in: .xml) else { return inherited }
        let trimmed = xmlBase.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return inherited }
        return FeedURL.resolve(trimmed, against: inherited)
    }

    /// The element's text, trimmed; nil when blank.
    func trimmedText(_ element: XMLElement) -> String? {
        nonBlank(document.text(element).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The element's content as given (HTML), nil when blank.
    func contentText(_ element: XMLElement) -> String? {
        nonBlank(document.content(element))
    }

    func date(_ element: XMLElement) -> Date? {
        guard let text = trimmedText(element) else { return nil }
        return FeedDateParser.parse(text)
    }

    /// The href of an Atom-style `<link>` if it points at an alternate (HTML) version: `rel`
    /// absent or `alternate`. Resolved against the link's own base.
    func alternateHref(_ link: XMLElement, base inherited: String?) -> String? {
        let rel = document.attribute(link, "rel")?.trimmingCharacters(in: .whitespaces).lowercased()
        guard rel == nil || rel == "" || rel == "alternate",
              let href = document.attribute(link, "href").flatMap(nonBlank) else { return nil }
        return FeedURL.resolve(href, against: base(of: link, inherited: inherited))
    }

    /// The href of a `<link>` that is not an alternate but may still lead to the item's page
    /// (`related`, `via`, an extension rel): the fallback when there is no alternate.
    func secondaryHref(_ link: XMLElement, base inherited: String?) -> String? {
        let rel = document.attribute(link, "rel")?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard !Self.nonPageRelations.contains(rel),
              let href = document.attribute(link, "href").flatMap(nonBlank) else { return nil }
        return FeedURL.resolve(href, against: base(of: link, inherited: inherited))
    }

    /// Link relations that never point at the item's own page.
    private static let nonPageRelations: Set<String> = [
        "self", "edit", "edit-media", "enclosure", "hub", "license", "next", "previous", "prev",
        "first", "last", "payment", "replies", "service.edit", "service.post", "service.feed",
    ]

    /// An Atom text construct (title, summary, content, rights…) as given: HTML for
    /// `type="html"`, serialised markup for `xhtml` (the wrapping div left out) and other XML
    /// types, the text otherwise. Atom 0.3's `mode` (xml, escaped, base64) is honoured.
    func textConstruct(_ element: XMLElement) -> (value: String, isMarkup: Bool)? {
        let type = document.attribute(element, "type")?.trimmingCharacters(in: .whitespaces).lowercased()
        let mode = document.attribute(element, "mode")?.trimmingCharacters(in: .whitespaces).lowercased()
        if mode == "base64" {
            guard let text = trimmedText(element),
                  let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { return nil }
            return nonBlank(String(decoding: data, as: UTF8.self)).map { ($0, type?.contains("html") == true) }
        }
        switch type ?? "" {
        case "xhtml", "application/xhtml+xml":
            let children = element.children
            let container = children.count == 1 && children[0].localName == "div" ? children[0] : element
            return nonBlank(document.markup(ofChildrenOf: container)).map { ($0, true) }
        case "html", "text/html":
            return contentText(element).map { ($0, true) }
        case "", "text", "text/plain":
            return contentText(element).map { ($0, element.hasElementChildren) }
        case let other:
            if other.hasSuffix("xml") || element.hasElementChildren {
                return nonBlank(document.markup(ofChildrenOf: element)).map { ($0, true) }
            }
            return contentText(element).map { ($0, false) }
        }
    }

    /// A title from an Atom text construct, as plain text.
    func plainTitle(_ element: XMLElement) -> String? {
        guard let (value, isMarkup) = textConstruct(element) else { return nil }
        return nonBlank(isMarkup ? PlainText.fromHTML(value) : PlainText.fromText(value))
    }

    /// An item's id when it has none of its own: its link, else a hash of what it says.
    static func fallbackID(link: String?, title: String?, summary: String?, content: String?) -> String {
        if let link { return link }
        return StableHash.fnv1a64([title, summary, content])
    }

    func nonBlank(_ s: String) -> String? {
        s.contains(where: { !$0.isWhitespace }) ? s : nil
    }
}
