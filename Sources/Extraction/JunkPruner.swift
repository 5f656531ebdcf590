/// Removes what is never article text, whatever the page: scripts and other non-text elements,
/// form controls, elements hidden from readers, reader comments, and forms that are not the
/// page's wrapper.
enum JunkPruner {
    static func prune(_ root: HTMLNode) {
        root.forEachDescendant { node in
            if HTMLTags.discarded.contains(node.name) || isHidden(node) || node.hints.comments {
                node.isRemoved = true
                return false
            }
            return true
        }
    }

    /// Forms hold search boxes and sign-ups; some sites (ASP.NET) wrap the whole page in one,
    /// so a form that holds most of the page's text stays.
    static func pruneForms(in body: HTMLNode) {
        let total = body.textLength
        body.forEachDescendant { node in
            if node.name == "form", node.textLength * 2 < total {
                node.isRemoved = true
                return false
            }
            return true
        }
    }

    static func isHidden(_ node: HTMLNode) -> Bool {
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden":
                return true
            case "aria-hidden":
                if attribute.value.lowercased() == "true" { return true }
            case "style":
                if isHiddenStyle(attribute.value) { return true }
            case "class":
                if isScreenReaderOnly(attribute.value) { return true }
            default:
                continue
            }
        }
        return false
    }

    private static func isHiddenStyle(_ style: String) -> Bool {
        guard TextNormalizer.containsASCII(style, "none") || TextNormalizer.containsASCII(style, "hidden") else {
            return false
        }
        let compact = String(style.unicodeScalars.filter { !$0.properties.isWhitespace })
        return TextNormalizer.containsASCII(compact, "display:none") || TextNormalizer.containsASCII(compact, "visibility:hidden")
    }

    /// Text meant for screen readers only ("opens in a new window", "Share on Facebook").
    private static func isScreenReaderOnly(_ classes: String) -> Bool {
        ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "sr_only"].contains {
            TextNormalizer.containsASCII(classes, $0)
        }
    }
}
