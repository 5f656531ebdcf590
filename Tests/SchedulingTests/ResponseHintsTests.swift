import Foundation
import Scheduling
import Testing

struct ResponseHintsTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000) // 2027-01-15T08:00:00Z

    func hints(_ status: Int, _ headers: [String: String], ttl: Int? = nil) -> ResponseHints {
        ResponseHints.read(status: status, header: { name in
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }, ttlMinutes: ttl, at: t0)
    }

    @Test(arguments: [
        (429, ["Retry-After": "120"], 120.0),
        (503, ["retry-after": " 30 "], 30.0),
        (429, ["Retry-After": "Fri, 15 Jan 2027 09:00:00 GMT"], 3600.0),
        (503, ["Retry-After": "Friday, 15-Jan-27 08:10:00 GMT"], 600.0),
        (503, ["Retry-After": "Fri Jan 15 08:00:05 2027"], 5.0),
    ])
    func retryAfterOn429And503(status: Int, headers: [String: String], seconds: Double) {
        #expect(hints(status, headers).retryAfter == t0.addingTimeInterval(seconds))
    }

    @Test func retryAfterIsIgnoredOnOtherStatusesAndWhenGarbled() {
        #expect(hints(500, ["Retry-After": "120"]).retryAfter == nil)
        #expect(hints(200, ["Retry-After": "120"]).retryAfter == nil)
        #expect(hints(429, ["Retry-After": "soon"]).retryAfter == nil)
    }

    @Test(arguments: [
        (["Cache-Control": "public, max-age=600"], nil as Int?, 600.0 as Double?),
        (["Cache-Control": "max-age=600", "Age": "100"], nil, 500.0),
        (["Cache-Control": "max-age=600", "Expires": "Fri, 15 Jan 2027 10:00:00 GMT"], nil, 600.0),
        (["Expires": "Fri, 15 Jan 2027 10:00:00 GMT"], nil, 7200.0),
        (["Expires": "0"], nil, nil),
        (["Expires": "Thu, 01 Jan 1970 00:00:00 GMT"], nil, nil),
        (["Cache-Control": "no-cache, max-age=600"], nil, nil),
        ([:], 30, 1800.0),
        (["Cache-Control": "max-age=60"], 30, 1800.0),
        (["Cache-Control": "max-age=7200"], 30, 7200.0),
        ([:], nil, nil),
    ])
    func freshnessFromCacheControlExpiresAndTTL(headers: [String: String], ttl: Int?, seconds: Double?) {
        #expect(hints(200, headers, ttl: ttl).freshUntil == seconds.map { t0.addingTimeInterval($0) })
    }
}
