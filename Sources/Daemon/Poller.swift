import Alerts
import Claims
import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import Logging
import Scheduling
import Service
import ServiceLifecycle

/// The daemon's polling loop: asks the scheduler what is due, polls each due source (with its
/// due articles) or revisits each due article on its own, feeds the outcomes back and persists
/// the schedule. On graceful shutdown it starts nothing new and returns once the checks in
/// flight have finished their transfers and writes.
public actor Poller: Service {
    public typealias Store = SnapshotStore & ScheduleStore

    private let store: any Store
    private let http: any HTTPClient
    private let now: @Sendable () -> Date
    private let logger: Logger
    private let notifier: SystemdNotifier
    private let onAlerts: @Sendable () -> Void
    private let onShutdown: @Sendable () -> Void
    private var config: ClaimwatchConfig
    private var sources: [String: SourceConfig] = [:]
    private var cycle: PollCycle
    private let scorer: any StanceScoring
    private var scheduler: PollScheduler<SplitMixRandom>
    private let wakeUp = WakeSignal()
    private var checksRunning = 0

    /// - Parameters:
    ///   - onAlerts: called when a check wrote alerts to the outbox (wakes delivery).
    ///   - seed: seeds the jitter.
    ///   - onShutdown: called when graceful shutdown begins (stops requests not yet started).
    public init(config: ClaimwatchConfig, store: any Store, http: any HTTPClient, scorer: any StanceScoring,
                notifier: SystemdNotifier, seed: UInt64, now: @escaping @Sendable () -> Date, logger: Logger,
                onAlerts: @escaping @Sendable () -> Void, onShutdown: @escaping @Sendable () -> Void = {}) {
        self.config = config
        self.store = store
        self.http = http
        self.notifier = notifier
        self.now = now
        self.logger = logger
        self.onAlerts = onAlerts
        self.onShutdown = onShutdown
        self.scorer = scorer
        cycle = PollCycle(store: store, http: http, claims: ClaimPipeline(config: config, scorer: scorer), now: now, logger: logger)
        scheduler = PollScheduler(policy: Self.policy(config.poll), random: SplitMixRandom(seed: seed))
        sources = Dictionary(uniqueKeysWithValues: config.sources.map { ($0.id, $0) })
    }

    /// The scheduling limits of a config's `poll:` section.
    public static func policy(_ poll: PollConfig) -> SchedulePolicy {
        SchedulePolicy(maxBackoff: poll.maxBackoff, maxInterval: poll.maxInterval,
                       revisit: RevisitPolicy(interval: poll.revisitInterval, maxAge: poll.revisitMaxAge))
    }

    private var intervals: [String: Duration] {
        Dictionary(uniqueKeysWithValues: config.sources.map { ($0.id, $0.effectiveInterval(config.poll)) })
    }

    /// Restores the persisted schedule, then polls until graceful shutdown.
    public func run() async throws {
        let restored: [ScheduleEntry]
        do {
            restored = try store.scheduleEntries()
        } catch {
            logger.error("schedule could not be read; every source is scheduled afresh", metadata: ["error": "\(error)"])
            restored = []
        }
        do {
            // Versions stored just before a kill still get their claims (and alerts).
            try cycle.applyPendingClaims(config.sources)
        } catch {
            logger.error("claims of interrupted versions could not be applied", metadata: ["error": "\(error)"])
        }
        persist(scheduler.configure(intervals: intervals, restored: restored, at: now()))
        logger.info("poller started", metadata: ["sources": "\(config.sources.count)", "schedule.restored": "\(restored.count)"])
        let wakeUp = self.wakeUp
        let notifier = self.notifier
        let onShutdown = self.onShutdown
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                while !wakeUp.isStopped {
                    for target in scheduler.due(at: now()) {
                        checksRunning += 1
                        group.addTask { await self.check(target) }
                    }
                    reportStatus()
                    let wait = scheduler.nextWake().map { $0.timeIntervalSince(now()) } ?? 3600
                    await wakeUp.wait(timeout: .milliseconds(Int64(max(0, min(wait, 3600)) * 1000) + 1))
                }
                if checksRunning > 0 {
                    logger.notice("shutting down: waiting for checks in flight", metadata: ["checks": "\(checksRunning)"])
                }
            }
        } onGracefulShutdown: {
            notifier.tryNotify("STOPPING=1")
            wakeUp.stop()
            onShutdown()
        }
        logger.notice("poller stopped")
    }

    /// Applies a new configuration (SIGHUP): the store learns of added and removed sources
    /// (whose history is kept), the schedule follows, and claims use the new topics, entities
    /// and sinks. Throws only when the store cannot record the sources.
    public func reload(_ newConfig: ClaimwatchConfig) throws {
        try store.syncSources(newConfig.sources.map(\.descriptor))
        let added = Set(newConfig.sources.map(\.id)).subtracting(sources.keys)
        let removed = Set(sources.keys).subtracting(newConfig.sources.map(\.id))
        config = newConfig
        sources = Dictionary(uniqueKeysWithValues: newConfig.sources.map { ($0.id, $0) })
        cycle = PollCycle(store: store, http: http, claims: ClaimPipeline(config: newConfig, scorer: scorer), now: now, logger: logger)
        persist(scheduler.configure(intervals: intervals, restored: [], at: now()))
        logger.notice("config reloaded", metadata: ["config.file": "\(newConfig.file)", "sources": "\(newConfig.sources.count)",
                                                    "sources.added": "\(added.sorted().joined(separator: ","))",
                                                    "sources.removed": "\(removed.sorted().joined(separator: ","))"])
        wakeUp.signal()
    }

    /// Answers while the actor is responsive (for the systemd watchdog).
    public func heartbeat() -> Bool { !wakeUp.isStopped || checksRunning > 0 }

    // MARK: Checks

    private func check(_ target: ScheduleEntry.Target) async {
        defer {
            checksRunning -= 1
            wakeUp.signal()
        }
        guard let source = sources[target.sourceID] else {
            persist(scheduler.finished(target, result: .success(ResponseHints()), at: now()))
            return
        }
        var log = logger
        log[metadataKey: "source.id"] = "\(source.id)"
        let cycle = self.cycle
        var changes = ScheduleChanges()
        switch target {
        case .source:
            let skip = scheduler.articlesToSkip(sourceID: source.id, at: now())
            do {
                let report = try await cycle.poll(source, skippingArticles: skip)
                let at = now()
                let result: CheckResult = if case .failed = report.status { .failure(report.hints) } else { .success(report.hints) }
                changes.merge(scheduler.finished(target, result: result, at: at))
                for article in report.articles {
                    changes.merge(scheduler.finished(.article(sourceID: source.id, url: article.url), result: article.checkResult,
                                                     published: article.published, at: at))
                }
                if report.alerts > 0 { onAlerts() }
                log.debug("source checked", metadata: ["articles": "\(report.articles.count)", "alerts": "\(report.alerts)",
                                                       "next_check": "\(scheduler.entries[target].map { ISO8601Time.format($0.nextCheck) } ?? "-")"])
            } catch {
                log.error("store error while polling the source", metadata: ["error": "\(error)"])
                changes.merge(scheduler.finished(target, result: .failure(ResponseHints()), at: now()))
            }
        case .article(_, let url):
            var link = ArticleLink(link: url)
            if let document = try? store.article(sourceID: source.id, url: url) {
                link.title = document.title
                link.published = document.published
            }
            do {
                let results = try await cycle.fetchArticles([link], of: source)
                let at = now()
                let result = results.first?.checkResult ?? .failure(ResponseHints())
                changes.merge(scheduler.finished(target, result: result, at: at))
                if results.contains(where: { $0.alerts > 0 }) { onAlerts() }
                log.debug("article revisited", metadata: ["document.url": "\(url)"])
            } catch {
                log.error("store error while revisiting an article", metadata: ["document.url": "\(url)", "error": "\(error)"])
                changes.merge(scheduler.finished(target, result: .failure(ResponseHints()), at: now()))
            }
        }
        persist(changes)
    }

    private func persist(_ changes: ScheduleChanges) {
        guard !changes.isEmpty else { return }
        do {
            try store.saveSchedule(changes.saved, removing: changes.removed)
        } catch {
            logger.error("schedule could not be saved", metadata: ["error": "\(error)"])
        }
    }

    /// systemd's one-line STATUS=.
    private func reportStatus() {
        let failing = config.sources.filter { (scheduler.entries[.source($0.id)]?.consecutiveFailures ?? 0) > 0 }.count
        let pending = ((try? store.pendingDeliveryCounts()) ?? [:]).values.reduce(0, +)
        var line = "\(config.sources.count) sources, \(failing) failing, \(checksRunning) checks running"
        if let next = scheduler.nextWake() {
            line += ", next check in \(max(0, Int(next.timeIntervalSince(now()).rounded(.up))))s"
        }
        line += ", \(pending) alerts pending"
        notifier.tryNotify("STATUS=\(line)")
    }
}
