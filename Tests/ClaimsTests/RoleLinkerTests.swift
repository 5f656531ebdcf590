import ClaimwatchModel
import Testing
@testable import Claims

/// People tied to a watched entity by a role noun speak for it for the rest of the document.
struct RoleLinkerTests {
    static let matcher = EntityMatcher([
        WatchedEntity(id: "veltrane", names: ["Veltrane Therapeutics", "Veltrane"]),
        WatchedEntity(id: "bank", names: ["Central Bank of Norvessa"]),
    ])

    struct Row: Sendable, CustomTestStringConvertible {
        var sentences: [String]
        /// "entity:text" of every role mention, per sentence.
        var roles: [[String]]
        var testDescription: String { sentences.joined(separator: " | ") }
    }

    static let rows: [Row] = [
        Row(sentences: ["Veltrane's chief executive Maren Osterholt said the pause was routine.", "Osterholt declined to say more."],
            roles: [["veltrane:Maren Osterholt"], ["veltrane:Osterholt"]]),
        Row(sentences: ["Veltrane spokesman Idris Kalm said nothing had changed."], roles: [["veltrane:Idris Kalm"]]),
        Row(sentences: ["Ilse Marenko, the governor of the Central Bank of Norvessa, said support was possible."],
            roles: [["bank:Ilse Marenko"]]),
        Row(sentences: ["Dana Whitcombe, Veltrane's spokeswoman, said the company was reviewing the data."],
            roles: [["veltrane:Dana Whitcombe"]]),
        Row(sentences: ["Veltrane Therapeutics paused the study on Monday.", "Its chief executive, Maren Osterholt, called the reports inaccurate."],
            roles: [[], ["veltrane:Maren Osterholt"]]),
        // Not tied: no role noun, another organisation's role, a bare role with no entity around.
        Row(sentences: ["Veltrane paused the study.", "Maren Osterholt of Clinical Ledger said she had seen the letter."], roles: [[], []]),
        Row(sentences: ["Health minister Pavel Drozdan said the ministry was watching."], roles: [[]]),
        Row(sentences: ["Veltrane said on Monday that Dr Maren Osterholt would speak."], roles: [[]]),
    ]

    @Test(arguments: rows)
    func roles(_ row: Row) {
        let tokens = row.sentences.map(Tokenizer.tokens)
        let mentions = Self.matcher.mentions(inDocument: tokens, paragraphs: row.sentences.indices.map { _ in 0 })
        let roles = zip(tokens, mentions).map { tokens, mentions in
            mentions.filter { $0.rule == "role" }.map { "\($0.entity):" + tokens[$0.range].map(\.text).joined(separator: " ") }
        }
        #expect(roles == row.roles)
    }
}
