import Claims
import ClaimwatchModel
import Configuration
import Extraction
import Feeds
import Foundation
import Sentences

/// From a stored document version to its claims and the alerts they raise: main text, sentences,
/// claims, then the store's claim histories (alerts go to the outbox in the same transaction).
public struct ClaimPipeline: Sendable {
    let extractor: ClaimExtractor
    let topicNames: [String: String]
    let entityNames: [String: String]
    let sinks: [String]

    /// `scorer` decides stances (the learned model; loaded once and kept across reloads).
    public init(config: ClaimwatchConfig, scorer: any StanceScoring) {
        extractor = ClaimExtractor(topics: config.topics.map(\.watched), entities: config.entities.map(\.watched), scorer: scorer)
        topicNames = Dictionary(uniqueKeysWithValues: config.topics.map { ($0.id, $0.name) })
        // Alerts name an entity by its first configured name ("Russia").
        entityNames = Dictionary(uniqueKeysWithValues: config.entities.map { ($0.id, $0.names.first ?? $0.id) })
        sinks = config.alerts.map(\.name)
    }

    /// A page's main text and metadata: enough to decide whether the document changed. Its claims
    /// are read only for a new version (`apply`), never for a page that is unchanged.
    public struct Reading: Sendable {
        public var title: String?
        public var published: Date?
        /// The main text, whose hash decides whether the document changed.
        public var text: String

        init(title: String?, published: Date?, text: String) {
            self.title = title
            self.published = published
            self.text = text
        }

        /// A feed item read as it stands (`follow_links: false`): its own title, date and text.
        init(_ item: FeedItem) {
            self.init(title: item.title, published: item.published ?? item.updated, text: item.readableText)
        }
    }

    /// Reads an HTML page's main text (within `selector` if given) and metadata.
    public func read(html: String, url: String, selector: String?) throws(ExtractionError) -> Reading {
        let page = try MainTextExtractor.extract(html: html, url: url, selector: selector)
        return Reading(title: page.title, published: page.published, text: page.text)
    }

    /// The claims a reading makes.
    func claims(of reading: Reading) -> [Claim] {
        let year = reading.published.map { Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: $0).year ?? 0 }
        return extractor.claims(sentences: SentenceSplitter.split(reading.text), title: reading.title, referenceYear: year)
    }

    /// Records a new version's claims and returns the alerts it raised.
    func apply(_ reading: Reading, documentID: Int64, versionID: Int64?, sourceID: String, url: String,
               fallbackTitle: String?, fallbackPublished: Date?, fetchedAt: Date, store: any SnapshotStore,
               now: Date) throws -> [AlertRecord] {
        let published = reading.published ?? fallbackPublished
        let title = reading.title ?? fallbackTitle
        let observations = claims(of: reading).map { claim in
            ClaimObservation(claim: claim,
                             evidence: Evidence(source: sourceID, url: url, title: title, published: published,
                                                sentence: claim.sentence.text),
                             publishedAt: published ?? fetchedAt)
        }
        return try store.applyClaims(documentID: documentID, versionID: versionID, observations: observations,
                                     sinks: sinks, at: now) { decision, key in
            let entityName: String? = if case .entity(let id) = key.subject { entityNames[id] ?? id } else { nil }
            return AlertRecord.make(decision, key: key, topicName: topicNames[key.topic] ?? key.topic,
                                    entityName: entityName, detectedAt: now)
        }
    }
}
