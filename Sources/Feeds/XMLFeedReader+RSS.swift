import Foundation

/// RSS 0.9x, 1.0 (RDF) and 2.0, with the extension elements real feeds lean on: Dublin Core,
/// `content:encoded`, embedded Atom, iTunes summaries.
extension XMLFeedReader {
    func readRSS(_ root: XMLElement) -> ParsedFeed {
        let version = document.attribute(root, "version")?.trimmingCharacters(in: .whitespaces) ?? ""
        let rootBase = base(of: root, inherited: feedURL)
        var feed = ParsedFeed(format: version.hasPrefix("0.") ? .rss09 : .rss2)
        var items: [FeedItem] = []
        let channel = root.localName == "channel"
            ? root : root.children.first { $0.namespace.isRSS && $0.localName == "channel" }
        if let channel {
            let channelBase = channel.node == root.node ? rootBase : base(of: channel, inherited: rootBase)
            readChannel(channel, base: channelBase, into: &feed)
            items += readItems(in: channel, base: channelBase)
        }
        if channel?.node != root.node {
            // Items misplaced beside the channel instead of inside it.
            items += readItems(in: root, base: rootBase)
        }
        feed.items = items
        return feed
    }

    func readRDF(_ root: XMLElement) -> ParsedFeed {
        let rootBase = base(of: root, inherited: feedURL)
        let children = root.children
        let isNetscape = children.contains { $0.namespace == .rss090 }
        var feed = ParsedFeed(format: isNetscape ? .rss09 : .rss1)
        var items: [FeedItem] = []
        for child in children where child.namespace.isRSS {
            switch child.localName {
            case "channel":
                let channelBase = base(of: child, inherited: rootBase)
                readChannel(child, base: channelBase, into: &feed)
                // RSS 1.0 puts items beside the channel; some generators nest them anyway.
                items += readItems(in: child, base: channelBase)
            case "item":
                if document.isSound(child.node) {
                    items.append(readRSSItem(child, inherited: rootBase))
                }
            default:
                break
            }
        }
        feed.items = items
        return feed
    }

    private func readItems(in parent: XMLElement, base: String?) -> [FeedItem] {
        parent.children
            .filter { $0.namespace.isRSS && $0.localName == "item" && document.isSound($0.node) }
            .map { readRSSItem($0, inherited: base) }
    }

    private func readChannel(_ channel: XMLElement, base channelBase: String?, into feed: inout ParsedFeed) {
        var title: String?, fallbackTitle: String?
        var link: String?, alternateLink: String?
        for child in channel.children {
            switch (child.namespace, child.localName.lowercased()) {
            case (let ns, "title") where ns.isRSS:
                if title == nil { title = trimmedText(child).map(PlainText.fromRSSTitle) }
            case (.dublinCore, "title"):
                if fallbackTitle == nil { fallbackTitle = trimmedText(child).map(PlainText.fromRSSTitle) }
            case (.atom, "title"):
                if fallbackTitle == nil { fallbackTitle = plainTitle(child) }
            case (let ns, "link") where ns.isRSS:
                if link == nil {
                    if let text = trimmedText(child) {
                        link = FeedURL.resolve(text, against: base(of: child, inherited: channelBase))
                    } else if alternateLink == nil {
                        alternateLink = alternateHref(child, base: channelBase)
                    }
                }
            case (.atom, "link"):
                if alternateLink == nil { alternateLink = alternateHref(child, base: channelBase) }
            case (let ns, "ttl") where ns.isRSS:
                if feed.ttlMinutes == nil, let text = trimmedText(child), let minutes = Int(text), minutes >= 0 {
                    feed.ttlMinutes = minutes
                }
            default:
                break
            }
        }
        feed.title = title.flatMap(nonBlank) ?? fallbackTitle.flatMap(nonBlank)
        feed.link = link ?? alternateLink
    }

    /// Fills each field from the best element present, whatever the order of the elements:
    /// the RSS element first, then Dublin Core, embedded Atom and iTunes fallbacks.
    func readRSSItem(_ item: XMLElement, inherited: String?) -> FeedItem {
        let itemBase = base(of: item, inherited: inherited)
        var title = Ranked<String>(), link = Ranked<String>(), id = Ranked<String>()
        var published = Ranked<Date>(), updated = Ranked<Date>()
        var summary = Ranked<String>(), content = Ranked<String>()
        var permalinkGUID: String?
        for child in item.children {
            let name = child.localName
            switch child.namespace {
            case .none, .rss1, .rss090:
                switch name.lowercased() {
                case "title":
                    title.offer(0) { trimmedText(child).map(PlainText.fromRSSTitle) }
                case "link":
                    if let text = trimmedText(child) {
                        link.offer(0) { FeedURL.resolve(text, against: base(of: child, inherited: itemBase)) }
                    } else {
                        link.offer(1) { alternateHref(child, base: itemBase) }
                    }
                case "guid":
                    guard let guid = trimmedText(child) else { break }
                    id.offer(0) { guid }
                    let isPermaLink = document.attribute(child, "isPermaLink")?
                        .trimmingCharacters(in: .whitespaces).lowercased()
                    if isPermaLink != "false", permalinkGUID == nil, guid.hasPrefix("http") {
                        permalinkGUID = FeedURL.resolve(guid, against: base(of: child, inherited: itemBase))
                    }
                case "pubdate":
                    published.offer(0) { date(child) }
                case "description":
                    summary.offer(0) { contentText(child) }
                default:
                    break
                }
            case .dublinCore:
                switch name {
                case "title": title.offer(1) { trimmedText(child).map(PlainText.fromRSSTitle) }
                case "date": published.offer(1) { date(child) }
                case "description": summary.offer(1) { contentText(child) }
                case "identifier": id.offer(2) { trimmedText(child) }
                default: break
                }
            case .dublinCoreTerms:
                switch name {
                case "issued", "created": published.offer(3) { date(child) }
                case "modified": updated.offer(1) { date(child) }
                default: break
                }
            case .content:
                if name == "encoded" { content.offer(0) { contentText(child) } }
            case .atom:
                switch name {
                case "title": title.offer(2) { plainTitle(child) }
                case "link": link.offer(2) { alternateHref(child, base: itemBase) }
                case "id": id.offer(1) { trimmedText(child) }
                case "published": published.offer(2) { date(child) }
                case "updated": updated.offer(0) { date(child) }
                case "summary": summary.offer(2) { textConstruct(child)?.value }
                case "content": content.offer(1) { textConstruct(child)?.value }
                default: break
                }
            case .itunes:
                if name == "summary" { summary.offer(3) { contentText(child) } }
            case .xhtml:
                if name == "body" { content.offer(2) { nonBlank(document.markup(ofChildrenOf: child)) } }
            default:
                break
            }
        }
        let itemLink = link.value ?? permalinkGUID
        let about = document.attribute(item, "about", in: .rdf)?.trimmingCharacters(in: .whitespacesAndNewlines)
        let itemID = id.value ?? itemLink ?? about.flatMap(nonBlank)
            ?? Self.fallbackID(link: nil, title: title.value, summary: summary.value, content: content.value)
        return FeedItem(id: itemID, title: title.value, link: itemLink, published: published.value,
                        updated: updated.value, summary: summary.value, content: content.value)
    }
}
