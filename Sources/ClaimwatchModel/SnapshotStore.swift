import Foundation

/// The store as the pipeline sees it: sources with their fetch state, documents and their
/// versions, and the validators of every URL. The SQLite implementation lives in `Store`; a
/// shared PostgreSQL backend can implement the same protocol without touching the pipeline.
///
/// Every method is one transaction: either all of it is stored or none of it.
public protocol SnapshotStore: Sendable {
    /// Makes the store's source table match the configuration: new sources are added, changed
    /// URLs and kinds updated, sources no longer configured marked inactive (never deleted).
    func syncSources(_ sources: [SourceDescriptor]) throws

    /// The validators last seen for `url` by `sourceID`, for a conditional request. They are kept
    /// per source: two feeds linking one article each need the article's content once, so one
    /// source's 304 must not stand for another's never-fetched copy.
    func validators(sourceID: String, url: String) throws -> HTTPValidators?

    /// Records a successful fetch of a feed source and stores its items; the feed's validators
    /// are saved in the same transaction, so a crash never leaves a 304 hiding unstored items.
    func saveFeedFetch(sourceID: String, http: HTTPMetadata, items: [Snapshot], at: Date) throws -> [SnapshotOutcome]

    /// Stores one fetched page (a page source, or an article linked from a feed) together with
    /// its validators. For a page source it also records the source's successful fetch.
    func saveDocumentFetch(_ snapshot: Snapshot) throws -> SnapshotOutcome

    /// Records a 304 answer for `url`: nothing changed, only times move.
    func recordNotModified(sourceID: String, url: String, at: Date) throws

    /// Records a failure. When `url` is the source's own URL the source's consecutive-failure
    /// count grows; a failing article is recorded on its document only. Returns the source state.
    @discardableResult
    func recordFailure(sourceID: String, url: String, failure: FetchFailure, at: Date) throws -> SourceState

    /// All sources with their fetch state.
    func sourceStates() throws -> [SourceState]

    /// The documents of one source, or of all sources.
    func documents(sourceID: String?) throws -> [StoredDocument]

    /// The items of a feed source's latest successful fetch (its *current* items), whose links
    /// are followed even when the feed itself answered 304.
    func currentFeedItems(sourceID: String) throws -> [StoredDocument]

    /// Versions stored as new whose claims were never applied (the process stopped in between),
    /// oldest first. `applyClaims` clears a version's mark.
    func versionsPendingClaims() throws -> [PendingClaims]

    /// Clears the mark of versions that are not read for claims (feed items whose articles are
    /// followed instead, pages whose text could not be extracted).
    func clearClaimsPending(versionIDs: [Int64]) throws

    /// Records what a document's new version claims and moves every claim history it touches,
    /// in one transaction: alerts raised by a change (built by `makeAlert`) are written to the
    /// outbox with a pending delivery for each of `sinks`, together with the change itself.
    /// A value that differs from the document's previous version's is a revision
    /// (`ClaimDecision.revised`): one alert per edit, whether or not it moved the history.
    /// Returns the alerts written (an alert already in the outbox is not written again).
    func applyClaims(documentID: Int64, versionID: Int64?, observations: [ClaimObservation], sinks: [String], at: Date,
                     makeAlert: (ClaimDecision, ClaimKey) -> AlertRecord?) throws -> [AlertRecord]

    /// Alerts not yet delivered to `sink`, oldest first: every pending one, due or not (the
    /// delivery schedule is ``DeliveryOutbox``'s).
    func pendingAlerts(sink: String) throws -> [AlertRecord]

    /// Marks an alert delivered to a sink.
    func markDelivered(alertID: String, sink: String, at: Date) throws

    /// Records a failed delivery attempt; the alert stays pending.
    func recordDeliveryFailure(alertID: String, sink: String, error: String, at: Date) throws

    /// The versions of one document, oldest first.
    func versions(documentID: Int64) throws -> [StoredVersion]
}
