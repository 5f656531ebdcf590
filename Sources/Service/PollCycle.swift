import ClaimwatchModel
import Configuration
import Feeds
import Fetching
import Foundation
import Logging

/// One pass over the configured sources: every source fetched once with a conditional request,
/// every article linked from a feed's current items fetched or revalidated, and every changed
/// document stored as a new version. A failing source is recorded and logged; it never stops
/// the others. Only store errors (the database itself failing) are thrown.
public struct PollCycle: Sendable {
    let store: any SnapshotStore
    let http: any HTTPClient
    let claims: ClaimPipeline?
    let now: @Sendable () -> Date
    let logger: Logger

    /// `claims` nil stores documents only (no claim extraction, no alerts).
    public init(store: any SnapshotStore, http: any HTTPClient, claims: ClaimPipeline? = nil,
                now: @escaping @Sendable () -> Date, logger: Logger) {
        self.store = store
        self.http = http
        self.claims = claims
        self.now = now
        self.logger = logger
    }

    /// Polls `sources` concurrently (the HTTP client enforces the transfer limits) and returns
    /// a report per source, in the order given.
    public func run(_ sources: [SourceConfig]) async throws -> [SourceReport] {
        try await withThrowingTaskGroup(of: (Int, SourceReport).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, try await poll(source)) }
            }
            var reports = [SourceReport?](repeating: nil, count: sources.count)
            for try await (index, report) in group { reports[index] = report }
            return reports.compactMap { $0 }
        }
    }

    /// Polls one source.
    public func poll(_ source: SourceConfig) async throws -> SourceReport {
        var log = logger
        log[metadataKey: "source.id"] = "\(source.id)"
        let request = FetchRequest(url: source.url, validators: try store.validators(sourceID: source.id, url: source.url))
        let outcome = await http.fetch(request)
        let at = now()
        switch outcome {
        case .failed(let failure, _):
            let state = try store.recordFailure(sourceID: source.id, url: source.url, failure: failure, at: at)
            log.warning("source fetch failed", metadata: failureMetadata(failure, failures: state.consecutiveFailures))
            return SourceReport(sourceID: source.id, status: .failed(failure))
        case .notModified:
            try store.recordNotModified(sourceID: source.id, url: source.url, at: at)
            log.debug("source not modified", metadata: ["http.status": "304"])
            var report = SourceReport(sourceID: source.id, status: .notModified)
            if source.kind == .feed && source.followLinks {
                let items = try store.currentFeedItems(sourceID: source.id).map {
                    LinkedItem(link: $0.url, title: $0.title, published: $0.published)
                }
                try await followLinks(items, of: source, report: &report, logger: log)
            }
            return report
        case .fetched(let response):
            switch source.kind {
            case .feed: return try await storeFeed(response, of: source, at: at, logger: log)
            case .page: return try storePage(response, of: source, at: at, logger: log)
            }
        }
    }

    private func storeFeed(_ response: HTTPResponse, of source: SourceConfig, at: Date, logger log: Logger) async throws -> SourceReport {
        let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType)
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(decoded.text, url: response.finalURL)
        } catch {
            let failure = FetchFailure(kind: .parse, message: error.description)
            let state = try store.recordFailure(sourceID: source.id, url: source.url, failure: failure, at: at)
            log.warning("feed could not be parsed", metadata: failureMetadata(failure, failures: state.consecutiveFailures))
            return SourceReport(sourceID: source.id, status: .failed(failure))
        }
        let snapshots = feed.items.map { FeedItemSnapshot.make($0, sourceID: source.id, at: at) }
        let outcomes = try store.saveFeedFetch(sourceID: source.id, http: metadata(response, charset: decoded.charset),
                                               items: snapshots, at: at)
        var report = SourceReport(sourceID: source.id, status: .fetched)
        report.items = snapshots.count
        report.newVersions = outcomes.filter { if case .newVersion = $0 { true } else { false } }.count
        if let problem = feed.malformed {
            // The items before the damage are stored; the source still shows the parse failure.
            let failure = FetchFailure(kind: .parse, message: problem)
            let state = try store.recordFailure(sourceID: source.id, url: source.url, failure: failure, at: at)
            log.warning("feed is malformed; items before the error were kept",
                        metadata: failureMetadata(failure, failures: state.consecutiveFailures))
            report.parseWarning = problem
        }
        log.info("feed fetched", metadata: ["http.status": "\(response.status)", "feed.items": "\(snapshots.count)",
                                            "feed.new_versions": "\(report.newVersions)"])
        if !source.followLinks {
            // The feed is the text: each new or edited item is read for claims as it stands.
            for (item, outcome) in zip(feed.items, outcomes) {
                guard case .newVersion(let documentID, let versionID, _) = outcome else { continue }
                let reading = ClaimPipeline.Reading(title: item.title, published: item.published ?? item.updated, text: item.readableText)
                report.alerts += try raiseAlerts(reading, documentID: documentID, versionID: versionID, source: source,
                                                 url: item.link ?? source.url, item: nil, at: at, logger: log)
            }
        }
        if source.followLinks {
            let items = feed.items.compactMap { item in
                item.link.map { LinkedItem(link: $0, title: item.title, published: item.published ?? item.updated) }
            }
            try await followLinks(items, of: source, report: &report, logger: log)
        }
        return report
    }

    private func storePage(_ response: HTTPResponse, of source: SourceConfig, at: Date, logger log: Logger) throws -> SourceReport {
        let (snapshot, reading) = pageSnapshot(response, sourceID: source.id, kind: .page, key: source.url, url: source.url,
                                               selector: source.selector, at: at, logger: log)
        let outcome = try store.saveDocumentFetch(snapshot)
        var report = SourceReport(sourceID: source.id, status: .fetched)
        if case .newVersion(let documentID, let versionID, _) = outcome {
            report.newVersions = 1
            report.alerts += try raiseAlerts(reading, documentID: documentID, versionID: versionID, source: source,
                                             url: source.url, item: nil, at: at, logger: log)
        }
        if claims != nil, reading == nil, let selector = source.selector {
            // A selector that no longer matches (the site was redesigned) is the source's problem
            // to report, not something to ignore.
            let failure = FetchFailure(kind: .parse, message: "main text not found within selector \(selector)")
            try store.recordFailure(sourceID: source.id, url: source.url, failure: failure, at: at)
            report.parseWarning = failure.message
        }
        log.info("page fetched", metadata: ["http.status": "\(response.status)", "page.changed": "\(report.newVersions == 1)"])
        return report
    }

    /// A feed item's link, with what the item says about the article it links to.
    struct LinkedItem: Sendable {
        var link: String
        var title: String?
        var published: Date?
    }

    /// Fetches (or revalidates) each article once, concurrently.
    private func followLinks(_ items: [LinkedItem], of source: SourceConfig, report: inout SourceReport, logger log: Logger) async throws {
        var seen = Set<String>()
        let articles = items.filter { item in
            let lower = item.link.lowercased()
            return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && seen.insert(item.link).inserted
        }
        let outcomes = try await withThrowingTaskGroup(of: ArticleOutcome.self) { group in
            for item in articles {
                group.addTask { try await fetchArticle(item, of: source, logger: log) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for outcome in outcomes {
            switch outcome {
            case .stored(let changed, let alerts):
                report.articlesFetched += 1
                report.alerts += alerts
                if changed { report.newVersions += 1 }
            case .notModified: report.articlesNotModified += 1
            case .failed: report.articlesFailed += 1
            }
        }
    }

    private enum ArticleOutcome: Sendable {
        case stored(changed: Bool, alerts: Int)
        case notModified
        case failed
    }

    private func fetchArticle(_ item: LinkedItem, of source: SourceConfig, logger: Logger) async throws -> ArticleOutcome {
        let url = item.link
        var log = logger
        log[metadataKey: "document.url"] = "\(url)"
        let outcome = await http.fetch(FetchRequest(url: url, validators: try store.validators(sourceID: source.id, url: url)))
        let at = now()
        switch outcome {
        case .fetched(let response):
            let (snapshot, reading) = pageSnapshot(response, sourceID: source.id, kind: .article, key: url, url: url,
                                                   selector: nil, at: at, logger: log)
            let stored = try store.saveDocumentFetch(snapshot)
            if case .newVersion(let documentID, let versionID, _) = stored {
                log.info("article stored", metadata: ["document.id": "\(documentID)", "http.status": "\(response.status)"])
                let alerts = try raiseAlerts(reading, documentID: documentID, versionID: versionID, source: source, url: url,
                                             item: item, at: at, logger: log)
                return .stored(changed: true, alerts: alerts)
            }
            return .stored(changed: false, alerts: 0)
        case .notModified:
            try store.recordNotModified(sourceID: source.id, url: url, at: at)
            return .notModified
        case .failed(let failure, _):
            try store.recordFailure(sourceID: source.id, url: url, failure: failure, at: at)
            log.warning("article fetch failed", metadata: failureMetadata(failure, failures: nil))
            return .failed
        }
    }

    /// The snapshot of a fetched page and what it reads as. The version hash is taken over the
    /// extracted main text, so ads, timestamps and related links never make a new version.
    private func pageSnapshot(_ response: HTTPResponse, sourceID: String, kind: DocumentKind, key: String,
                              url: String, selector: String?, at: Date, logger: Logger) -> (Snapshot, ClaimPipeline.Reading?) {
        let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType)
        var reading: ClaimPipeline.Reading?
        if let claims {
            do {
                reading = try claims.read(html: decoded.text, url: response.finalURL, selector: selector)
            } catch {
                logger.warning("main text could not be extracted", metadata: ["document.url": "\(url)", "error": "\(error)"])
            }
        }
        let fingerprintText = reading?.text ?? ContentFingerprint.pageText(decoded.text)
        let snapshot = Snapshot(sourceID: sourceID, kind: kind, key: key, url: url, title: reading?.title,
                                published: reading?.published, content: decoded.text,
                                contentHash: ContentFingerprint.of(fingerprintText),
                                fetchedAt: at, http: metadata(response, charset: decoded.charset))
        return (snapshot, reading)
    }

    private func raiseAlerts(_ reading: ClaimPipeline.Reading?, documentID: Int64, versionID: Int64, source: SourceConfig,
                             url: String, item: LinkedItem?, at: Date, logger: Logger) throws -> Int {
        guard let claims, let reading else { return 0 }
        let alerts = try claims.apply(reading, documentID: documentID, versionID: versionID, sourceID: source.id, url: url,
                                      fallbackTitle: item?.title, fallbackPublished: item?.published, fetchedAt: at,
                                      store: store, now: now())
        for alert in alerts {
            logger.notice("alert raised", metadata: ["alert.id": "\(alert.id)", "alert.kind": "\(alert.kind)",
                                                     "alert.summary": "\(alert.summary)"])
        }
        return alerts.count
    }

    private func metadata(_ response: HTTPResponse, charset: String) -> HTTPMetadata {
        HTTPMetadata(status: response.status, finalURL: response.finalURL, contentType: response.contentType,
                     charset: charset, validators: response.validators)
    }

    private func failureMetadata(_ failure: FetchFailure, failures: Int?) -> Logger.Metadata {
        var metadata: Logger.Metadata = ["failure.kind": "\(failure.kind.rawValue)", "failure.message": "\(failure.message)"]
        if let status = failure.httpStatus { metadata["http.status"] = "\(status)" }
        if let failures { metadata["source.consecutive_failures"] = "\(failures)" }
        return metadata
    }
}
