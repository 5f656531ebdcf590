/// Removes the boilerplate that sits inside the chosen article block: ads placed between
/// paragraphs, share bars, bylines and meta lines, related-story lists, the headline, and
/// containers that are mostly links or images (Readability's "clean conditionally").
struct ContentCleaner {
    var weighClasses = true
    var cleanConditionally = true
    /// Nodes removed so far, so an attempt can be undone.
    private(set) var removed: [HTMLNode] = []

    init(weighClasses: Bool, cleanConditionally: Bool) {
        self.weighClasses = weighClasses
        self.cleanConditionally = cleanConditionally
    }

    mutating func clean(_ roots: [HTMLNode]) {
        for root in roots {
            removeBoilerplate(under: root)
        }
        guard cleanConditionally else { return }
        for root in roots {
            for tag in ["form", "fieldset", "table", "ul", "ol", "dl", "div", "section", "figure"] {
                cleanConditionally(under: root, tag: tag)
            }
        }
    }

    private mutating func remove(_ node: HTMLNode) {
        node.isRemoved = true
        removed.append(node)
    }

    private mutating func removeBoilerplate(under root: HTMLNode) {
        let regionProse = root.proseLength
        var doomed: [HTMLNode] = []
        root.forEachDescendant { node in
            switch node.name {
            case "h1", "footer", "aside", "nav", "menu", "form", "button", "figcaption":
                doomed.append(node)
                return false
            default:
                break
            }
            guard weighClasses else { return true }
            let hints = node.hints
            if BoilerplateJudge.isDisposable(node, hints: hints, regionProse: regionProse)
                || BoilerplateJudge.isHeadedAsRelated(node) || (HTMLTags.isHeading(node.name) && hints.negative) {
                doomed.append(node)
                return false
            }
            return true
        }
        for node in doomed { remove(node) }
    }

    /// Readability's conditional cleaning, innermost first, with measurements taken live so
    /// that removing an inner box counts when judging the one around it.
    private mutating func cleanConditionally(under root: HTMLNode, tag: String) {
        var matches: [HTMLNode] = []
        root.forEachDescendant { node in
            if node.name == tag { matches.append(node) }
            return true
        }
        for node in matches.reversed() where !node.isDetached {
            if hasAncestor(node, below: root, named: ["code", "pre"]) { continue }
            if tag == "table", Self.isDataTable(node) { continue }
            if hasAncestor(node, below: root, named: ["table"]), let table = ancestor(node, below: root, named: "table"),
               Self.isDataTable(table) { continue }
            if shouldRemove(node, tag: tag) { remove(node) }
        }
    }

    private func shouldRemove(_ node: HTMLNode, tag: String) -> Bool {
        let hints = node.hints
        // An embedded post (a tweet in a blockquote) is quoted content, however many links it has.
        if node.quoteLength >= 40, !hints.advertising, !hints.comments { return false }
        let weight = weighClasses ? hints.weight : 0
        if weight < 0 { return true }
        let stats = LiveStats(node)
        guard stats.commas < 10 else { return false }
        let isList = tag == "ul" || tag == "ol"
        let insideFigure = hasAncestor(node, below: nil, named: ["figure"])
        let paragraphs = Double(stats.paragraphs)
        let images = Double(stats.images)
        let linkDensity = stats.linkDensity
        if images > 1, paragraphs / images < 0.5, !insideFigure { return true }
        if !isList, stats.listItems - 100 > stats.paragraphs { return true }
        if stats.inputs > stats.paragraphs / 3 { return true }
        if !isList, stats.headingDensity < 0.9, stats.length < 25, images == 0 || images > 2, !insideFigure {
            return true
        }
        if !isList, weight < 25, linkDensity > 0.2 { return true }
        if weight >= 25, linkDensity > 0.5 { return true }
        if isList, linkDensity > 0.5 || (linkDensity > 0.3 && Self.isLinkList(node)) { return true }
        if stats.embeds == 1 && stats.length < 75 || stats.embeds > 1 { return true }
        return false
    }

    private func hasAncestor(_ node: HTMLNode, below root: HTMLNode?, named names: Set<String>) -> Bool {
        var cursor = node.parent
        while let current = cursor, current !== root {
            if names.contains(current.name) { return true }
            cursor = current.parent
        }
        return false
    }

    private func ancestor(_ node: HTMLNode, below root: HTMLNode, named name: String) -> HTMLNode? {
        var cursor = node.parent
        while let current = cursor, current !== root {
            if current.name == name { return current }
            cursor = current.parent
        }
        return nil
    }

    /// A list whose every item carries a link and is short: headlines of other stories.
    private static func isLinkList(_ list: HTMLNode) -> Bool {
        let items = list.liveElementChildren.filter { $0.name == "li" }
        guard items.count >= 2 else { return false }
        return items.allSatisfy { item in
            item.textLength < 160 && item.firstDescendant(where: { $0.name == "a" }) != nil
        }
    }

    /// A table of data (headers, a caption, several columns) rather than a layout table.
    static func isDataTable(_ table: HTMLNode) -> Bool {
        if table.attribute("role") == "presentation" { return false }
        if table.hasAttribute("summary") { return true }
        return table.firstDescendant { ["caption", "th", "thead", "tfoot", "colgroup", "col"].contains($0.name) } != nil
    }

    /// Measurements of a subtree as it is now, removed nodes excluded.
    private struct LiveStats {
        var length = 0
        var linkLength = 0
        var commas = 0
        var headingLength = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var embeds = 0

        var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
        var headingDensity: Double { length == 0 ? 0 : Double(headingLength) / Double(length) }

        init(_ node: HTMLNode) {
            visit(node, insideLink: false, insideHeading: false)
        }

        private mutating func visit(_ node: HTMLNode, insideLink: Bool, insideHeading: Bool) {
            for child in node.children where !child.isRemoved {
                if child.isText {
                    let count = TextNormalizer.length(child.text)
                    length += count
                    if insideLink { linkLength += count }
                    if insideHeading { headingLength += count }
                    commas += TextNormalizer.commas(child.text)
                    continue
                }
                switch child.name {
                case "p": paragraphs += 1
                case "img", "picture": images += 1
                case "li": listItems += 1
                case "input", "select", "textarea", "button": inputs += 1
                case "object", "embed", "iframe", "video", "audio": embeds += 1
                default: break
                }
                visit(child, insideLink: insideLink || child.name == "a",
                      insideHeading: insideHeading || HTMLTags.isHeading(child.name))
            }
        }
    }
}
