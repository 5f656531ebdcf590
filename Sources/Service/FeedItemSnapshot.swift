import ClaimwatchModel
import Feeds
import Foundation

/// How a feed item becomes a stored document version.
enum FeedItemSnapshot {
    static func make(_ item: FeedItem, sourceID: String, at: Date) -> Snapshot {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let content = (try? encoder.encode(item)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        // Dates stay out of the fingerprint: a feed that only bumps <updated> has not changed.
        let meaningful = [item.title, item.link, item.summary, item.content].map { $0 ?? "" }.joined(separator: "\u{1F}")
        return Snapshot(sourceID: sourceID, kind: .feedItem, key: item.id, url: item.link ?? "", title: item.title,
                        published: item.published, updated: item.updated, content: content,
                        contentHash: ContentFingerprint.of(meaningful), fetchedAt: at)
    }
}
