import Foundation
import Testing
@testable import Inference

/// The tokenizer against the ids of HuggingFace's tokenizer for the base model
/// (`Fixtures/tokenizer.json`, from training/make_fixtures.py).
struct WordPieceTokenizerTests {
    static func tokenizer() throws -> WordPieceTokenizer {
        try WordPieceTokenizer(vocabulary: PackageFiles.requireBaseModel().appendingPathComponent("vocab.txt"))
    }

    static func ids(_ value: Any?) throws -> [Int32] {
        try #require(value as? [Int]).map { Int32($0) }
    }

    @Test func fixtureStringsGiveTheReferenceIds() throws {
        let tokenizer = try Self.tokenizer()
        let strings = try #require(PackageFiles.json("tokenizer.json")["strings"] as? [[String: Any]])
        #expect(strings.count >= 80)
        for entry in strings {
            let text = try #require(entry["text"] as? String)
            #expect(tokenizer.tokenize(text) == (try Self.ids(entry["ids"])), "\(text.debugDescription)")
        }
    }

    @Test func fixturePairsGiveTheReferenceEncoding() throws {
        let tokenizer = try Self.tokenizer()
        let pairs = try #require(PackageFiles.json("tokenizer.json")["pairs"] as? [[String: Any]])
        #expect(pairs.count >= 8)
        for entry in pairs {
            let a = try #require(entry["a"] as? String), b = try #require(entry["b"] as? String)
            let maxLength = try #require(entry["max_length"] as? Int)
            let encoded = tokenizer.encodePair(a, b, maxLength: maxLength)
            let label = "\(a.debugDescription) / \(b.prefix(40).debugDescription) at \(maxLength)"
            #expect(encoded.ids == (try Self.ids(entry["ids"])), "\(label)")
            #expect(encoded.typeIds == (try Self.ids(entry["type_ids"])), "\(label)")
            #expect(encoded.ids.count <= maxLength)
            #expect(encoded.typeIds.firstIndex(of: 1) == encoded.segmentBStart)
        }
    }

    @Test func rulesOnATinyVocabulary() throws {
        let tokenizer = try WordPieceTokenizer(tokens: ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "un", "##aff", "##able",
                                                        "aff", "[", "]", ",", "cafe", "中"])
        #expect(tokenizer.tokenize("unaffable") == [5, 6, 7])
        #expect(tokenizer.tokenize("UNAFFABLE, Café") == [5, 6, 7, 11, 12])
        #expect(tokenizer.tokenize("unaffablex") == [1])  // no piece for "x": the whole word
        #expect(tokenizer.tokenize("[ aff ]") == [9, 8, 10])
        #expect(tokenizer.tokenize("aff中aff") == [8, 13, 8])
        #expect(tokenizer.tokenize("a[SEP]b[MASK]") == [1, 3, 1, 4])
        #expect(tokenizer.tokenize(String(repeating: "un", count: 51)) == [1])  // 102 characters
        // Pair truncation cuts b from its end; a too long to fit leaves b half the room.
        let pair = tokenizer.encodePair("un aff", "aff aff aff aff", maxLength: 7)
        #expect(pair.ids == [2, 5, 8, 3, 8, 8, 3])
        #expect(pair.typeIds == [0, 0, 0, 0, 1, 1, 1])
        let long = tokenizer.encodePair("aff aff aff aff aff aff", "un un", maxLength: 8)
        #expect(long.ids == [2, 8, 8, 8, 3, 5, 5, 3])
    }

    @Test func missingVocabularyNamesTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-no-vocab-\(UUID().uuidString).txt")
        #expect(throws: ModelError.badVocabulary(file: url.path, detail: "cannot read it as UTF-8 text")) {
            try WordPieceTokenizer(vocabulary: url)
        }
        #expect(throws: ModelError.badVocabulary(file: "v", detail: "no [CLS] token")) {
            try WordPieceTokenizer(tokens: ["[PAD]", "[UNK]"], file: "v")
        }
    }
}
