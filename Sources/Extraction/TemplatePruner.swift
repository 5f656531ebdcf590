/// Before scoring, removes the parts of the page template that are never the article: navigation,
/// sidebars, headers and footers, comments, and boxes named like ads, share bars, related links,
/// cookie or newsletter notices (Readability's "unlikely candidates"), each judged by
/// `BoilerplateJudge` so that a misnamed article column stays.
enum TemplatePruner {
    /// Removes the template's parts below `body` and returns them, so the pruning can be undone.
    static func prune(_ body: HTMLNode) -> [HTMLNode] {
        let totalProse = body.proseLength
        var removed: [HTMLNode] = []
        body.forEachDescendant { node in
            // Data tables and code are left to the content-aware cleaning.
            if node.name == "code" || node.name == "pre" || (node.name == "table" && ContentCleaner.isDataTable(node)) {
                return false
            }
            if node.name == "a" { return true }
            if BoilerplateJudge.isDisposable(node, hints: node.hints, regionProse: totalProse)
                || BoilerplateJudge.isHeadedAsRelated(node) {
                node.isRemoved = true
                removed.append(node)
                return false
            }
            return true
        }
        return removed
    }
}
