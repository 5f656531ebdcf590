import ClaimwatchModel
import Foundation
import Store
import Testing

/// An edit that removes a claim from the document the current claim rests on, on a real
/// SQLite file.
struct WithdrawnClaimTests {
    let store: SQLiteStore

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-withdrawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("cw.sqlite").path)
        try store.syncSources([SourceDescriptor(id: "wire", url: "http://127.0.0.1/feed.xml", kind: .feed)])
    }

    func document(_ name: String) throws -> Int64 {
        try store.saveDocumentFetch(Snapshot(sourceID: "wire", kind: .article, key: "http://x/\(name)", url: "http://x/\(name)",
                                             content: "<p>\(name)</p>", contentHash: name, fetchedAt: Date())).documentID
    }

    /// Applies one version of a document: `stance` nil is a version without the claim.
    func apply(_ document: Int64, _ stance: Stance?, publishedAt seconds: TimeInterval) throws -> [String] {
        let observations: [ClaimObservation] = stance.map { stance in
            let sentence = Sentence(text: "Kessler \(stance)s it.", paragraph: 0, start: 0, end: 10)
            return [ClaimObservation(
                claim: Claim(topic: "osprey", value: .stance(entity: "kessler", stance: stance), sentence: sentence),
                evidence: Evidence(source: "wire", url: "http://x/\(document)", title: "T", published: nil, sentence: sentence.text),
                publishedAt: Date(timeIntervalSince1970: seconds))]
        } ?? []
        return try store.applyClaims(documentID: document, versionID: nil, observations: observations, sinks: ["log"], at: Date()) { decision, key in
            AlertRecord.make(decision, key: key, topicName: "Osprey", entityName: "Kessler", detectedAt: Date(timeIntervalSince1970: seconds))
        }.map(\.kind)
    }

    @Test func aWithdrawnAdmissionHandsTheHistoryBackToTheEarlierDenialSilently() throws {
        let first = try document("a"), second = try document("b"), third = try document("c")
        #expect(try apply(first, .deny, publishedAt: 100) == ["new_claim"])
        #expect(try apply(second, .affirm, publishedAt: 200) == ["stance_shift"])
        // The admission is edited out of the second article: no alert…
        #expect(try apply(second, nil, publishedAt: 200).isEmpty)
        // …and a later denial repeats the current claim instead of "retracting" an admission
        // that no article makes any more.
        #expect(try apply(third, .deny, publishedAt: 300).isEmpty)
    }

    @Test func aClaimWithdrawnFromAnotherDocumentLeavesTheCurrentClaimAlone() throws {
        let first = try document("a"), second = try document("b"), third = try document("c")
        #expect(try apply(first, .deny, publishedAt: 100) == ["new_claim"])
        #expect(try apply(second, .affirm, publishedAt: 200) == ["stance_shift"])
        // The older denial disappears; the admission stays current, so a later denial is a change.
        #expect(try apply(first, nil, publishedAt: 100).isEmpty)
        #expect(try apply(third, .deny, publishedAt: 300) == ["stance_shift"])
    }

    @Test func theOnlyEvidenceWithdrawnKeepsWhatWasSaid() throws {
        let first = try document("a"), second = try document("b")
        #expect(try apply(first, .deny, publishedAt: 100) == ["new_claim"])
        #expect(try apply(first, nil, publishedAt: 100).isEmpty)
        // The history still remembers the denial: repeating it raises nothing.
        #expect(try apply(second, .deny, publishedAt: 200).isEmpty)
    }
}
