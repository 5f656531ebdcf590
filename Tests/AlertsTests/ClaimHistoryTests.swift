import ClaimwatchModel
import Foundation
import Testing

/// How observations move a claim history, and the alert records they produce.
struct ClaimHistoryTests {
    static func claim(_ stance: Stance, document: Int64, at seconds: TimeInterval) -> CurrentClaim {
        CurrentClaim(value: .stance(entity: "kessler", stance: stance),
                     evidence: Evidence(source: "wire", url: "http://x/\(document)", title: "T\(document)",
                                        published: Date(timeIntervalSince1970: seconds), sentence: "Kessler \(stance)."),
                     publishedAt: Date(timeIntervalSince1970: seconds), documentID: document)
    }

    @Test func theFirstObservationIsNew() {
        let observed = Self.claim(.deny, document: 1, at: 100)
        #expect(ClaimHistoryRule.decide(current: nil, observed: observed) == .new(observed))
    }

    @Test func aRepeatedStanceFromAnotherSourceRaisesNothing() {
        #expect(ClaimHistoryRule.decide(current: Self.claim(.deny, document: 1, at: 100),
                                        observed: Self.claim(.deny, document: 2, at: 200)) == .unchanged)
    }

    @Test func aNewerDifferentStanceIsAChange() {
        let current = Self.claim(.deny, document: 1, at: 100)
        let observed = Self.claim(.affirm, document: 2, at: 200)
        #expect(ClaimHistoryRule.decide(current: current, observed: observed) == .changed(previous: current, current: observed))
    }

    @Test func aLateDiscoveredOlderArticleDoesNotFlipTheStance() {
        #expect(ClaimHistoryRule.decide(current: Self.claim(.affirm, document: 2, at: 200),
                                        observed: Self.claim(.deny, document: 1, at: 100)) == .unchanged)
    }

    @Test func anInPlaceEditOfTheCurrentDocumentIsAChange() {
        let current = Self.claim(.affirm, document: 3, at: 300)
        let edited = Self.claim(.deny, document: 3, at: 300)
        #expect(ClaimHistoryRule.decide(current: current, observed: edited) == .changed(previous: current, current: edited))
    }

    @Test func aStanceShiftRecordCarriesTheContractFields() throws {
        let previous = Self.claim(.deny, document: 1, at: 100)
        let current = Self.claim(.affirm, document: 2, at: 200)
        let key = ClaimKey(topic: "osprey-dump", subject: .entity("kessler"))
        let detected = Date(timeIntervalSince1970: 1_800_000_000)
        let record = try #require(AlertRecord.make(.changed(previous: previous, current: current), key: key,
                                                   topicName: "The Osprey Dawn dumped oil", entityName: "Kessler", detectedAt: detected))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.json.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "stance_shift")
        #expect(object["entity"] as? String == "kessler")
        #expect(object["topic"] as? String == "osprey-dump")
        #expect(object["from"] as? String == "deny")
        #expect(object["to"] as? String == "affirm")
        #expect(object["label"] as? String == "admission")
        #expect(object["summary"] as? String == "Kessler: deny → affirm (admission) on \"The Osprey Dawn dumped oil\"")
        #expect(object["detected_at"] as? String == "2027-01-15T08:00:00Z")
        #expect(object["id"] as? String == record.id)
        let evidence = try #require((object["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["url"] as? String == "http://x/2")
        #expect(evidence["published"] as? String == "1970-01-01T00:03:20Z")
        #expect((object["previous"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler deny.")
        // The same change seen again has the same id, whenever it is detected.
        let again = AlertRecord.make(.changed(previous: previous, current: current), key: key, topicName: "x",
                                     entityName: nil, detectedAt: Date())
        #expect(again?.id == record.id)
    }

    @Test func aQuantityChangeRecord() throws {
        func value(_ number: Double, _ document: Int64) -> CurrentClaim {
            CurrentClaim(value: .quantity(quantity: "tonnes", value: number),
                         evidence: Evidence(source: "wire", url: "http://x/\(document)", title: nil, published: nil, sentence: "s"),
                         publishedAt: Date(timeIntervalSince1970: Double(document)), documentID: document)
        }
        let key = ClaimKey(topic: "osprey-dump", subject: .quantity("tonnes"))
        let record = try #require(AlertRecord.make(.changed(previous: value(40, 1), current: value(120, 2)), key: key,
                                                   topicName: "Osprey", entityName: nil, detectedAt: Date()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.json.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "quantity_change")
        #expect(object["from"] as? Double == 40)
        #expect(object["to"] as? Double == 120)
        #expect(record.summary == "Osprey: tonnes 40 → 120")
    }
}
