import Foundation
import ClaimwatchModel

/// PLACEHOLDER until the sentence segmenter lands: one sentence per paragraph.
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var offset = 0
        for (index, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
            let count = paragraph.unicodeScalars.count
            let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { sentences.append(Sentence(text: trimmed, paragraph: index, start: offset, end: offset + count)) }
            offset += count + 2
        }
        return sentences
    }
}
