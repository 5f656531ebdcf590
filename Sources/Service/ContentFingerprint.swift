import Crypto
import Foundation

/// The hash that decides whether a document changed. It is taken over normalised content, so
/// edits that normalisation removes (whitespace, markup around the same text) create no version.
public enum ContentFingerprint {
    /// SHA-256 hex of `text` after whitespace is collapsed.
    public static func of(_ text: String) -> String {
        let normalised = collapseWhitespace(text)
        return SHA256.hash(data: Data(normalised.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The visible text of an HTML page: scripts, styles, comments and tags removed. A stand-in
    /// for main-text extraction, which narrows it to the article.
    public static func pageText(_ html: String) -> String {
        var text = html
        for (open, close) in [("<!--", "-->"), ("<script", "</script>"), ("<style", "</style>"), ("<noscript", "</noscript>")] {
            text = removeSpans(text, open: open, close: close)
        }
        text = removeSpans(text, open: "<", close: ">")
        return collapseWhitespace(text)
    }

    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func removeSpans(_ text: String, open: String, close: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let start = rest.range(of: open, options: .caseInsensitive) {
            result += rest[..<start.lowerBound]
            guard let end = rest.range(of: close, options: .caseInsensitive, range: start.upperBound..<rest.endIndex) else {
                return result + " "
            }
            result += " "
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
