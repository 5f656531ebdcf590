import Foundation

/// Turns a fetched HTML page into its main article text and metadata.
///
/// The page is parsed by libxml2's HTML parser (recovering from broken markup); everything that is
/// never article text (scripts, styles, forms, hidden elements) is dropped; the article block is
/// chosen by Readability-style scoring (paragraph length and commas, link density, class and id
/// hints, `<article>`/`itemprop=articleBody`), cleaned of the ads, share bars, bylines and related
/// lists inside it, and rendered as paragraphs. A page whose DOM holds much less text than its
/// JSON-LD `articleBody` is read from the JSON-LD instead.
///
/// Thread-safe: every call parses with its own libxml2 context and shares no state.
public enum MainTextExtractor {
    /// Pages larger than this (UTF-8 bytes) are refused with `ExtractionError.tooLarge`.
    public static let maximumInputBytes = 16 << 20

    /// Extracts the main text and metadata of `html`.
    ///
    /// - Parameters:
    ///   - html: the page, already decoded from its charset.
    ///   - url: the page's address, for resolving a relative canonical URL.
    ///   - selector: a CSS selector (subset; see `PageSelector`) or an XPath expression starting
    ///     with `/`. When given, only the matched regions are rendered (without scoring).
    /// - Throws: `.tooLarge`, `.invalidSelector`, `.selectorMatchedNothing`, `.unparseable`.
    public static func extract(html: String, url: String?, selector: String? = nil) throws(ExtractionError) -> ExtractedPage {
        let size = html.utf8.count
        guard size <= maximumInputBytes else { throw .tooLarge(size) }
        let compiled: PageSelector? = if let selector { try PageSelector(selector) } else { nil }
        let parsed = try HTMLPageParser.parse(html, selector: compiled)
        let metadata = PageMetadata(root: parsed.root, jsonLD: parsed.jsonLD, url: url)

        JunkPruner.prune(parsed.root)
        let body = parsed.root.firstDescendant { $0.name == "body" } ?? parsed.root
        var paragraphs: [String]
        if compiled != nil {
            let regions = SelectedRegionExtractor.regions(in: parsed.root)
            paragraphs = SelectedRegionExtractor.blocks(of: regions, title: metadata.title).map(\.text)
        } else {
            body.measure()
            JunkPruner.pruneForms(in: body)
            body.measure()
            paragraphs = ArticleBodyExtractor.blocks(in: body, title: metadata.title).map(\.text)
            if let articleBody = metadata.jsonLD?.articleBody {
                let fromJSONLD = paragraphsOf(articleBody: articleBody)
                let domLength = paragraphs.reduce(0) { $0 + TextNormalizer.length($1) }
                let jsonLength = fromJSONLD.reduce(0) { $0 + TextNormalizer.length($1) }
                // The DOM lost most of the article (rendered by script, cut by a paywall).
                if jsonLength > 200, Double(jsonLength) > 1.6 * Double(domLength) {
                    paragraphs = fromJSONLD
                }
            }
        }
        return ExtractedPage(title: metadata.title, published: metadata.published, modified: metadata.modified,
                             byline: metadata.byline, canonicalURL: metadata.canonicalURL,
                             language: metadata.language, paragraphs: paragraphs)
    }

    /// Checks a source's `selector` without a page, as `claimwatch check` does: the CSS subset must
    /// parse and the XPath (given or compiled) must compile.
    ///
    /// - Throws: `.invalidSelector` with the reason.
    public static func validateSelector(_ selector: String) throws(ExtractionError) {
        try PageSelector(selector).validate()
    }

    /// JSON-LD `articleBody` is plain text with line breaks between paragraphs, or sometimes HTML.
    static func paragraphsOf(articleBody: String) -> [String] {
        if articleBody.contains("</p>") || articleBody.contains("<br") || articleBody.contains("</div>") {
            if let parsed = try? HTMLPageParser.parse(articleBody, selector: nil) {
                JunkPruner.prune(parsed.root)
                return BlockCollector.blocks(of: [parsed.root]).map(\.text)
            }
        }
        return articleBody.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { TextNormalizer.collapse(String($0)) }
            .filter { !$0.isEmpty }
    }
}
