/// Splits a sentence into words and punctuation. Numbers keep their separators ("3,000",
/// "1.5"), words keep inner apostrophes and hyphens ("don't", "Okafor-Lind").
enum Tokenizer {
    static func tokens(_ sentence: String) -> [Token] {
        let scalars = Array(sentence.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        index += 1
                    } else if isJoiner(current), index + 1 < scalars.count, isWordScalar(scalars[index + 1]),
                              joins(current, previous: scalars[index - 1], next: scalars[index + 1]) {
                        index += 2
                    } else if current == "'" || current == "’", scalars[index - 1] == "s" || scalars[index - 1] == "S",
                              index + 2 < scalars.count, scalars[index + 1] == " ", scalars[index + 2].properties.isAlphabetic {
                        // A plural possessive before a word: "the Dockworkers' Union", "customers' frustration".
                        index += 1
                        break
                    } else {
                        break
                    }
                }
                let word = makeWord(scalars[start..<index], start: start)
                if word.base.hasSuffix("n't"), word.base.count > 3 {
                    // "don't", "won't", "can't": the verb and its negation are two words.
                    tokens.append(contentsOf: splitContraction(word, scalars[start..<index]))
                } else {
                    tokens.append(word)
                }
            } else {
                tokens.append(Token(text: String(scalar), base: fold(String(scalar)), stem: fold(String(scalar)), isWord: false,
                                    isCapitalized: false, isPossessive: false, start: index, end: index + 1))
                index += 1
            }
        }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        "'’-.,‑".unicodeScalars.contains(scalar)
    }

    /// Whether a joiner between two word characters keeps them one token: apostrophes and
    /// hyphens between letters, and `.`/`,` only between digits ("3,000", "4.5").
    private static func joins(_ joiner: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
        switch joiner {
        case ".", ",": previous.properties.numericType != nil && next.properties.numericType != nil
        default: true
        }
    }

    private static func makeWord(_ scalars: ArraySlice<Unicode.Scalar>, start: Int) -> Token {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        var base = fold(text)
        var possessive = false
        if base.hasSuffix("'s") {
            base.removeLast(2)
            possessive = true
        } else if base.hasSuffix("'") {
            base.removeLast()
            possessive = true
        }
        let capitalized = scalars.first.map { $0.properties.isUppercase } ?? false
        return Token(text: text, base: base, stem: WordStem.stem(base), isWord: true, isCapitalized: capitalized,
                     isPossessive: possessive, start: start, end: start + scalars.count)
    }

    private static func splitContraction(_ word: Token, _ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        let cut = scalars.endIndex - 3
        var verb = makeWord(scalars[scalars.startIndex..<cut], start: word.start)
        let irregular = ["wo": "will", "ca": "can", "sha": "shall", "ai": "is"]
        if let full = irregular[verb.base] {
            verb.base = full
            verb.stem = WordStem.stem(full)
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[cut...])
        let negation = Token(text: text, base: "not", stem: "not", isWord: true, isCapitalized: false, isPossessive: false,
                             start: word.start + (cut - scalars.startIndex), end: word.end)
        return [verb, negation]
    }

    /// Lower case with typographic apostrophes and dashes made plain.
    static func fold(_ text: String) -> String {
        var folded = text.lowercased()
        if folded.unicodeScalars.contains(where: { $0 == "’" || $0 == "‘" || $0 == "‑" }) {
            folded = folded.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
                .replacingOccurrences(of: "‑", with: "-")
        }
        return folded
    }
}
