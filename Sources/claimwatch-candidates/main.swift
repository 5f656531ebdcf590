// claimwatch-candidates: turns corpus passages (training/LABELS.md's case format, JSON Lines on
// stdin) into the stance model's training pairs (JSON Lines on stdout), through the same mention
// matching and candidate rules as `claimwatch` itself, so training and run time read alike.
// Gold stances whose entity yields no candidate are counted on stderr: the filter's recall.
import Claims
import ClaimwatchModel
import Foundation
import Sentences

struct Case: Decodable {
    struct Topic: Decodable {
        struct Quantity: Decodable { var id: String; var nouns: [String] }
        var id: String
        var name: String
        var keywords: [String]
        var quantities: [Quantity]?
    }
    struct Entity: Decodable { var id: String; var names: [String] }
    struct Expect: Decodable {
        struct StanceLabel: Decodable { var entity: String; var stance: String }
        var stances: [StanceLabel]
    }
    var id: String
    var text: String
    var topic: Topic
    var entities: [Entity]
    var expect: Expect
}

/// Training reads candidates, never decisions: the extractor's scorer is not called.
struct NoDecisions: StanceScoring {
    func probabilities(_ pairs: [StancePair]) -> [StanceProbabilities] {
        fatalError("claimwatch-candidates builds training pairs; it decides no stance")
    }
}

struct Row: Encodable {
    var `case`: String
    var entity: String
    var a: String
    var b: String
    var label: String
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
var cases = 0, gold = 0, missed = 0, rows = 0
var missedIDs: [String] = []
while let line = readLine(strippingNewline: true) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
    let item: Case
    do {
        item = try JSONDecoder().decode(Case.self, from: Data(line.utf8))
    } catch {
        FileHandle.standardError.write(Data("claimwatch-candidates: line \(cases + 1): \(error)\n".utf8))
        exit(1)
    }
    cases += 1
    let topic = WatchedTopic(id: item.topic.id, name: item.topic.name, keywords: item.topic.keywords,
                             quantities: (item.topic.quantities ?? []).map { .init(id: $0.id, nouns: $0.nouns) })
    let extractor = ClaimExtractor(topics: [topic], entities: item.entities.map { WatchedEntity(id: $0.id, names: $0.names) },
                                   scorer: NoDecisions())
    let candidates = extractor.trainingCandidates(sentences: SentenceSplitter.split(item.text))
    let labels = Dictionary(item.expect.stances.map { ($0.entity, $0.stance) }, uniquingKeysWith: { first, _ in first })
    gold += labels.count
    for entity in labels.keys where !candidates.contains(where: { $0.entity == entity }) {
        missed += 1
        missedIDs.append("\(item.id):\(entity)")
    }
    for candidate in candidates {
        let row = Row(case: item.id, entity: candidate.entity, a: candidate.pair.a, b: candidate.pair.b,
                      label: labels[candidate.entity] ?? "none")
        print(String(decoding: try encoder.encode(row), as: UTF8.self))
        rows += 1
    }
}
let recall = gold == 0 ? 1 : Double(gold - missed) / Double(gold)
FileHandle.standardError.write(Data("""
claimwatch-candidates: \(cases) cases, \(rows) pairs; candidate recall \(String(format: "%.3f", recall)) \
(\(gold - missed) of \(gold) gold stances)
missed: \(missedIDs.prefix(40).joined(separator: " "))

""".utf8))
