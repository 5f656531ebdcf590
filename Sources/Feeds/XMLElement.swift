import CLibXML2

/// An element of a parsed document, with its name split into vocabulary and local name.
struct XMLElement {
    let node: xmlNodePtr
    let localName: String
    let namespace: FeedNamespace

    init(_ node: xmlNodePtr) {
        self.node = node
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        if let ns = node.pointee.ns, let href = ns.pointee.href {
            namespace = FeedNamespace(uri: String(cString: href))
            localName = name
        } else if let colon = name.firstIndex(of: ":") {
            // libxml2 keeps an undeclared prefix in the name ("atom:link"), which is how such
            // feeds are still read by prefix.
            namespace = FeedNamespace(undeclaredPrefix: name[..<colon])
            localName = String(name[name.index(after: colon)...])
        } else {
            namespace = .none
            localName = name
        }
    }

    /// The element children, in document order.
    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(current)) }
            child = current.pointee.next
        }
        return result
    }

    var hasElementChildren: Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { return true }
            child = current.pointee.next
        }
        return false
    }

    /// The first attribute called `name`: without a namespace, in the XML namespace (for
    /// `xml:base`), or in RDF's (for `rdf:about`, also when the prefix was never declared).
    func attributeNode(_ name: String, in space: AttributeSpace = .unqualified) -> xmlAttrPtr? {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let attributeName = String(cString: rawName)
            let uri = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            switch space {
            case .unqualified:
                if uri == nil, attributeName == name { return current }
            case .xml:
                if uri == "http://www.w3.org/XML/1998/namespace", attributeName == name { return current }
            case .rdf:
                if attributeName == name, uri == nil || FeedNamespace(uri: uri!) == .rdf { return current }
                if uri == nil, attributeName == "rdf:" + name { return current }
            }
        }
        return nil
    }

    enum AttributeSpace {
        case unqualified
        case xml
        case rdf
    }
}
