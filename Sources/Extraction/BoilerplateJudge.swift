/// Decides whether an element that is named or tagged like boilerplate really is, from how much
/// of the region's prose it holds: templates name article columns "adrail" or "paywall", and a
/// box that holds several paragraphs of prose is content whatever its name.
enum BoilerplateJudge {
    /// Prose (non-whitespace scalars in long, link-poor paragraphs) that makes a loosely named box content.
    static let substantialProse = 400

    /// Whether `node` goes, judged within a region holding `regionProse` of prose.
    static func isDisposable(_ node: HTMLNode, hints: ClassHints, regionProse: Int) -> Bool {
        if hints.comments { return true }
        // A social or widget box around a quoted post (an embedded tweet) is part of the story.
        if node.quoteLength >= 40, !hints.advertising { return false }
        let prose = node.proseLength
        if hints.intrusive {
            return prose * 2 < regionProse || regionProse == 0
        }
        if hints.boilerplate || hints.layout || HTMLTags.boilerplateLandmarks.contains(node.name) {
            let holdsMuch = prose >= substantialProse || (prose >= 80 && prose * 4 >= regionProse)
            return !holdsMuch
        }
        return false
    }

    /// A box whose first element is a heading such as "Related stories" or "You may also like"
    /// (or a heading named so by its class) is a list of other stories, however much text it has.
    static func isHeadedAsRelated(_ node: HTMLNode) -> Bool {
        guard let first = node.children.first(where: { $0.isElement && !$0.isRemoved && $0.textLength > 0 }),
              HTMLTags.isHeading(first.name) else { return false }
        let hints = first.hints
        if hints.intrusive || hints.boilerplate || hints.comments { return true }
        guard first.textLength <= 40 else { return false }
        let heading = first.normalizedText.lowercased()
        return relatedHeadings.contains { heading.hasPrefix($0) }
    }

    private static let relatedHeadings = [
        "related", "you may also like", "you might also like", "you may like", "more stories", "more from",
        "more news", "recommended", "read more", "read next", "most read", "most popular", "most viewed",
        "trending", "popular", "also on", "also read", "more on this", "more like this", "latest news",
        "top stories", "what to read next", "further reading", "around the web", "from the web",
    ]
}
