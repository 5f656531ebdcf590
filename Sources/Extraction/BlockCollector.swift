/// Renders a subtree as paragraphs: every block-level element (`<p>`, headings, list items,
/// quotes, table rows, divs with text of their own) and every `<br><br>`-separated run becomes
/// one `TextBlock`; inline markup is read through and whitespace normalised.
struct BlockCollector {
    private(set) var blocks: [TextBlock] = []
    private var raw = ""
    private var rawLinkLength = 0
    private var container: HTMLNode?

    /// Collects the paragraphs of `node`'s subtree, the node's own text included.
    static func blocks(of nodes: [HTMLNode]) -> [TextBlock] {
        var collector = BlockCollector()
        for node in nodes where !node.isRemoved {
            collector.container = node
            collector.walk(node, insideLink: node.name == "a", insidePre: node.name == "pre")
            collector.flush()
        }
        return collector.blocks
    }

    private mutating func walk(_ node: HTMLNode, insideLink: Bool, insidePre: Bool) {
        for child in node.children where !child.isRemoved {
            if child.isText {
                if insidePre {
                    // Preformatted line breaks are real ones.
                    raw += child.text.replacingNewlines(with: TextNormalizer.lineBreakMarker)
                } else {
                    raw += child.text
                }
                if insideLink { rawLinkLength += TextNormalizer.length(child.text) }
                continue
            }
            let name = child.name
            if name == "br" {
                raw.unicodeScalars.append(TextNormalizer.lineBreakMarker)
                continue
            }
            let childInsideLink = insideLink || name == "a"
            let childInsidePre = insidePre || name == "pre"
            if name == "td" || name == "th" {
                raw += " "
                walk(child, insideLink: childInsideLink, insidePre: childInsidePre)
                raw += " "
            } else if HTMLTags.isBlock(name) {
                flush()
                let outer = container
                container = child
                walk(child, insideLink: childInsideLink, insidePre: childInsidePre)
                flush()
                container = outer
            } else {
                walk(child, insideLink: childInsideLink, insidePre: childInsidePre)
            }
        }
    }

    private mutating func flush() {
        defer {
            raw = ""
            rawLinkLength = 0
        }
        guard let container, !raw.isEmpty else { return }
        let pieces = TextNormalizer.paragraphs(raw)
        guard !pieces.isEmpty else { return }
        let lengths = pieces.map(TextNormalizer.length)
        let total = max(1, lengths.reduce(0, +))
        let kind = Self.kind(of: container)
        for (piece, length) in zip(pieces, lengths) {
            let linkLength = min(length, rawLinkLength * length / total)
            blocks.append(TextBlock(text: piece, container: container, kind: kind, length: length, linkLength: linkLength))
        }
    }

    private static func kind(of container: HTMLNode) -> TextBlock.Kind {
        switch container.name {
        case "p": .paragraph
        case "h1": .heading(1)
        case "h2": .heading(2)
        case "h3": .heading(3)
        case "h4": .heading(4)
        case "h5": .heading(5)
        case "h6": .heading(6)
        case "li": .listItem
        case "blockquote": .quote
        case "pre": .preformatted
        case "tr": .tableRow
        case "figcaption", "caption": .caption
        case "dt", "dd": .term
        default: .paragraph
        }
    }
}

private extension String {
    func replacingNewlines(with marker: Unicode.Scalar) -> String {
        guard contains("\n") else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\n" {
                scalars.append(marker)
            } else if scalar != "\r" {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
