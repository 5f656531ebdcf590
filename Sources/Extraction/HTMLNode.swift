/// One element or text node of a page, copied out of libxml2's tree so that extraction can walk,
/// measure and prune the page in Swift without holding on to C memory.
///
/// Pruning never unlinks a node: it sets `isRemoved`, which every walk honours, so a decision can
/// be taken on a subtree without invalidating the walk that is under way.
final class HTMLNode {
    /// Lower-case tag name; empty for a text node.
    let name: String
    /// The text of a text node (entities already decoded by libxml2); empty for an element.
    let text: String
    let attributes: [(name: String, value: String)]
    private(set) var children: [HTMLNode] = []
    private(set) weak var parent: HTMLNode?
    /// Depth below the document root.
    let depth: Int

    var isRemoved = false
    /// Set on the elements a source's selector matched.
    var isSelectorMatch = false

    // Measurements, filled by `measure()`; counts are in non-whitespace Unicode scalars so that
    // markup indentation never weighs in.
    private(set) var textLength = 0
    private(set) var linkLength = 0
    /// Text of the paragraphs below this node that read like prose (long, few links).
    private(set) var proseLength = 0
    /// Text inside `<blockquote>`s below this node (an embedded post is quoted content).
    private(set) var quoteLength = 0

    // Readability-style candidate state, used while choosing the main block.
    var contentScore = 0.0
    var isCandidate = false

    init(element name: String, attributes: [(name: String, value: String)], depth: Int) {
        self.name = name
        self.text = ""
        self.attributes = attributes
        self.depth = depth
    }

    init(text: String, depth: Int) {
        self.name = ""
        self.text = text
        self.attributes = []
        self.depth = depth
    }

    var isText: Bool { name.isEmpty }
    var isElement: Bool { !name.isEmpty }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    func attribute(_ attributeName: String) -> String? {
        for attribute in attributes where attribute.name == attributeName { return attribute.value }
        return nil
    }

    func hasAttribute(_ attributeName: String) -> Bool {
        attributes.contains { $0.name == attributeName }
    }

    /// What the element's class, id, role and itemprop say about it (computed once).
    private(set) lazy var hints = ClassHints(self)

    /// Class and id, the strings that carry a page template's naming hints.
    var classAndID: String {
        switch (attribute("class"), attribute("id")) {
        case (let cls?, let id?): cls + " " + id
        case (let cls?, nil): cls
        case (nil, let id?): id
        case (nil, nil): ""
        }
    }

    /// Whether this node or an ancestor has been pruned.
    var isDetached: Bool {
        var node: HTMLNode? = self
        while let current = node {
            if current.isRemoved { return true }
            node = current.parent
        }
        return false
    }

    func isDescendant(of ancestor: HTMLNode) -> Bool {
        var node = parent
        while let current = node {
            if current === ancestor { return true }
            node = current.parent
        }
        return false
    }

    /// The element children that are still in the page.
    var liveElementChildren: [HTMLNode] {
        children.filter { $0.isElement && !$0.isRemoved }
    }

    /// Elements below this one (not itself) in document order, skipping removed subtrees.
    func forEachDescendant(_ body: (HTMLNode) -> Bool) {
        for child in children where child.isElement && !child.isRemoved {
            if body(child) { child.forEachDescendant(body) }
        }
    }

    func firstDescendant(where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        for child in children where child.isElement && !child.isRemoved {
            if predicate(child) { return child }
            if let found = child.firstDescendant(where: predicate) { return found }
        }
        return nil
    }

    /// All text below this node, whitespace collapsed.
    var normalizedText: String {
        var raw = ""
        appendRawText(to: &raw)
        return TextNormalizer.collapse(raw)
    }

    private func appendRawText(to raw: inout String) {
        if isText {
            raw += text
            return
        }
        for child in children where !child.isRemoved {
            child.appendRawText(to: &raw)
            if child.isElement, HTMLTags.isBlock(child.name) { raw += " " }
        }
    }

    /// Fills the measurements of this subtree from the nodes still in it.
    func measure() {
        measure(insideLink: false)
    }

    private func measure(insideLink: Bool) {
        textLength = 0
        linkLength = 0
        proseLength = 0
        quoteLength = 0
        if isText {
            textLength = TextNormalizer.length(text)
            if insideLink { linkLength = textLength }
            return
        }
        let isLink = insideLink || name == "a"
        for child in children where !child.isRemoved {
            child.measure(insideLink: isLink)
            textLength += child.textLength
            linkLength += child.linkLength
            proseLength += child.proseLength
            quoteLength += child.quoteLength
        }
        if name == "blockquote" { quoteLength = textLength }
        if textLength >= 80, Double(linkLength) < 0.25 * Double(textLength), isParagraph {
            // A paragraph counts once, however it nests.
            proseLength = textLength
        }
    }

    /// A paragraph element, or a block that holds text and no other block (a `<div>` used as one).
    var isParagraph: Bool {
        if HTMLTags.isParagraphLike(name) { return true }
        guard HTMLTags.isBlock(name) else { return false }
        return !children.contains { $0.isElement && !$0.isRemoved && HTMLTags.isBlock($0.name) }
    }

    var linkDensity: Double {
        textLength == 0 ? 0 : Double(linkLength) / Double(textLength)
    }
}
