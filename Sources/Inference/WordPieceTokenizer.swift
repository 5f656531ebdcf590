import Foundation

/// BERT's uncased WordPiece tokenizer, giving the ids of HuggingFace's tokenizer for the
/// MiniLM/BERT vocabulary (`vocab.txt`, one token a line, the id being the line number).
///
/// Text is normalised by `BertNormalizer` (clean, CJK split, accents stripped, lower-cased,
/// punctuation split); each word is then cut greedily, longest match first, into vocabulary
/// pieces, continuation pieces spelled with `##`; a word longer than 100 characters, or one that
/// cannot be cut, is a single `[UNK]`. The special tokens (`[CLS]`, `[SEP]`, …) written in the
/// input are matched verbatim first, as the reference does.
public struct WordPieceTokenizer: Sendable {
    /// Ids of the special tokens.
    public let clsID: Int32, sepID: Int32, padID: Int32, unknownID: Int32
    /// The vocabulary size.
    public let vocabularySize: Int
    /// Words longer than this (in Unicode scalars) are `[UNK]`.
    public let maxCharactersPerWord = 100

    /// Keyed by UTF-8 bytes: String equality is canonical equivalence (a Hangul syllable equals
    /// its decomposed jamo), the reference compares bytes.
    private let wordStarts: [[UInt8]: Int32]
    private let continuations: [[UInt8]: Int32]
    /// The special tokens written verbatim in a text, with their ids.
    private let specials: [(text: [Unicode.Scalar], id: Int32)]

    /// Reads `vocab.txt`; throws when it is unreadable or lacks a special token.
    public init(vocabulary url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ModelError.badVocabulary(file: url.path, detail: "cannot read it as UTF-8 text")
        }
        // Split on scalars, not Characters: "\r\n" is one Character, and a token may begin with a
        // combining mark that Character-wise operations would fuse with its neighbour.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        try self.init(tokens: lines.map { String($0.last == "\r" ? $0.dropLast() : $0) }, file: url.path)
    }

    /// A tokenizer over `tokens` (the id of a token is its index); `file` names them in errors.
    public init(tokens: [String], file: String = "vocabulary") throws {
        var starts: [[UInt8]: Int32] = [:]
        var continuations: [[UInt8]: Int32] = [:]
        for (index, token) in tokens.enumerated() {
            let bytes = Array(token.utf8)
            // A token listed twice keeps its last id, as the reference's loader does.
            if bytes.count > 2, bytes[0] == 0x23, bytes[1] == 0x23 {
                continuations[Array(bytes[2...])] = Int32(index)
            }
            starts[bytes] = Int32(index)
        }
        func id(_ token: String) throws -> Int32 {
            guard let id = starts[Array(token.utf8)] else { throw ModelError.badVocabulary(file: file, detail: "no \(token) token") }
            return id
        }
        clsID = try id("[CLS]")
        sepID = try id("[SEP]")
        padID = try id("[PAD]")
        unknownID = try id("[UNK]")
        specials = try ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].map { (Array($0.unicodeScalars), try id($0)) }
        wordStarts = starts
        self.continuations = continuations
        vocabularySize = tokens.count
    }

    /// The id of `token` in the vocabulary, if it is one.
    public func id(of token: String) -> Int32? { wordStarts[Array(token.utf8)] }

    /// The WordPiece ids of `text`, without `[CLS]`/`[SEP]`.
    public func tokenize(_ text: String) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(text.utf8.count / 3 + 4)
        var pieceStart = text.unicodeScalars.startIndex
        var index = pieceStart
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            if scalars[index] == "[", let (id, end) = special(at: index, in: scalars) {
                appendWords(Substring(scalars[pieceStart..<index]), to: &ids)
                ids.append(id)
                index = end
                pieceStart = end
            } else {
                index = scalars.index(after: index)
            }
        }
        appendWords(Substring(scalars[pieceStart..<scalars.endIndex]), to: &ids)
        return ids
    }

    /// `[CLS] text [SEP]`, `text` cut from its end to fit `maxLength`.
    public func encode(_ text: String, maxLength: Int = 128) -> TokenizedPair {
        let a = tokenize(text).prefix(max(0, maxLength - 2))
        let ids = [clsID] + a + [sepID]
        return TokenizedPair(ids: ids, typeIds: [Int32](repeating: 0, count: ids.count), segmentBStart: ids.count)
    }

    /// `[CLS] a [SEP] b [SEP]` with token types 0 then 1, truncated as the reference's
    /// `truncation="only_second"`: b is cut from its end until the whole fits `maxLength`.
    /// The reference refuses a pair whose a alone does not fit; here a is then cut too, keeping
    /// at least half of the room for it and the rest for b.
    public func encodePair(_ a: String, _ b: String, maxLength: Int = 128) -> TokenizedPair {
        var first = tokenize(a)[...]
        var second = tokenize(b)[...]
        let room = max(0, maxLength - 3)
        if first.count + second.count > room {
            if first.count > room {
                first = first.prefix(max(room - second.count, (room + 1) / 2))
            }
            second = second.prefix(room - first.count)
        }
        var ids: [Int32] = []
        ids.reserveCapacity(first.count + second.count + 3)
        ids.append(clsID)
        ids.append(contentsOf: first)
        ids.append(sepID)
        let segmentBStart = ids.count
        ids.append(contentsOf: second)
        ids.append(sepID)
        var typeIds = [Int32](repeating: 0, count: ids.count)
        for i in segmentBStart..<ids.count { typeIds[i] = 1 }
        return TokenizedPair(ids: ids, typeIds: typeIds, segmentBStart: segmentBStart)
    }

    private func special(at index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView)
        -> (Int32, String.UnicodeScalarView.Index)?
    {
        for special in specials {
            var cursor = index
            var matched = true
            for expected in special.text {
                guard cursor < scalars.endIndex, scalars[cursor] == expected else { matched = false; break }
                cursor = scalars.index(after: cursor)
            }
            if matched { return (special.id, cursor) }
        }
        return nil
    }

    private func appendWords(_ text: Substring, to ids: inout [Int32]) {
        guard !text.isEmpty else { return }
        for word in BertNormalizer.words(text) {
            appendPieces(of: word, to: &ids)
        }
    }

    /// Greedy longest-match-first; the whole word is `[UNK]` when a remainder matches nothing.
    private func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int32]) {
        if word.count > maxCharactersPerWord {
            ids.append(unknownID)
            return
        }
        // The word's UTF-8 and where each scalar starts in it, so pieces are byte slices.
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        bytes.reserveCapacity(word.count * 2)
        for scalar in word {
            bytes.append(contentsOf: scalar.utf8)
            offsets.append(bytes.count)
        }
        let mark = ids.count
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                let piece = Array(bytes[offsets[start]..<offsets[end]])
                if let id = start == 0 ? wordStarts[piece] : continuations[piece] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let id = found else {
                ids.removeSubrange(mark...)
                ids.append(unknownID)
                return
            }
            ids.append(id)
            start = end
        }
    }
}
