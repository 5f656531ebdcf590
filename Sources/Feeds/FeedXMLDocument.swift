import CLibXML2

/// One XML document parsed by libxml2 in recovery mode, with what the parse reported.
///
/// Everything that libxml2 would otherwise keep in global state is kept on the parser context:
/// errors go to a structured handler installed on the context's SAX block and are recorded in
/// an object reached through the context's `_private` pointer, so documents can be parsed on
/// several threads at once.
///
/// Hostile input: the options never include `XML_PARSE_NOENT` (substitute entities),
/// `XML_PARSE_DTDLOAD` (load the external subset) or `XML_PARSE_HUGE` (lift the built-in limits),
/// and `XML_PARSE_NONET` forbids the network, so external entities are never fetched or read and
/// libxml2's own amplification checks stay on. Entity references stay in the tree; the readers
/// expand internal ones themselves, within `expansionBudget`.
final class FeedXMLDocument {
    /// What the parse recorded about the first error that made the document not well-formed.
    struct ParseError {
        var line: Int
        var message: String
        /// Byte offset in the input where the parser was when it reported the error.
        var offset: Int
    }

    let doc: xmlDocPtr
    /// nil when libxml2 could not even find a root element.
    let root: xmlNodePtr?
    /// nil when the document is well-formed.
    let error: ParseError?
    /// Bytes of entity replacement text the readers may still produce for this document; a
    /// "billion laughs" document exhausts it instead of memory.
    var expansionBudget = 1 << 20
    /// Set once an expansion was cut short by the budget or the depth limit.
    var expansionTruncated = false

    static let maximumEntityDepth = 8

    private init(doc: xmlDocPtr, error: ParseError?) {
        self.doc = doc
        self.root = xmlDocGetRootElement(doc)
        self.error = error
    }

    deinit {
        xmlFreeDoc(doc)
    }

    /// Whether `element` was closed by its end tag before the first error: in a document that is
    /// not well-formed, only such elements are known to be complete and undamaged.
    func isSound(_ element: xmlNodePtr) -> Bool {
        guard let error else { return true }
        guard let closedAt = element.pointee._private else { return false }
        return Int(bitPattern: closedAt) - 1 <= error.offset
    }

    // MARK: Parsing

    private static let libraryInitialised: Void = { xmlInitParser() }()

    /// Parses UTF-8 `bytes`. Returns nil only when libxml2 produced no document at all.
    static func parse(_ bytes: [UInt8]) -> FeedXMLDocument? {
        _ = libraryInitialised
        guard let ctxt = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(ctxt) }

        let recorder = ParseRecorder(context: ctxt, defaultEndElement: ctxt.pointee.sax.pointee.endElementNs)
        let unmanaged = Unmanaged.passRetained(recorder)
        defer { unmanaged.release() }
        ctxt.pointee._private = unmanaged.toOpaque()
        ctxt.pointee.sax.pointee.serror = { _, error in
            guard let error, let ctxt = FeedXMLDocument.parserContext(of: error.pointee.ctxt),
                  let recorder = ParseRecorder.of(ctxt) else { return }
            recorder.record(error.pointee)
        }
        ctxt.pointee.sax.pointee.endElementNs = { ctx, localname, prefix, uri in
            guard let ctxt = FeedXMLDocument.parserContext(of: ctx),
                  let recorder = ParseRecorder.of(ctxt) else { return }
            // Mark the element as closed, and where, before SAX2 pops it.
            if let node = ctxt.pointee.node {
                node.pointee._private = UnsafeMutableRawPointer(bitPattern: recorder.position().offset + 1)
            }
            recorder.defaultEndElement?(ctx, localname, prefix, uri)
        }

        let options = Int32(bitPattern: XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue
                            | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_BIG_LINES.rawValue)
        // The text was decoded already: whatever the prolog's encoding= says, these are UTF-8
        // bytes (XML_PARSE_IGNORE_ENC keeps libxml2 from switching decoders mid-document).
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlCtxtReadMemory(ctxt, base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        ctxt.pointee._private = nil
        guard let doc else { return nil }
        let wellFormed = ctxt.pointee.wellFormed != 0
        var error: ParseError?
        if !wellFormed {
            error = recorder.firstFatal ?? recorder.firstError
                ?? ParseError(line: 0, message: "not well-formed", offset: 0)
        }
        return FeedXMLDocument(doc: doc, error: error)
    }

    private static func parserContext(of pointer: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
        pointer?.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    /// Collects the errors of one parse. libxml2 parses entity replacement text with a
    /// context of its own that shares the SAX block and `_private`, so callbacks may come from
    /// either; positions are always taken from the document's context, paused where the
    /// reference is.
    private final class ParseRecorder {
        let context: xmlParserCtxtPtr
        let defaultEndElement: endElementNsSAX2Func?
        var firstFatal: ParseError?
        var firstError: ParseError?

        init(context: xmlParserCtxtPtr, defaultEndElement: endElementNsSAX2Func?) {
            self.context = context
            self.defaultEndElement = defaultEndElement
        }

        static func of(_ ctxt: xmlParserCtxtPtr) -> ParseRecorder? {
            guard let opaque = ctxt.pointee._private else { return nil }
            return Unmanaged<ParseRecorder>.fromOpaque(opaque).takeUnretainedValue()
        }

        /// Where the document's parser is: byte offset into the input, and line.
        func position() -> (offset: Int, line: Int) {
            // While an internal entity is being expanded, the document entity is the bottom
            // of the input stack.
            var input = context.pointee.input
            if context.pointee.inputNr > 0, let inputs = context.pointee.inputTab, let first = inputs[0] {
                input = first
            }
            guard let input, let cur = input.pointee.cur, let base = input.pointee.base else { return (0, 0) }
            return (Int(input.pointee.consumed) + (cur - base), Int(input.pointee.line))
        }

        func record(_ error: xmlError) {
            // Namespace errors (an undeclared prefix) leave the document well-formed XML.
            guard error.domain != Int32(XML_FROM_NAMESPACE.rawValue),
                  error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            var message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
            while message.last?.isWhitespace == true { message.removeLast() }
            let (offset, line) = position()
            let recorded = ParseError(line: line, message: message, offset: offset)
            if firstError == nil { firstError = recorded }
            if firstFatal == nil, error.level == XML_ERR_FATAL { firstFatal = recorded }
        }
    }
}
