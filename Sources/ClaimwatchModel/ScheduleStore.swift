/// Where the daemon's schedule is kept between runs, beside the snapshots.
public protocol ScheduleStore: Sendable {
    /// Every persisted schedule entry.
    func scheduleEntries() throws -> [ScheduleEntry]

    /// Saves (inserts or replaces) `entries` and deletes the entries of `removed`, in one transaction.
    func saveSchedule(_ entries: [ScheduleEntry], removing removed: [ScheduleEntry.Target]) throws

    /// The stored article `url` of `sourceID`, if it was ever fetched (its title and published
    /// time stand in when a revisited page lacks them).
    func article(sourceID: String, url: String) throws -> StoredDocument?

    /// Pending deliveries per sink name (the outbox's depth), for status reports.
    func pendingDeliveryCounts() throws -> [String: Int]
}
