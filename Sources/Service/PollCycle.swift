import ClaimwatchModel
import Configuration
import Feeds
import Fetching
import Foundation
import Logging
import Scheduling

/// One pass over the configured sources: every source fetched once with a conditional request,
/// every article linked from a feed's current items fetched or revalidated, and every changed
/// document stored as a new version. A failing source is recorded and logged; it never stops
/// the others. Only store errors (the database itself failing) are thrown.
///
/// `run` (`once` = `run(_:)` over every source) is built from the same steps the daemon uses
/// one at a time: ``poll(_:skippingArticles:)`` for one source and
/// ``fetchArticles(_:of:)`` for articles whose revisit is due.
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
        try applyPendingClaims(sources)
        return try await withThrowingTaskGroup(of: (Int, SourceReport).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, try await poll(source)) }
            }
            var reports = [SourceReport?](repeating: nil, count: sources.count)
            for try await (index, report) in group { reports[index] = report }
            return reports.compactMap { $0 }
        }
    }

    /// Polls one source, then fetches or revalidates the articles its feed links to, except
    /// those in `skippingArticles` (the daemon's articles whose revisit is not yet due).
    public func poll(_ source: SourceConfig, skippingArticles: Set<String> = []) async throws -> SourceReport {
        var log = logger
        log[metadataKey: "source.id"] = "\(source.id)"
        let request = FetchRequest(url: source.url, validators: try store.validators(sourceID: source.id, url: source.url))
        let outcome = await http.fetch(request)
        let at = now()
        switch outcome {
        case .failed(let failure, let response):
            let state = try store.recordFailure(sourceID: source.id, url: source.url, failure: failure, at: at)
            log.warning("source fetch failed", metadata: failureMetadata(failure, failures: state.consecutiveFailures))
            var report = SourceReport(sourceID: source.id, status: .failed(failure))
            report.hints = Self.hints(response, at: at)
            return report
        case .notModified(let response):
            try store.recordNotModified(sourceID: source.id, url: source.url, at: at)
            log.debug("source not modified", metadata: ["http.status": "304"])
            var report = SourceReport(sourceID: source.id, status: .notModified)
            report.hints = Self.hints(response, at: at)
            if source.kind == .feed && source.followLinks {
                let items = try store.currentFeedItems(sourceID: source.id).map {
                    ArticleLink(link: $0.url, title: $0.title, published: $0.published)
                }
                try await followLinks(items.filter { !skippingArticles.contains($0.link) }, of: source, report: &report, logger: log)
            }
            return report
        case .fetched(let response):
            switch source.kind {
            case .feed: return try await storeFeed(response, of: source, skipping: skippingArticles, at: at, logger: log)
            case .page:
                var report = try storePage(response, of: source, at: at, logger: log)
                report.hints = Self.hints(response, at: at)
                return report
            }
        }
    }

    /// Fetches or revalidates articles of `source` on their own (revisits whose time has come),
    /// without polling the source itself.
    public func fetchArticles(_ links: [ArticleLink], of source: SourceConfig) async throws -> [ArticleResult] {
        var log = logger
        log[metadataKey: "source.id"] = "\(source.id)"
        var report = SourceReport(sourceID: source.id, status: .notModified)
        try await followLinks(links, of: source, report: &report, logger: log)
        return report.articles
    }

    /// What a response (if any) says about when to ask again.
    static func hints(_ response: HTTPResponse?, ttlMinutes: Int? = nil, at: Date) -> ResponseHints {
        guard let response else { return ResponseHints() }
        return ResponseHints.read(status: response.status, header: { response.headers.value(for: $0) },
                                  ttlMinutes: ttlMinutes, at: at)
    }

    private func storeFeed(_ response: HTTPResponse, of source: SourceConfig, skipping: Set<String>, at: Date,
                           logger log: Logger) async throws -> SourceReport {
        let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType)
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(decoded.text, url: response.finalURL)
        } catch {
            let failure = FetchFailure(kind: .parse, message: error.description)
            let state = try store.recordFailure(sourceID: source.id, url: source.url, failure: failure, at: at)
            log.warning("feed could not be parsed", metadata: failureMetadata(failure, failures: state.consecutiveFailures))
            var report = SourceReport(sourceID: source.id, status: .failed(failure))
            report.hints = Self.hints(response, at: at)
            return report
        }
        let snapshots = feed.items.map { FeedItemSnapshot.make($0, sourceID: source.id, at: at) }
        let outcomes = try store.saveFeedFetch(sourceID: source.id, http: metadata(response, charset: decoded.charset),
                                               items: snapshots, at: at)
        var report = SourceReport(sourceID: source.id, status: .fetched)
        report.hints = Self.hints(response, ttlMinutes: feed.ttlMinutes, at: at)
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
                let reading = ClaimPipeline.Reading(item)
                report.alerts += try raiseAlerts(reading, documentID: documentID, versionID: versionID, source: source,
                                                 url: item.link ?? source.url, item: nil, at: at, logger: log)
            }
        }
        if source.followLinks, claims != nil {
            // The items themselves are not read for claims: their linked articles are.
            try store.clearClaimsPending(versionIDs: outcomes.compactMap { outcome in
                if case .newVersion(_, let versionID, _) = outcome { versionID } else { nil }
            })
        }
        if source.followLinks {
            let items = feed.items.compactMap { item in
                item.link.map { ArticleLink(link: $0, title: item.title, published: item.published ?? item.updated) }
            }
            try await followLinks(items.filter { !skipping.contains($0.link) }, of: source, report: &report, logger: log)
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

    /// Fetches (or revalidates) each article once, concurrently.
    private func followLinks(_ items: [ArticleLink], of source: SourceConfig, report: inout SourceReport, logger log: Logger) async throws {
        var seen = Set<String>()
        let articles = items.filter { item in
            let lower = item.link.lowercased()
            return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && seen.insert(item.link).inserted
        }
        let outcomes = try await withThrowingTaskGroup(of: ArticleResult.self) { group in
            for item in articles {
                group.addTask { try await fetchArticle(item, of: source, logger: log) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for outcome in outcomes {
            switch outcome.status {
            case .stored(let changed):
                report.articlesFetched += 1
                report.alerts += outcome.alerts
                if changed { report.newVersions += 1 }
            case .notModified: report.articlesNotModified += 1
            case .failed: report.articlesFailed += 1
            }
        }
        report.articles += outcomes
    }

    private func fetchArticle(_ item: ArticleLink, of source: SourceConfig, logger: Logger) async throws -> ArticleResult {
        let url = item.link
        var log = logger
        log[metadataKey: "document.url"] = "\(url)"
        let outcome = await http.fetch(FetchRequest(url: url, validators: try store.validators(sourceID: source.id, url: url)))
        let at = now()
        func result(_ status: ArticleResult.Status, alerts: Int = 0, _ response: HTTPResponse?) -> ArticleResult {
            ArticleResult(url: url, published: item.published, status: status, alerts: alerts,
                          hints: Self.hints(response, at: at))
        }
        switch outcome {
        case .fetched(let response):
            let (snapshot, reading) = pageSnapshot(response, sourceID: source.id, kind: .article, key: url, url: url,
                                                   selector: nil, at: at, logger: log)
            let stored = try store.saveDocumentFetch(snapshot)
            if case .newVersion(let documentID, let versionID, _) = stored {
                log.info("article stored", metadata: ["document.id": "\(documentID)", "http.status": "\(response.status)"])
                let alerts = try raiseAlerts(reading, documentID: documentID, versionID: versionID, source: source, url: url,
                                             item: item, at: at, logger: log)
                return result(.stored(changed: true), alerts: alerts, response)
            }
            return result(.stored(changed: false), response)
        case .notModified(let response):
            try store.recordNotModified(sourceID: source.id, url: url, at: at)
            return result(.notModified, response)
        case .failed(let failure, let response):
            try store.recordFailure(sourceID: source.id, url: url, failure: failure, at: at)
            log.warning("article fetch failed", metadata: failureMetadata(failure, failures: nil))
            return result(.failed, response)
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
                             url: String, item: ArticleLink?, at: Date, logger: Logger) throws -> Int {
        guard let claims else { return 0 }
        guard let reading else {
            // Nothing readable in this version: there are no claims to apply later either.
            try store.clearClaimsPending(versionIDs: [versionID])
            return 0
        }
        let alerts = try claims.apply(reading, documentID: documentID, versionID: versionID, sourceID: source.id, url: url,
                                      fallbackTitle: item?.title, fallbackPublished: item?.published, fetchedAt: at,
                                      store: store, now: now())
        for alert in alerts {
            logger.notice("alert raised", metadata: ["alert.id": "\(alert.id)", "alert.kind": "\(alert.kind)",
                                                     "alert.summary": "\(alert.summary)"])
        }
        return alerts.count
    }

    /// Applies the claims of versions that were stored as new but whose claims never were (the
    /// process was killed between the two writes), so no alert is lost. Called before polling.
    @discardableResult
    public func applyPendingClaims(_ sources: [SourceConfig]) throws -> Int {
        guard let claims else { return 0 }
        let pending = try store.versionsPendingClaims()
        guard !pending.isEmpty else { return 0 }
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var alerts = 0
        var skipped: [Int64] = []
        for version in pending {
            guard let source = byID[version.sourceID], let reading = reread(version, of: source, claims: claims) else {
                skipped.append(version.versionID)
                continue
            }
            let raised = try claims.apply(reading, documentID: version.documentID, versionID: version.versionID,
                                          sourceID: source.id, url: version.url, fallbackTitle: version.title,
                                          fallbackPublished: version.published, fetchedAt: version.fetchedAt, store: store, now: now())
            alerts += raised.count
        }
        try store.clearClaimsPending(versionIDs: skipped)
        logger.notice("claims of interrupted versions applied",
                      metadata: ["versions": "\(pending.count - skipped.count)", "alerts": "\(alerts)"])
        return alerts
    }

    /// A stored version read again: a page or article from its HTML, a feed item (of a source
    /// read without following links) from its stored JSON.
    private func reread(_ version: PendingClaims, of source: SourceConfig, claims: ClaimPipeline) -> ClaimPipeline.Reading? {
        switch version.kind {
        case .feedItem:
            guard !source.followLinks else { return nil }
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            guard let item = try? decoder.decode(FeedItem.self, from: Data(version.content.utf8)) else { return nil }
            return ClaimPipeline.Reading(item)
        case .article, .page:
            let selector = version.kind == .page ? source.selector : nil
            return try? claims.read(html: version.content, url: version.finalURL ?? version.url, selector: selector)
        }
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
