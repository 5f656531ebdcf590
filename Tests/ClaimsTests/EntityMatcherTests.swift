import ClaimwatchModel
import Testing
@testable import Claims

/// Mentions found in single sentences and across a document: names and their variants,
/// keyword phrases, surnames, descriptions and pronouns.
struct EntityMatcherTests {
    static let entities = [
        WatchedEntity(id: "russia", names: ["Russia"]),
        WatchedEntity(id: "north-korea", names: ["North Korea"]),
        WatchedEntity(id: "korvania", names: ["Korvania"]),
        WatchedEntity(id: "usa", names: ["United States"]),
        WatchedEntity(id: "zurich", names: ["Zürich"]),
        WatchedEntity(id: "sao-paulo", names: ["São Paulo"]),
        WatchedEntity(id: "tarn", names: ["Tarn", "Tarn government"]),
        WatchedEntity(id: "kessler", names: ["Kessler Lines", "Kessler", "Ivo Brandt"]),
        WatchedEntity(id: "okafor", names: ["Marta Okafor-Lind"]),
        WatchedEntity(id: "cbn", names: ["Central Bank of Norvessa"]),
        WatchedEntity(id: "front", names: ["Sulmar Front"]),
        WatchedEntity(id: "bray", names: ["Bray & Holt"]),
        WatchedEntity(id: "halden", names: ["Halden"]),
    ]
    static let matcher = EntityMatcher(entities)

    /// Mentions as "entity:rule:text".
    static func render(_ mentions: [EntityMention], _ tokens: [Token]) -> [String] {
        mentions.map { "\($0.entity):\($0.rule):\(tokens[$0.range].map(\.text).joined(separator: " "))" }
    }

    struct SentenceRow: Sendable, CustomTestStringConvertible {
        var text: String
        var mentions: [String]
        var testDescription: String { text }
    }

    static let sentenceRows: [SentenceRow] = [
        SentenceRow(text: "Russia denied the report.", mentions: ["russia:name:Russia"]),
        SentenceRow(text: "Russia's foreign ministry denied the report.", mentions: ["russia:name-body:Russia's foreign ministry"]),
        SentenceRow(text: "The Russian foreign ministry denied the report.", mentions: ["russia:demonym-body:Russian foreign ministry"]),
        SentenceRow(text: "Russian officials declined to comment.", mentions: ["russia:demonym-body:Russian officials"]),
        SentenceRow(text: "Russia's officials denied it.", mentions: ["russia:name-body:Russia's officials"]),
        SentenceRow(text: "Halden's foreign ministry denied it.", mentions: ["halden:name-body:Halden's foreign ministry"]),
        SentenceRow(text: "Halden's decision surprised observers.", mentions: ["halden:name:Halden's"]),
        SentenceRow(text: "Russian troops crossed the border.", mentions: []),
        SentenceRow(text: "The Russians said nothing.", mentions: []),                 // people nouns are not the state
        SentenceRow(text: "Russian-speaking officials left.", mentions: []),
        SentenceRow(text: "North Korean troops are fighting in Kursk.", mentions: []),
        SentenceRow(text: "The North Korean military confirmed the deployment.", mentions: ["north-korea:demonym-body:North Korean military"]),
        SentenceRow(text: "North Korea's leadership denied it.", mentions: ["north-korea:name-body:North Korea's leadership"]),
        SentenceRow(text: "the Korvanian foreign ministry said on Monday", mentions: ["korvania:demonym-rule:Korvanian foreign ministry"]),
        SentenceRow(text: "Korvanian fishermen protested.", mentions: []),
        SentenceRow(text: "US officials said the talks failed.", mentions: ["usa:demonym-body:US officials"]),
        SentenceRow(text: "U.S. officials said the talks failed.", mentions: ["usa:demonym-body:U . S . officials"]),
        SentenceRow(text: "American officials said the talks failed.", mentions: ["usa:demonym-body:American officials"]),
        SentenceRow(text: "American tourists were evacuated.", mentions: []),
        SentenceRow(text: "Officials in Zurich confirmed it.", mentions: ["zurich:name:Zurich"]),
        SentenceRow(text: "ZÜRICH confirmed it.", mentions: ["zurich:name:ZÜRICH"]),
        SentenceRow(text: "Sao Paulo said it would appeal.", mentions: ["sao-paulo:name:Sao Paulo"]),
        SentenceRow(text: "The russian officials said nothing.", mentions: []),   // a capitalised name word needs a capital
        SentenceRow(text: "the tarn government said", mentions: []),
        SentenceRow(text: "The Tarn government said no oil was dumped.", mentions: ["tarn:name:Tarn government"]),
        SentenceRow(text: "Kessler Lines officials said", mentions: ["kessler:name-body:Kessler Lines officials"]),
        SentenceRow(text: "Kessler's spokesman said", mentions: ["kessler:name-body:Kessler's spokesman"]),
        SentenceRow(text: "Brandt said the ship was sound.", mentions: []),     // a surname needs its full name first
        SentenceRow(text: "Bray & Holt said", mentions: ["bray:name:Bray & Holt"]),
        SentenceRow(text: "The Sulmar Front said, and the Front later added", mentions: ["front:name:Sulmar Front", "front:name-head:Front"]),
    ]

    @Test(arguments: sentenceRows)
    func sentence(_ row: SentenceRow) {
        let tokens = Tokenizer.tokens(row.text)
        #expect(Self.render(Self.matcher.mentions(in: tokens), tokens) == row.mentions)
    }

    struct KeywordRow: Sendable, CustomTestStringConvertible {
        var keywords: [String]
        var text: String
        var mentions: [String]
        var testDescription: String { "\(keywords): \(text)" }
    }

    @Test(arguments: [
        KeywordRow(keywords: ["Russian military presence"], text: "The Russian military presence in Mokara grew.", mentions: []),
        KeywordRow(keywords: ["Russian military presence"], text: "The Russian military denied any presence in Mokara.",
                   mentions: ["russia:demonym-body:Russian military"]),
        KeywordRow(keywords: ["North Korean forces"], text: "North Korean forces were seen near Kursk.", mentions: []),
        KeywordRow(keywords: ["Kessler"], text: "Kessler denied the leak.", mentions: ["kessler:name:Kessler"]), // the name itself stays
    ])
    func keywordPhrases(_ row: KeywordRow) {
        let matcher = EntityMatcher(entities: Self.entities, keywordPhrases: row.keywords)
        let tokens = Tokenizer.tokens(row.text)
        #expect(Self.render(matcher.mentions(in: tokens), tokens) == row.mentions)
    }

    @Test func speakersOutsideKeywordMatches() {
        let tokens = Tokenizer.tokens("North Korean forces were seen, the North Korean military said.")
        let mentions = Self.matcher.mentions(in: tokens)
        let keywordMatches = PhraseMatcher(["North Korean forces"]).matches(in: tokens)
        #expect(Self.render(mentions, tokens) == ["north-korea:demonym-body:North Korean forces", "north-korea:demonym-body:North Korean military"])
        #expect(Self.render(EntityMatcher.speakers(mentions, outside: keywordMatches), tokens) == ["north-korea:demonym-body:North Korean military"])
    }

    @Test func ambiguousDerivedFormsNameNeither() {
        let matcher = EntityMatcher([WatchedEntity(id: "drc", names: ["DR Congo"]), WatchedEntity(id: "roc", names: ["Republic of the Congo"])])
        let tokens = Tokenizer.tokens("Congolese officials denied it, and DR Congo's government agreed.")
        #expect(Self.render(matcher.mentions(in: tokens), tokens) == ["drc:name-body:DR Congo's government"])
    }

    struct DocumentRow: Sendable, CustomTestStringConvertible {
        var name: String
        /// Sentences, a "¶" opening a new paragraph.
        var sentences: [String]
        /// Per sentence, the mentions the resolver adds or the surname rule finds (rules other than name and its variants).
        var added: [[String]]
        var testDescription: String { name }
    }

    static let documentRows: [DocumentRow] = [
        DocumentRow(name: "surname after full name",
                    sentences: ["Ivo Brandt, a spokesman for the operator, spoke on Monday.", "Brandt said the ship was sound."],
                    added: [[], ["kessler:surname:Brandt"]]),
        DocumentRow(name: "surname in the same sentence after the full name",
                    sentences: ["Marta Okafor-Lind said the claims were false, and Okafor-Lind repeated it."],
                    added: [["okafor:surname:Okafor-Lind"]]),
        DocumentRow(name: "surname before its full name",
                    sentences: ["Okafor-Lind said so.", "Marta Okafor-Lind is the minister."],
                    added: [[], ["okafor:description:the minister"]]),
        DocumentRow(name: "pronoun: subject of the previous sentence",
                    sentences: ["Kessler Lines denied the report on Monday.", "It said the ship was sound."],
                    added: [[], ["kessler:pronoun:It"]]),
        DocumentRow(name: "pronoun after a connective and a leading adverbial",
                    sentences: ["On Monday, Kessler denied the report.", "But it later admitted the leak."],
                    added: [[], ["kessler:pronoun:it"]]),
        DocumentRow(name: "pronoun: the one entity of the previous sentence",
                    sentences: ["A spokesman for Kessler denied the report.", "Its lawyers said the ship was sound."],
                    added: [[], ["kessler:pronoun:Its"]]),
        DocumentRow(name: "pronoun chain",
                    sentences: ["Russia denied the report.", "It called it propaganda.", "It added nothing."],
                    added: [[], ["russia:pronoun:It"], ["russia:pronoun:It"]]),
        DocumentRow(name: "pronoun opening a clause of the same sentence",
                    sentences: ["Kessler said on Monday that it had not dumped oil."],
                    added: [["kessler:pronoun:it"]]),
        DocumentRow(name: "person pronoun to a person",
                    sentences: ["Marta Okafor-Lind denied the report.", "She said the ship was sound."],
                    added: [[], ["okafor:pronoun:She"]]),
        DocumentRow(name: "quote then he said",
                    sentences: ["Ivo Brandt spoke to reporters.", "“We deny it,” he said."],
                    added: [[], ["kessler:pronoun:he"]]),
        DocumentRow(name: "no person pronoun for a company",
                    sentences: ["Kessler Lines denied the report.", "He said the ship was sound."], added: [[], []]),
        DocumentRow(name: "no it for a person",
                    sentences: ["Marta Okafor-Lind denied the report.", "It said the ship was sound."], added: [[], []]),
        DocumentRow(name: "no pronoun across paragraphs",
                    sentences: ["Kessler Lines denied the report.", "¶It said the ship was sound."], added: [[], []]),
        DocumentRow(name: "no pronoun when the previous sentence names two entities and neither is its subject",
                    sentences: ["Analysts said Kessler and Russia were at odds.", "It denied the report."], added: [[], []]),
        DocumentRow(name: "the subject wins over a second entity",
                    sentences: ["Russia told Kessler to leave.", "It denied the report."], added: [[], ["russia:pronoun:It"]]),
        DocumentRow(name: "no pronoun for an entity that is only a place in the previous sentence",
                    sentences: ["Analysts in Zurich studied the report.", "They said it was false."], added: [[], []]),
        DocumentRow(name: "no pronoun two sentences back",
                    sentences: ["Kessler Lines denied the report.", "The weather was calm.", "It said the ship was sound."],
                    added: [[], [], []]),
        DocumentRow(name: "dummy it",
                    sentences: ["Kessler Lines denied the report.", "It is unclear whether the ship leaked.", "It was not immediately clear why."],
                    added: [[], [], []]),
        DocumentRow(name: "it at work",
                    sentences: ["Kessler Lines denied the report.", "It is reviewing the footage."], added: [[], ["kessler:pronoun:It"]]),
        DocumentRow(name: "object pronoun is no subject",
                    sentences: ["Kessler Lines denied the report.", "Critics called it a cover-up."], added: [[], []]),
        DocumentRow(name: "it's",
                    sentences: ["Kessler Lines denied the report.", "It's unclear whether the ship leaked."], added: [[], []]),
        DocumentRow(name: "description by kind",
                    sentences: ["Kessler Lines denied the report.", "The company said the ship was sound."],
                    added: [[], ["kessler:description:The company"]]),
        DocumentRow(name: "description with a hyphenated modifier",
                    sentences: ["Kessler denied the report.", "The family-owned company said the ship was sound."],
                    added: [[], ["kessler:description:The family-owned company"]]),
        DocumentRow(name: "description: the government of a state",
                    sentences: ["Korvania was asked about the troops.", "The government declined to comment."],
                    added: [[], ["korvania:description:The government"]]),
        DocumentRow(name: "description: the one entity that admits it",
                    sentences: ["Kessler Lines and Russia traded accusations.", "The company said the ship was sound."],
                    added: [[], ["kessler:description:The company"]]),
        DocumentRow(name: "description from the entity's own name",
                    sentences: ["The Central Bank of Norvessa met on Monday.", "The central bank said it would not intervene."],
                    added: [[], ["cbn:description:The central bank", "cbn:pronoun:it"]]),
        DocumentRow(name: "description of a person by age",
                    sentences: ["Marta Okafor-Lind was appointed in May.", "The 52-year-old denied the report."],
                    added: [[], ["okafor:description:The 52-year-old"]]),
        DocumentRow(name: "no description nobody admits",
                    sentences: ["Kessler Lines denied the report.", "The club said nothing."], added: [[], []]),
        DocumentRow(name: "no description across paragraphs",
                    sentences: ["Kessler Lines denied the report.", "¶The company said the ship was sound."], added: [[], []]),
        DocumentRow(name: "no company for a person",
                    sentences: ["Marta Okafor-Lind denied the report.", "The company said the ship was sound."], added: [[], []]),
    ]

    @Test(arguments: documentRows)
    func document(_ row: DocumentRow) {
        var paragraph = 0
        var texts: [String] = []
        var paragraphs: [Int] = []
        for sentence in row.sentences {
            if sentence.hasPrefix("¶") { paragraph += 1 }
            texts.append(sentence.hasPrefix("¶") ? String(sentence.dropFirst()) : sentence)
            paragraphs.append(paragraph)
        }
        let tokens = texts.map(Tokenizer.tokens)
        let mentions = Self.matcher.mentions(inDocument: tokens, paragraphs: paragraphs)
        let explicitRules: Set<String> = ["name", "name-head", "name-body", "demonym-body", "demonym-rule"]
        let added = zip(mentions, tokens).map { Self.render($0.filter { !explicitRules.contains($0.rule) }, $1) }
        #expect(added == row.added)
    }

    @Test func documentMentionsKeepTheExplicitOnes() {
        let tokens = ["Kessler Lines denied the report.", "It said Russian officials were lying."].map(Tokenizer.tokens)
        let mentions = Self.matcher.mentions(inDocument: tokens, paragraphs: [0, 0])
        #expect(Self.render(mentions[1], tokens[1]) == ["kessler:pronoun:It", "russia:demonym-body:Russian officials"])
        #expect(mentions[1][0].range == 0..<1)
    }
}
