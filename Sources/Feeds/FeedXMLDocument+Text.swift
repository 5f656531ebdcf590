import CLibXML2

/// Reading text out of the tree. libxml2 was not asked to substitute entities, so references
/// to internal entities are expanded here, within the document's budget and depth limit;
/// external entities are never expanded.
extension FeedXMLDocument {
    /// The character data of `element` and its descendants, entities expanded.
    func text(_ element: XMLElement) -> String {
        var out = ""
        appendText(ofChildren: element.node.pointee.children, to: &out, depth: 0)
        return out
    }

    /// The value of an attribute, entities expanded; nil when absent.
    func attribute(_ element: XMLElement, _ name: String,
                   in space: XMLElement.AttributeSpace = .unqualified) -> String? {
        guard let attribute = element.attributeNode(name, in: space) else { return nil }
        var out = ""
        appendText(ofChildren: attribute.pointee.children, to: &out, depth: 0)
        return out
    }

    /// The content of `element` as given: its text when it holds only character data (escaped
    /// or CDATA HTML), else its children serialised as markup (HTML written inline).
    func content(_ element: XMLElement) -> String {
        element.hasElementChildren ? markup(ofChildrenOf: element) : text(element)
    }

    /// The children of `element` serialised as (X)HTML markup: element names without prefixes,
    /// namespace declarations dropped, text escaped, entities expanded.
    func markup(ofChildrenOf element: XMLElement) -> String {
        var out = ""
        appendMarkup(ofChildren: element.node.pointee.children, to: &out, depth: 0)
        return out
    }

    // MARK: Walking

    private func appendText(ofChildren first: xmlNodePtr?, to out: inout String, depth: Int) {
        var child = first
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { out += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                switch expansion(of: node, depth: depth) {
                case .nodes(let nodes): appendText(ofChildren: nodes, to: &out, depth: depth + 1)
                case .literal(let literal): out += literal
                case .nothing: break
                }
            case XML_ELEMENT_NODE:
                appendText(ofChildren: node.pointee.children, to: &out, depth: depth)
            default:
                break
            }
            child = node.pointee.next
        }
    }

    private func appendMarkup(ofChildren first: xmlNodePtr?, to out: inout String, depth: Int) {
        var child = first
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    out += Self.escaped(String(cString: content), quotes: false)
                }
            case XML_ENTITY_REF_NODE:
                switch expansion(of: node, depth: depth) {
                case .nodes(let nodes): appendMarkup(ofChildren: nodes, to: &out, depth: depth + 1)
                case .literal(let literal): out += Self.escaped(literal, quotes: false)
                case .nothing: break
                }
            case XML_ELEMENT_NODE:
                let element = XMLElement(node)
                out += "<" + element.localName
                var attribute = node.pointee.properties
                while let current = attribute {
                    if let name = current.pointee.name {
                        var value = ""
                        appendText(ofChildren: current.pointee.children, to: &value, depth: depth)
                        out += " " + String(cString: name) + "=\"" + Self.escaped(value, quotes: true) + "\""
                    }
                    attribute = current.pointee.next
                }
                if node.pointee.children == nil, Self.voidElements.contains(element.localName.lowercased()) {
                    out += " />"
                } else {
                    out += ">"
                    appendMarkup(ofChildren: node.pointee.children, to: &out, depth: depth)
                    out += "</" + element.localName + ">"
                }
            default:
                break
            }
            child = node.pointee.next
        }
    }

    private enum Expansion {
        case nodes(xmlNodePtr)
        case literal(String)
        case nothing
    }

    /// What an entity reference stands for: an internal general entity's parsed content,
    /// charged against the budget; an undeclared name as written (`&name;`), for a later HTML
    /// decoder; nothing for external entities, whose content is never read.
    private func expansion(of reference: xmlNodePtr, depth: Int) -> Expansion {
        guard let name = reference.pointee.name else { return .nothing }
        guard let entity = xmlGetDocEntity(doc, name) else {
            return .literal("&" + String(cString: name) + ";")
        }
        switch entity.pointee.etype {
        case XML_INTERNAL_PREDEFINED_ENTITY:
            return entity.pointee.content.map { .literal(String(cString: $0)) } ?? .nothing
        case XML_INTERNAL_GENERAL_ENTITY:
            let length = max(Int(entity.pointee.length), 1)
            guard depth < Self.maximumEntityDepth, length <= expansionBudget else {
                expansionBudget = 0
                expansionTruncated = true
                return .nothing
            }
            expansionBudget -= length
            if let children = entity.pointee.children {
                return .nodes(children)
            }
            return entity.pointee.content.map { .literal(String(cString: $0)) } ?? .nothing
        default:
            return .nothing
        }
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ]

    static func escaped(_ s: String, quotes: Bool) -> String {
        guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || (quotes && $0 == 34) }) else {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
