import ClaimwatchModel
import Foundation
import Store
import Testing
@testable import claimwatch

/// `claims` shows the confidence of the current claim and of each document's claim, and the
/// figure's qualifier and attribution, as text and as JSON.
struct ClaimsReportTests {
    static let published = Date(timeIntervalSince1970: 1_800_000_000)

    static func claim(_ value: Double, document: Int64, confidence: Double?, qualifier: String?, attribution: String?) -> CurrentClaim {
        CurrentClaim(value: .quantity(quantity: "tonnes", value: value),
                     evidence: Evidence(source: "wire", url: "http://x/\(document)", title: "Story \(document)", published: published,
                                        sentence: "About \(Int(value)) tonnes spilled.", qualifier: qualifier, attribution: attribution),
                     publishedAt: published, documentID: document, confidence: confidence)
    }

    static let history = StoredClaimHistory(
        key: "quantity:spill:tonnes", topic: "spill",
        current: claim(40, document: 2, confidence: 0.875, qualifier: "About", attribution: "according to the agency"),
        updatedAt: published, documentClaims: [claim(30, document: 1, confidence: nil, qualifier: nil, attribution: nil),
                                               claim(40, document: 2, confidence: 0.875, qualifier: "About",
                                                     attribution: "according to the agency")],
        alerts: [])

    @Test func textShowsConfidenceQualifierAndAttribution() {
        let lines = ClaimsReport.text([Self.history], names: ClaimsReport.Names()).split(separator: "\n").map(String.init)
        #expect(lines[0] == "number of tonnes on \"spill\": 40  (confidence 0.88)    [quantity:spill:tonnes]")
        #expect(lines[2] == "    \"About 40 tonnes spilled.\"  [About; according to the agency]")
        #expect(lines.contains { $0.contains("30      ") && !$0.contains("confidence") })
        #expect(lines.contains { $0.contains("40        (confidence 0.88) wire") })
    }

    @Test func jsonCarriesConfidenceAndTheEvidenceFields() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ClaimsReport.json([Self.history]).utf8)) as? [String: Any])
        let claim = try #require((object["claims"] as? [[String: Any]])?.first)
        #expect(claim["confidence"] as? Double == 0.875)
        let evidence = try #require(claim["evidence"] as? [String: Any])
        #expect(evidence["qualifier"] as? String == "About")
        #expect(evidence["attribution"] as? String == "according to the agency")
        let documents = try #require(claim["documents"] as? [[String: Any]])
        #expect(documents[0]["confidence"] is NSNull)
        #expect((documents[0]["evidence"] as? [String: Any])?["qualifier"] == nil)
        #expect(documents[1]["confidence"] as? Double == 0.875)
    }
}
