/// Which waiting transfers may start: at most `concurrency` at once and `perHost` per host,
/// first come first served among those allowed. A value type with no I/O, so the politeness
/// rules are tested on their own.
struct TransferQueue<Item> {
    private(set) var waiting: [(host: String, item: Item)] = []
    private(set) var activeByHost: [String: Int] = [:]
    private(set) var activeCount = 0
    let concurrency: Int
    let perHost: Int

    init(concurrency: Int, perHost: Int) {
        self.concurrency = concurrency
        self.perHost = perHost
    }

    mutating func enqueue(_ item: Item, host: String) {
        waiting.append((host, item))
    }

    /// Removes and returns the transfers that may start now, marking them active.
    mutating func startable() -> [Item] {
        var started: [Item] = []
        var index = 0
        while index < waiting.count, activeCount < concurrency {
            let host = waiting[index].host
            if activeByHost[host, default: 0] < perHost {
                started.append(waiting.remove(at: index).item)
                activeByHost[host, default: 0] += 1
                activeCount += 1
            } else {
                index += 1
            }
        }
        return started
    }

    /// Marks one transfer to `host` finished.
    mutating func finish(host: String) {
        guard let count = activeByHost[host], count > 0 else { return }
        activeByHost[host] = count == 1 ? nil : count - 1
        activeCount -= 1
    }

    /// Removes and returns every transfer still waiting (on shutdown).
    mutating func removeAllWaiting() -> [Item] {
        defer { waiting.removeAll() }
        return waiting.map(\.item)
    }

    var isIdle: Bool { waiting.isEmpty && activeCount == 0 }
}
