import ClaimwatchModel
import Foundation
import Testing

/// How a document's revision is decided and the records it produces (no database).
struct ClaimRevisionRecordTests {
    static func claim(_ stance: Stance, document: Int64, at seconds: TimeInterval, sentence: String? = nil,
                      confidence: Double? = nil) -> CurrentClaim {
        CurrentClaim(value: .stance(entity: "kessler", stance: stance),
                     evidence: Evidence(source: "wire", url: "http://x/\(document)", title: "T\(document)",
                                        published: Date(timeIntervalSince1970: seconds), sentence: sentence ?? "Kessler \(stance)."),
                     publishedAt: Date(timeIntervalSince1970: seconds), documentID: document, confidence: confidence)
    }

    static let key = ClaimKey(topic: "osprey", subject: .entity("kessler"))

    static func object(_ record: AlertRecord) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(record.json.utf8)) as? [String: Any])
    }

    @Test func aDifferentValueInTheSameDocumentIsARevision() {
        let current = Self.claim(.affirm, document: 2, at: 200)
        let earlier = Self.claim(.deny, document: 1, at: 100)
        let observed = Self.claim(.affirm, document: 1, at: 100, sentence: "Kessler now admits it.")
        #expect(ClaimHistoryRule.decide(current: current, observed: observed, earlier: earlier)
            == .revised(ClaimRevision(earlier: earlier, current: observed, replaced: nil)))
        #expect(ClaimHistoryRule.decide(current: current, observed: observed, earlier: earlier).newCurrentClaim == nil)
    }

    @Test func theSameValueReworded() {
        let earlier = Self.claim(.deny, document: 1, at: 100)
        let observed = Self.claim(.deny, document: 1, at: 100, sentence: "Kessler flatly denies it.")
        #expect(ClaimHistoryRule.decide(current: earlier, observed: observed, earlier: earlier) == .unchanged)
    }

    @Test func aRevisionThatMovesTheHistoryStandsForTheChange() {
        let earlier = Self.claim(.deny, document: 1, at: 100)
        let observed = Self.claim(.affirm, document: 1, at: 100)
        let decision = ClaimHistoryRule.decide(current: earlier, observed: observed, earlier: earlier)
        #expect(decision == .revised(ClaimRevision(earlier: earlier, current: observed, replaced: earlier)))
        #expect(decision.newCurrentClaim == observed)
    }

    @Test func aClaimRevisedRecord() throws {
        let earlier = Self.claim(.deny, document: 1, at: 100)
        let observed = Self.claim(.affirm, document: 1, at: 100, sentence: "Kessler now admits it.", confidence: 0.9)
        let revision = ClaimRevision(earlier: earlier, current: observed, replaced: nil)
        let record = try #require(AlertRecord.make(.revised(revision), key: Self.key, topicName: "Osprey", entityName: "Kessler",
                                                   detectedAt: Date(timeIntervalSince1970: 1_800_000_000)))
        let object = try Self.object(record)
        #expect(record.kind == "claim_revised")
        #expect(object["from"] as? String == "deny")
        #expect(object["to"] as? String == "affirm")
        #expect(object["label"] as? String == "admission")
        #expect(object["url"] as? String == "http://x/1")
        #expect(object["confidence"] as? Double == 0.9)
        #expect(object["revision"] == nil)
        #expect((object["evidence"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler now admits it.")
        #expect((object["previous"] as? [[String: Any]])?.first?["sentence"] as? String == "Kessler deny.")
        // Stable, and told apart from a shift with the same evidence.
        #expect(AlertRecord.make(.revised(revision), key: Self.key, topicName: "x", entityName: nil, detectedAt: Date())?.id == record.id)
        let shift = AlertRecord.make(.changed(previous: earlier, current: observed), key: Self.key, topicName: "Osprey",
                                     entityName: "Kessler", detectedAt: Date())
        #expect(shift?.id != record.id)
    }

    @Test func aShiftCausedByARevisionKeepsItsIdAndCarriesTheRevision() throws {
        let earlier = Self.claim(.deny, document: 1, at: 100)
        let observed = Self.claim(.affirm, document: 1, at: 100)
        let plain = try #require(AlertRecord.make(.changed(previous: earlier, current: observed), key: Self.key, topicName: "Osprey",
                                                  entityName: "Kessler", detectedAt: Date()))
        let revised = try #require(AlertRecord.make(.revised(ClaimRevision(earlier: earlier, current: observed, replaced: earlier)),
                                                    key: Self.key, topicName: "Osprey", entityName: "Kessler", detectedAt: Date()))
        #expect(revised.kind == "stance_shift")
        #expect(revised.id == plain.id)
        #expect(revised.summary == plain.summary)
        let revision = try #require(try Self.object(revised)["revision"] as? [String: Any])
        #expect(revision["url"] as? String == "http://x/1")
        #expect(revision["from"] as? String == "deny")
        #expect(try Self.object(plain)["revision"] == nil)
    }

    @Test func evidenceQuotesTheClaimsQualifierAndAttribution() {
        let claim = Claim(topic: "osprey", value: .quantity(quantity: "tonnes", value: 40),
                          sentence: Sentence(text: "s", paragraph: 0, start: 0, end: 1), qualifier: "at least",
                          attribution: "according to the agency")
        let observation = ClaimObservation(claim: claim, evidence: Evidence(source: "w", url: "u", title: nil, published: nil, sentence: "s"),
                                           publishedAt: Date())
        #expect(observation.evidence.qualifier == "at least")
        #expect(observation.evidence.attribution == "according to the agency")
    }
}
