import CLibXML2

/// Parses a page with libxml2's HTML parser (recovering from broken markup) and copies it into an
/// `HTMLNode` tree.
///
/// Every parse uses its own parser context and frees the document before returning, and errors are
/// switched off on the context rather than globally, so pages can be parsed on several threads at
/// once.
enum HTMLPageParser {
    struct Result {
        var root: HTMLNode
        /// The text of every `<script type="application/ld+json">`, in document order.
        var jsonLD: [String]
    }

    /// Deeper elements are flattened into their ancestor at this depth, which bounds the recursion
    /// of every later walk (hostile pages nest thousands of unclosed tags).
    static let maximumDepth = 200

    /// Elements whose content is never read, skipped while copying the tree.
    private static let skipped: Set<String> = [
        "style", "noscript", "template", "svg", "math", "iframe", "frame", "object", "embed",
        "applet", "canvas", "audio", "video", "map", "select", "textarea", "datalist",
    ]

    private static let libraryInitialised: Void = { xmlInitParser() }()

    static func parse(_ html: String, selector: PageSelector?) throws(ExtractionError) -> Result {
        _ = libraryInitialised
        var bytes = Array(html.utf8)
        // libxml2 stops reading at a NUL byte.
        if bytes.contains(0) { bytes.removeAll { $0 == 0 } }
        guard !bytes.isEmpty else {
            return Result(root: HTMLNode(element: "html", attributes: [], depth: 0), jsonLD: [])
        }
        guard let context = htmlNewParserCtxt() else { throw .unparseable("libxml2 could not allocate a parser") }
        defer { htmlFreeParserCtxt(context) }
        // HTML_PARSE_HUGE lifts libxml2's nesting limit of 256, past which it stops reading and
        // drops the rest of the page (thousands of unclosed <b> do that); input size is bounded by
        // the caller, and the copy below flattens whatever is deeper than `maximumDepth`.
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
                            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_COMPACT.rawValue | UInt32(XML_PARSE_HUGE.rawValue))
        // The text is decoded already: these are UTF-8 bytes whatever the page's <meta charset> says.
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlCtxtReadMemory(context, base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { throw .unparseable("libxml2 produced no document") }
        defer { xmlFreeDoc(document) }

        if let selector {
            try mark(selector, in: document)
        }
        var jsonLD: [String] = []
        let root = HTMLNode(element: "#document", attributes: [], depth: 0)
        copyChildren(of: UnsafeMutablePointer(document).withMemoryRebound(to: xmlNode.self, capacity: 1) { $0 },
                     into: root, jsonLD: &jsonLD)
        return Result(root: root, jsonLD: jsonLD)
    }

    // MARK: Copying

    private static func copyChildren(of node: xmlNodePtr, into parent: HTMLNode, jsonLD: inout [String]) {
        var cursor = node.pointee.children
        while let child = cursor {
            cursor = child.pointee.next
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                let name = lowercased(child.pointee.name)
                if name == "script" {
                    if let type = attributeValue(child, "type"), type.lowercased().contains("ld+json") {
                        jsonLD.append(textContent(of: child))
                    }
                    continue
                }
                if skipped.contains(name) { continue }
                if parent.depth >= maximumDepth {
                    let text = textContent(of: child)
                    if !text.isEmpty { parent.append(HTMLNode(text: " " + text + " ", depth: parent.depth + 1)) }
                    continue
                }
                let element = HTMLNode(element: name, attributes: attributes(of: child), depth: parent.depth + 1)
                if child.pointee._private != nil { element.isSelectorMatch = true }
                parent.append(element)
                copyChildren(of: child, into: element, jsonLD: &jsonLD)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = child.pointee.content {
                    parent.append(HTMLNode(text: String(cString: content), depth: parent.depth + 1))
                }
            default:
                continue
            }
        }
    }

    private static func lowercased(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let string = String(cString: name)
        // libxml2 lower-cases HTML names already; only foreign spellings pay for the copy.
        return string.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? string.lowercased() : string
    }

    private static func attributes(of element: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var cursor = element.pointee.properties
        while let attribute = cursor {
            cursor = attribute.pointee.next
            var value = ""
            var text = attribute.pointee.children
            while let part = text {
                if let content = part.pointee.content { value += String(cString: content) }
                text = part.pointee.next
            }
            result.append((lowercased(attribute.pointee.name), value))
        }
        return result
    }

    private static func attributeValue(_ element: xmlNodePtr, _ name: String) -> String? {
        attributes(of: element).first { $0.name == name }?.value
    }

    /// All text below `node`, without recursion (the subtree may be arbitrarily deep).
    private static func textContent(of node: xmlNodePtr) -> String {
        var result = ""
        var stack: [xmlNodePtr] = []
        var cursor = node.pointee.children
        while true {
            guard let current = cursor else {
                guard let resume = stack.popLast() else { break }
                cursor = resume.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result += String(cString: content) }
                cursor = current.pointee.next
            case XML_ELEMENT_NODE where current.pointee.children != nil:
                stack.append(current)
                cursor = current.pointee.children
            default:
                cursor = current.pointee.next
            }
        }
        return result
    }

    // MARK: Selector

    /// Evaluates the selector's XPath on libxml2's tree and flags the matched elements through
    /// their `_private` pointer, which the copy carries over.
    private static func mark(_ selector: PageSelector, in document: htmlDocPtr) throws(ExtractionError) {
        guard let context = xmlXPathNewContext(document) else {
            throw .unparseable("libxml2 could not allocate an XPath context")
        }
        defer { xmlXPathFreeContext(context) }
        // Report XPath errors to this context (and drop them) instead of libxml2's global handler.
        context.pointee.error = { _, _ in }
        let compiled: xmlXPathCompExprPtr? = selector.xpath.withCString { expression in
            expression.withMemoryRebound(to: xmlChar.self, capacity: selector.xpath.utf8.count + 1) {
                xmlXPathCtxtCompile(context, $0)
            }
        }
        guard let compiled else { throw .invalidSelector("\(selector.source) is not a valid XPath expression") }
        defer { xmlXPathFreeCompExpr(compiled) }
        guard let object = xmlXPathCompiledEval(compiled, context) else {
            throw .invalidSelector("\(selector.source) could not be evaluated")
        }
        defer { xmlXPathFreeObject(object) }
        guard object.pointee.type == XPATH_NODESET else {
            throw .invalidSelector("\(selector.source) does not select elements")
        }
        var matched = 0
        if let set = object.pointee.nodesetval, let nodes = set.pointee.nodeTab {
            let marker = UnsafeMutableRawPointer(bitPattern: 1)
            for index in 0..<Int(set.pointee.nodeNr) {
                guard var node = nodes[index] else { continue }
                // A text or attribute node stands for the element that holds it.
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    break
                case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
                    guard let element = xmlDocGetRootElement(document) else { continue }
                    node = element
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ATTRIBUTE_NODE:
                    guard let holder = node.pointee.parent, holder.pointee.type == XML_ELEMENT_NODE else { continue }
                    node = holder
                default:
                    // Namespace nodes are not laid out like elements, and documents hold no text.
                    continue
                }
                node.pointee._private = marker
                matched += 1
            }
        }
        if matched == 0 { throw .selectorMatchedNothing(selector.source) }
    }
}
