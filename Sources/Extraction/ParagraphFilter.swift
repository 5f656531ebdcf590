import Foundation

/// The last pass over the article's blocks, on their text: drops ad labels, bare timestamps,
/// the byline and date lines before the first paragraph, a repeated headline, and headings left
/// with nothing under them.
enum ParagraphFilter {
    /// - Parameter selected: the blocks come from a region the user selected, where link lists
    ///   and headings are content (an index of statements), so only labels, timestamps, credits
    ///   and the leading byline go.
    static func filter(_ blocks: [TextBlock], title: String?, selected: Bool = false) -> [TextBlock] {
        let normalizedTitle = title.map(comparable)
        var kept = blocks.filter { block in
            !isAdLabel(block.text) && !isTimestampLine(block.text) && !isCredit(block.text)
                && (selected || !isLinkOnly(block))
        }
        // Lines before the first real paragraph that only say who wrote it and when.
        while let first = kept.first, first.length < 160,
              isBylineLine(first.text) || isDatedMetaLine(first.text)
                || (normalizedTitle != nil && comparable(first.text) == normalizedTitle) {
            kept.removeFirst()
        }
        if let normalizedTitle {
            kept.removeAll { $0.isHeading && comparable($0.text) == normalizedTitle }
        }
        if selected { return kept }
        // Calls to action that close an article ("Follow us on…", "Sign up for our newsletter"),
        // and a heading whose section was all boilerplate (a "Related stories" title, say).
        while let last = kept.last, last.isHeading || isCallToAction(last.text) { kept.removeLast() }
        return kept
    }

    private static let creditLeads = [
        "photo:", "photo by", "photos:", "photograph:", "photograph by", "photography:", "image:", "image credit",
        "images:", "picture:", "pictures:", "credit:", "credits:", "illustration:", "illustration by", "(photo",
        "(image", "(credit", "foto:", "bild:",
    ]

    /// A photo or illustration credit ("Photo: Jane Doe/Agency").
    static func isCredit(_ text: String) -> Bool {
        guard text.count <= 120 else { return false }
        let lower = text.lowercased()
        return creditLeads.contains(where: lower.hasPrefix)
    }

    /// A paragraph that is nothing but a link: a promoted headline, "Read more", a tag.
    static func isLinkOnly(_ block: TextBlock) -> Bool {
        guard !block.isHeading else { return false }
        if block.linkDensity >= 0.8 { return true }
        guard block.linkDensity >= 0.4, block.text.count < 200 else { return false }
        let lower = block.text.lowercased()
        return crossLinkLeads.contains { lower.hasPrefix($0) }
    }

    /// How sites introduce a link to another story in the middle of an article.
    private static let crossLinkLeads = [
        "read more", "read also", "also read", "related", "see also", "see more", "more:", "more from", "more on",
        "watch:", "listen:", "click here", "don't miss", "don’t miss", "recommended", "further reading",
        "trending", "must read", "read next", "up next", "read:", "see:", "also:", "more coverage",
    ]

    private static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    private static let callToActionLeads = [
        "follow ", "sign up", "signup", "subscribe", "click here", "join our", "join us", "listen to", "listen live",
        "get access", "download our", "download the", "like us on", "get the latest", "get our", "want more",
        "don't miss", "don’t miss", "for more news", "for the latest", "to get the latest", "you can follow",
        "stay up to date", "have a tip", "got a tip", "send us your", "contact us", "read the full", "watch the full",
        "we want to hear", "tell us what you think", "share your thoughts", "do you have a story",
    ]

    /// A short closing line that points the reader elsewhere rather than telling the story.
    static func isCallToAction(_ text: String) -> Bool {
        guard text.count <= 300 else { return false }
        let lower = text.lowercased()
        if callToActionLeads.contains(where: lower.hasPrefix) { return true }
        return lower.contains("newsletter") && (lower.contains("sign up") || lower.contains("subscribe"))
    }

    private static let adLabels: Set<String> = [
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "paid post", "promoted", "promoted content", "story continues below advertisement",
        "article continues below advertisement", "article continues below", "story continues below",
        "continue reading below", "continue reading the main story", "scroll to continue with content",
        "skip advertisement", "advertisement continue reading below", "content continues below",
        "the article continues below", "partner content", "advertorial", "anzeige", "publicité", "publicidad",
        "werbung", "pubblicità", "comments", "comment", "leave a comment", "leave a reply", "post a comment",
        "add a comment", "view comments", "show comments", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "print", "save", "whatsapp",
        "facebook", "twitter", "linkedin", "pinterest", "reddit", "copy link", "read more", "see more", "show more",
        "load more", "back to top", "skip to content", "tags", "topics", "filed under", "related", "related stories",
        "related articles", "related content", "more stories", "you may also like", "recommended",
    ]

    /// Ad markers and the labels of share, comment and navigation controls, alone on their line.
    static func isAdLabel(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        let lower = text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        return adLabels.contains(lower)
    }

    private static let timestampWords: Set<String> = [
        "updated", "update", "published", "posted", "last", "on", "at", "ago", "minute", "minutes", "min", "mins",
        "hour", "hours", "hr", "hrs", "h", "m", "day", "days", "week", "weeks", "yesterday", "today", "just", "now",
        "am", "pm", "first", "modified", "edited", "created", "originally", "date", "time", "of", "et", "pt",
        "ct", "mt", "a", "an",
    ]

    /// A line that is only a date or a time ("Sep. 3, 7:15 a.m.", "Updated 5 minutes ago",
    /// "Published: June 10, 2025 4:00 PM EDT"): such lines change on every render of a live page.
    static func isTimestampLine(_ text: String) -> Bool {
        guard text.count <= 80 else { return false }
        var hasDateOrTime = false
        for token in TextDateParser.tokenize(text) {
            switch token {
            case .time, .offset:
                hasDateOrTime = true
            case .number(let digits):
                if digits.count > 4 { return false }
            case .word(let word):
                if TextDateParser.months[word] != nil || word == "ago" || word == "yesterday" || word == "today" {
                    hasDateOrTime = true
                } else if !TextDateParser.weekdays.contains(word), TextDateParser.zones[word] == nil,
                          !timestampWords.contains(word) {
                    return false
                }
            }
        }
        return hasDateOrTime
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Words by …": short and signed.
    static func isBylineLine(_ text: String) -> Bool {
        guard text.count <= 100 else { return false }
        let lower = text.lowercased()
        let prefixes = ["by ", "by:", "written by", "words by", "story by", "text by", "von ", "por ", "par "]
        guard prefixes.contains(where: lower.hasPrefix) else { return false }
        return text.split(whereSeparator: { $0 == " " }).count <= 16 && !text.hasSuffix(".")
            || lower.contains("·") || lower.contains("|")
    }

    /// A byline or meta line that carries a date: "Jane Doe · June 10, 2025", "Posted on …".
    static func isDatedMetaLine(_ text: String) -> Bool {
        guard text.count <= 120, TextDateParser.parse(text) != nil else { return false }
        let words = text.split(whereSeparator: { $0 == " " })
        return words.count <= 14 && !text.hasSuffix(".")
    }
}
