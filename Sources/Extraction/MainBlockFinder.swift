/// Chooses the block of the page that holds the article, the way Readability does: every
/// paragraph scores for commas and length, the score flows to its ancestors (halved at the
/// grandparent, then divided by three per level), each candidate starts from a tag and
/// class-name prior and is discounted by its link density; the best candidate is widened to a
/// parent that scores as well or that holds several near-best candidates, and its siblings that
/// score well or read like prose are taken with it.
struct MainBlockFinder {
    /// Whether class and id names weigh in the candidates' priors.
    var weighClasses = true

    /// The chosen block and the siblings taken with it, in document order.
    func find(in body: HTMLNode, blocks: [TextBlock]) -> [HTMLNode] {
        var candidates: [HTMLNode] = []
        defer {
            for candidate in candidates {
                candidate.isCandidate = false
                candidate.contentScore = 0
            }
        }
        for block in blocks where block.length >= 25 {
            if case .heading(1) = block.kind { continue }
            let score = 1 + Double(TextNormalizer.commas(block.text)) + Double(min(block.length / 85, 3))
            var ancestor: HTMLNode? = Self.isParagraphContainer(block.container) ? block.container.parent : block.container
            var level = 0
            while let node = ancestor, level < 5, node.parent != nil, node.name != "#document" {
                if !node.isCandidate {
                    initialize(node)
                    candidates.append(node)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                node.contentScore += score / divider
                if node === body { break }
                ancestor = node.parent
                level += 1
            }
        }
        for candidate in candidates {
            candidate.contentScore *= 1 - candidate.linkDensity
        }
        let ranked = candidates.sorted { $0.contentScore > $1.contentScore }
        guard var top = ranked.first, top !== body, top.name != "html" else { return [body] }

        // Several near-best candidates under one ancestor: the article is that ancestor.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.contentScore / top.contentScore >= 0.75 }
        if alternatives.count >= 3 {
            var ancestor = top.parent
            while let node = ancestor, node !== body {
                if alternatives.filter({ $0.isDescendant(of: node) }).count >= 3 {
                    if !node.isCandidate {
                        initialize(node)
                        candidates.append(node)
                    }
                    top = node
                    break
                }
                ancestor = node.parent
            }
        }

        // A parent that scores better than the child holds more of the article.
        var lastScore = top.contentScore
        let threshold = lastScore / 3
        var ancestor = top.parent
        while let node = ancestor, node !== body {
            if !node.isCandidate {
                ancestor = node.parent
                continue
            }
            if node.contentScore < threshold { break }
            if node.contentScore > lastScore {
                top = node
                break
            }
            lastScore = node.contentScore
            ancestor = node.parent
        }

        // A lone child is no narrower than its parent.
        while let parent = top.parent, parent !== body, parent.liveElementChildren.count == 1 {
            top = parent
        }

        guard let parent = top.parent else { return [top] }
        let siblingThreshold = max(10, top.contentScore * 0.2)
        let topClass = top.attribute("class") ?? ""
        var chosen: [HTMLNode] = []
        for sibling in parent.liveElementChildren {
            if sibling === top {
                chosen.append(sibling)
                continue
            }
            let bonus = !topClass.isEmpty && sibling.attribute("class") == topClass ? top.contentScore * 0.2 : 0
            if sibling.isCandidate, sibling.contentScore + bonus >= siblingThreshold {
                chosen.append(sibling)
            } else if sibling.proseLength >= 200, Double(sibling.proseLength) >= 0.1 * Double(top.proseLength),
                      sibling.linkDensity < 0.3 {
                // The article continues in a sibling too deep below for its paragraphs to score on it.
                chosen.append(sibling)
            } else if Self.isParagraphContainer(sibling) {
                let text = sibling.normalizedText
                let length = sibling.textLength
                if length > 80, sibling.linkDensity < 0.25 {
                    chosen.append(sibling)
                } else if length > 0, length <= 80, sibling.linkLength == 0, text.hasSuffix(".") || text.contains(". ") {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    private func initialize(_ node: HTMLNode) {
        node.isCandidate = true
        var score: Double
        switch node.name {
        // <article> is the page's own word for where the story is: a little more than a div.
        case "article": score = 10
        case "div", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if weighClasses { score += node.hints.weight }
        node.contentScore = score
    }

    /// Whether the element is itself a paragraph (its score goes to its parent) rather than a
    /// container with text of its own between child blocks (the score stays on it).
    static func isParagraphContainer(_ node: HTMLNode) -> Bool {
        HTMLTags.isParagraphLike(node.name) || !node.children.contains { $0.isElement && !$0.isRemoved && HTMLTags.isBlock($0.name) }
    }
}
