import Foundation

/// What main-text extraction found in an HTML page.
public struct ExtractedPage: Sendable, Equatable {
    public var title: String?
    public var published: Date?
    public var modified: Date?
    public var byline: String?
    public var canonicalURL: String?
    public var language: String?
    /// The article's paragraphs (headings and list items that belong to it included), in order.
    public var paragraphs: [String]

    public init(title: String? = nil, published: Date? = nil, modified: Date? = nil, byline: String? = nil,
                canonicalURL: String? = nil, language: String? = nil, paragraphs: [String] = []) {
        self.title = title
        self.published = published
        self.modified = modified
        self.byline = byline
        self.canonicalURL = canonicalURL
        self.language = language
        self.paragraphs = paragraphs
    }

    /// The main text: paragraphs separated by a blank line.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}
