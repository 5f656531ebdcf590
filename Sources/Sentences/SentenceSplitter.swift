import ClaimwatchModel

/// Splits text into sentences, for quoting claims and comparing them between versions of a page.
///
/// ICU's sentence break iterator proposes the boundaries; rules for news text correct them:
/// abbreviations and titles ("Lt. Col.", "Inc.", "e.g."), initials, clock times, acronyms
/// ("U.S."), numbers ("No. 5", "Oct. 28"), quotations and their attribution, ellipses, list
/// items, and headlines or bylines that end a line without punctuation.
///
/// Sentences never cross a paragraph boundary (a blank line). Thread-safe: every call works on
/// its own data and its own ICU iterator.
public enum SentenceSplitter {
    /// The sentences of `text`, in order.
    ///
    /// Each sentence's `text` is trimmed of surrounding whitespace and is exactly the Unicode
    /// scalars `start..<end` of the input; `paragraph` counts the non-blank paragraphs from 0.
    /// Line breaks inside a sentence are kept. Text without any letter or digit yields nothing
    /// unless it follows a sentence in the same paragraph.
    public static func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        for (index, lines) in TextLayout(scalars).paragraphs.enumerated() {
            for range in ParagraphSegmenter(scalars, lines: lines).sentences() {
                sentences.append(Sentence(text: scalars[range].string,
                                          paragraph: index, start: range.lowerBound, end: range.upperBound))
            }
        }
        return sentences
    }
}
