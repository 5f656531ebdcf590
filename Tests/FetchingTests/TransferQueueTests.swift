import Testing
@testable import Fetching

struct TransferQueueTests {
    @Test func limitsPerHostAndInAll() {
        var queue = TransferQueue<Int>(concurrency: 3, perHost: 2)
        for item in 1...4 { queue.enqueue(item, host: "a:80") }
        queue.enqueue(5, host: "b:80")
        queue.enqueue(6, host: "c:80")
        // Two for host a, then b: the third slot; the fourth a waits for a's slot, c for a total one.
        #expect(queue.startable() == [1, 2, 5])
        #expect(queue.startable() == [])
        queue.finish(host: "b:80")
        #expect(queue.startable() == [6])
        queue.finish(host: "a:80")
        #expect(queue.startable() == [3])
        #expect(queue.activeByHost["a:80"] == 2)
        queue.finish(host: "a:80")
        queue.finish(host: "a:80")
        queue.finish(host: "c:80")
        #expect(queue.startable() == [4])
        queue.finish(host: "a:80")
        #expect(queue.isIdle)
    }

    @Test func finishingAnUnknownHostChangesNothing() {
        var queue = TransferQueue<Int>(concurrency: 1, perHost: 1)
        queue.finish(host: "nowhere:80")
        #expect(queue.activeCount == 0)
        queue.enqueue(1, host: "a:80")
        #expect(queue.startable() == [1])
        #expect(queue.activeCount == 1)
    }
}
