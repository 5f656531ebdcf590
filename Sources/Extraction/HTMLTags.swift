/// What extraction needs to know about HTML tag names.
enum HTMLTags {
    /// Elements whose content is never article text: scripts, styles, embedded objects, controls.
    static let discarded: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset",
        "object", "embed", "applet", "canvas", "button", "input", "select", "option", "optgroup",
        "textarea", "datalist", "output", "progress", "meter", "link", "meta", "base", "audio",
        "video", "source", "track", "map", "area", "head", "title", "dialog",
    ]

    /// Elements that start a new paragraph (or a new line) in rendered text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main",
        "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "caption", "xmp", "noscript", "option",
    ]

    /// Elements that hold one paragraph of text.
    static let paragraphLike: Set<String> = [
        "p", "pre", "blockquote", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "figcaption", "caption", "address", "summary",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Landmarks of a page template rather than of an article.
    static let boilerplateLandmarks: Set<String> = ["nav", "aside", "footer", "menu"]

    static func isBlock(_ name: String) -> Bool { block.contains(name) }
    static func isParagraphLike(_ name: String) -> Bool { paragraphLike.contains(name) }
    static func isHeading(_ name: String) -> Bool { headings.contains(name) }
}
