import Foundation
import Scheduling
import Testing

struct HostPacerTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func requestsToOneHostStartAtLeastTheDelayApart() {
        var pacer = HostPacer(delay: .seconds(2))
        #expect(pacer.reserve(host: "a:80", at: t0) == t0)
        #expect(pacer.reserve(host: "a:80", at: t0) == t0.addingTimeInterval(2))
        #expect(pacer.reserve(host: "a:80", at: t0.addingTimeInterval(1)) == t0.addingTimeInterval(4))
        // Other hosts are not held up.
        #expect(pacer.reserve(host: "b:443", at: t0.addingTimeInterval(1)) == t0.addingTimeInterval(1))
        // After a quiet spell a request starts at once.
        #expect(pacer.reserve(host: "a:80", at: t0.addingTimeInterval(100)) == t0.addingTimeInterval(100))
    }
}
