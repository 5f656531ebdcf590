import Foundation

/// Takes the site's name off a page title: "Storm hits coast | The Daily Planet" →
/// "Storm hits coast". The last segment after " | ", " - ", " – ", " — ", " :: ", " » " or " · "
/// goes when it is the site's name or short enough to be one (four words at most, the rest
/// being longer); a leading segment goes only when it is the site's name.
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ‹ ", " « "]

    static func clean(_ title: String, siteName: String?, onlyKnownSite: Bool = false) -> String {
        let collapsed = TextNormalizer.collapse(title)
        let site = siteName.map(comparable)
        var best: (range: Range<String.Index>, separator: String)?
        for separator in separators {
            if let range = collapsed.range(of: separator, options: .backwards),
               best == nil || range.lowerBound > best!.range.lowerBound {
                best = (range, separator)
            }
        }
        guard let (range, _) = best else { return collapsed }
        let head = String(collapsed[..<range.lowerBound])
        let tail = String(collapsed[range.upperBound...])
        let tailWords = tail.split(separator: " ").count
        let headWords = head.split(separator: " ").count
        if let site, !site.isEmpty, comparable(tail) == site || comparable(tail).hasPrefix(site) {
            return head
        }
        if !onlyKnownSite, tailWords <= 4, headWords >= 2, headWords >= tailWords {
            return head
        }
        if let site, !site.isEmpty, let first = separators.compactMap({ collapsed.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           comparable(String(collapsed[..<first.lowerBound])) == site {
            return String(collapsed[first.upperBound...])
        }
        return collapsed
    }

    private static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }
}
