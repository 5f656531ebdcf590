import Foundation

/// A feed item's link, with what the item says about the article it links to.
public struct ArticleLink: Sendable, Equatable {
    public var link: String
    public var title: String?
    public var published: Date?

    public init(link: String, title: String? = nil, published: Date? = nil) {
        self.link = link
        self.title = title
        self.published = published
    }
}
