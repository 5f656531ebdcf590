/// Finds the article's paragraphs in a pruned page: removes the template's parts, chooses the
/// main block, cleans it and renders it.
///
/// Like Readability, when the strict pass yields too little text it retries with less pruning
/// (template parts kept, then class names ignored, then no conditional cleaning), since a page
/// that names its article wrapper "sidebar" must not come out empty; a gentler pass replaces the
/// result so far only when it finds more than twice as much text.
enum ArticleBodyExtractor {
    private struct Attempt {
        var pruneTemplate: Bool
        var weighClasses: Bool
        var cleanConditionally: Bool
    }

    private static let attempts = [
        Attempt(pruneTemplate: true, weighClasses: true, cleanConditionally: true),
        Attempt(pruneTemplate: false, weighClasses: true, cleanConditionally: true),
        Attempt(pruneTemplate: false, weighClasses: false, cleanConditionally: true),
        Attempt(pruneTemplate: false, weighClasses: false, cleanConditionally: false),
    ]

    /// Text shorter than this (non-whitespace scalars) makes the extractor try a gentler pass.
    static let sufficientLength = 250

    static func blocks(in body: HTMLNode, title: String?) -> [TextBlock] {
        var best: [TextBlock] = []
        var bestLength = -1
        for attempt in attempts {
            var removed: [HTMLNode] = []
            if attempt.pruneTemplate {
                removed = TemplatePruner.prune(body)
                body.measure()
            }
            let pageBlocks = BlockCollector.blocks(of: [body])
            let content = MainBlockFinder(weighClasses: attempt.weighClasses).find(in: body, blocks: pageBlocks)
            var cleaner = ContentCleaner(weighClasses: attempt.weighClasses, cleanConditionally: attempt.cleanConditionally)
            cleaner.clean(content)
            let blocks = ParagraphFilter.filter(BlockCollector.blocks(of: content), title: title)
            let length = blocks.reduce(0) { $0 + $1.length }
            for node in removed + cleaner.removed { node.isRemoved = false }
            if attempt.pruneTemplate { body.measure() }
            if bestLength < 0 && length >= sufficientLength { return blocks }
            // A gentler pass also lets boilerplate back in: it wins only when it finds much more.
            if length > 2 * max(bestLength, 0) {
                best = blocks
                bestLength = length
            }
        }
        return best
    }
}
