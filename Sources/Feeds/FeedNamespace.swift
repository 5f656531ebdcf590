/// The vocabularies feed readers care about, recognised by namespace URI, or by the
/// conventional prefix when a feed uses a prefix it never declared.
enum FeedNamespace: Equatable {
    /// No namespace: RSS 0.9x/2.0 elements.
    case none
    case atom
    case atom03
    case rss1
    case rss090
    case rdf
    case dublinCore
    case dublinCoreTerms
    case content
    case itunes
    case media
    case xhtml
    case other

    init(uri: String) {
        switch uri {
        case "http://www.w3.org/2005/Atom": self = .atom
        case "http://purl.org/atom/ns#": self = .atom03
        // UserLand's RSS 2.0 namespace, which a few generators declare as the default: the
        // elements are plain RSS all the same.
        case "http://backend.userland.com/rss2", "http://backend.userland.com/rss": self = .none
        case "http://purl.org/rss/1.0/": self = .rss1
        case "http://my.netscape.com/rdf/simple/0.9/": self = .rss090
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": self = .dublinCore
        case "http://purl.org/dc/terms/": self = .dublinCoreTerms
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        default:
            // The iTunes URI is published with inconsistent capitalisation.
            self = uri.lowercased() == "http://www.itunes.com/dtds/podcast-1.0.dtd" ? .itunes : .other
        }
    }

    init(undeclaredPrefix prefix: Substring) {
        switch prefix {
        case "atom": self = .atom
        case "rdf": self = .rdf
        case "dc": self = .dublinCore
        case "dcterms": self = .dublinCoreTerms
        case "content": self = .content
        case "itunes": self = .itunes
        case "media": self = .media
        case "xhtml": self = .xhtml
        default: self = .other
        }
    }

    /// Elements read as plain RSS: no namespace, or RSS 1.0 / 0.90's own.
    var isRSS: Bool {
        self == .none || self == .rss1 || self == .rss090
    }

    /// Atom 1.0 or 0.3 (or no namespace, for Atom documents that forgot to declare it).
    var isAtomLike: Bool {
        self == .atom || self == .atom03 || self == .none
    }
}
