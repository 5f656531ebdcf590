import ClaimwatchModel

/// What a scheduler step changed, for the store to persist.
public struct ScheduleChanges: Sendable, Equatable {
    public var saved: [ScheduleEntry] = []
    public var removed: [ScheduleEntry.Target] = []

    public init(saved: [ScheduleEntry] = [], removed: [ScheduleEntry.Target] = []) {
        self.saved = saved
        self.removed = removed
    }

    public var isEmpty: Bool { saved.isEmpty && removed.isEmpty }

    public mutating func merge(_ other: ScheduleChanges) {
        saved += other.saved
        removed += other.removed
    }
}
