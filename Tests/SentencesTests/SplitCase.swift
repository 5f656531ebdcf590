import Testing

/// A text and the sentences the splitter must find in it.
struct SplitCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: [String]

    init(_ input: String, _ expected: [String]) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String { input.count > 60 ? String(input.prefix(57)) + "…" : input }
}
