import CLibXML2
import Foundation

/// A page source's `selector`, compiled to the XPath 1.0 that libxml2 evaluates.
///
/// A selector starting with `/` is taken as XPath. Anything else is read as a CSS subset:
/// type selectors and `*`, `.class`, `#id`, `[attr]`, `[attr=value]` (also `~=`, `^=`, `$=`, `*=`,
/// `|=`, values bare or quoted), compounds such as `div.story#main`, the descendant (space) and
/// child (`>`) combinators, and comma-separated groups. Pseudo-classes, `+` and `~` are refused
/// with `ExtractionError.invalidSelector` rather than silently ignored.
struct PageSelector: Sendable, Equatable {
    /// The selector as configured.
    let source: String
    let xpath: String

    init(_ source: String) throws(ExtractionError) {
        self.source = source
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidSelector("the selector is empty") }
        if trimmed.hasPrefix("/") {
            xpath = trimmed
        } else {
            var parser = CSSSelectorParser(Array(trimmed.unicodeScalars), source: source)
            xpath = try parser.parseGroups()
        }
    }

    /// Compiles the XPath with libxml2 (no page needed), so a configuration can be checked
    /// before anything is fetched.
    func validate() throws(ExtractionError) {
        guard let context = xmlXPathNewContext(nil) else { throw .unparseable("libxml2 could not allocate an XPath context") }
        defer { xmlXPathFreeContext(context) }
        context.pointee.error = { _, _ in }
        let compiled: xmlXPathCompExprPtr? = xpath.withCString { expression in
            expression.withMemoryRebound(to: xmlChar.self, capacity: xpath.utf8.count + 1) {
                xmlXPathCtxtCompile(context, $0)
            }
        }
        guard let compiled else { throw .invalidSelector("\(source) is not a valid XPath expression") }
        xmlXPathFreeCompExpr(compiled)
    }
}
