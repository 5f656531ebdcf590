import Testing

/// The hand-written pages in `Pages/`, one per style of news page, with the text each must yield.
enum FixturePage: String, CaseIterable, CustomTestStringConvertible {
    case wireStory = "wire story with dateline"
    case liveBlog = "live blog with timestamped entries"
    case adAndRelated = "in-body ads and related stories"
    case jsonLDOnly = "JSON-LD articleBody only"
    case brokenMarkup = "broken markup"
    case cookieNewsletter = "cookie banner and newsletter box"

    var html: String {
        switch self {
        case .wireStory: WireStoryPage.html
        case .liveBlog: LiveBlogPage.html
        case .adAndRelated: AdAndRelatedPage.html
        case .jsonLDOnly: JSONLDOnlyPage.html
        case .brokenMarkup: BrokenMarkupPage.html
        case .cookieNewsletter: CookieNewsletterPage.html
        }
    }

    var expectedText: String {
        switch self {
        case .wireStory: WireStoryPage.text
        case .liveBlog: LiveBlogPage.text
        case .adAndRelated: AdAndRelatedPage.text
        case .jsonLDOnly: JSONLDOnlyPage.text
        case .brokenMarkup: BrokenMarkupPage.text
        case .cookieNewsletter: CookieNewsletterPage.text
        }
    }

    var testDescription: String { rawValue }
}
