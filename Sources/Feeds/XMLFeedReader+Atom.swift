import Foundation

/// Atom 1.0 (RFC 4287), and Atom 0.3 read leniently (`issued`, `modified`, `created`, `mode`).
extension XMLFeedReader {
    func readAtomFeed(_ root: XMLElement) -> ParsedFeed {
        let feedBase = base(of: root, inherited: feedURL)
        var feed = ParsedFeed(format: .atom)
        var title = Ranked<String>(), link = Ranked<String>()
        var items: [FeedItem] = []
        for child in root.children where child.namespace.isAtomLike {
            switch child.localName {
            case "title":
                title.offer(0) { plainTitle(child) }
            case "link":
                link.offer(0) { alternateHref(child, base: feedBase) }
                link.offer(1) { secondaryHref(child, base: feedBase) }
            case "entry":
                if document.isSound(child.node) {
                    items.append(readAtomEntry(child, inherited: feedBase))
                }
            default:
                break
            }
        }
        feed.title = title.value
        feed.link = link.value
        feed.items = items
        return feed
    }

    /// An Atom Entry Document (root `<entry>`): a feed of one item.
    func readAtomEntryDocument(_ root: XMLElement) -> ParsedFeed {
        ParsedFeed(format: .atom, items: [readAtomEntry(root, inherited: feedURL)])
    }

    func readAtomEntry(_ entry: XMLElement, inherited: String?) -> FeedItem {
        let entryBase = base(of: entry, inherited: inherited)
        var title = Ranked<String>(), link = Ranked<String>(), id = Ranked<String>()
        var published = Ranked<Date>(), updated = Ranked<Date>()
        var summary = Ranked<String>(), content = Ranked<String>()
        for child in entry.children {
            switch child.namespace {
            case .atom, .atom03, .none:
                switch child.localName {
                case "id": id.offer(0) { trimmedText(child) }
                case "title": title.offer(0) { plainTitle(child) }
                case "link":
                    link.offer(0) { alternateHref(child, base: entryBase) }
                    link.offer(1) { secondaryHref(child, base: entryBase) }
                case "published": published.offer(0) { date(child) }
                case "issued": published.offer(1) { date(child) }
                case "created": published.offer(2) { date(child) }
                case "updated": updated.offer(0) { date(child) }
                case "modified": updated.offer(1) { date(child) }
                case "summary": summary.offer(0) { textConstruct(child)?.value }
                case "content":
                    // Out-of-line content (src=) is a reference, not the content.
                    if document.attribute(child, "src") == nil {
                        content.offer(0) { textConstruct(child)?.value }
                    }
                default: break
                }
            case .dublinCore:
                switch child.localName {
                case "title": title.offer(1) { trimmedText(child).map(PlainText.fromText) }
                case "date": published.offer(3) { date(child) }
                default: break
                }
            default:
                break
            }
        }
        let itemID = id.value
            ?? Self.fallbackID(link: link.value, title: title.value, summary: summary.value, content: content.value)
        return FeedItem(id: itemID, title: title.value, link: link.value, published: published.value,
                        updated: updated.value, summary: summary.value, content: content.value)
    }
}
