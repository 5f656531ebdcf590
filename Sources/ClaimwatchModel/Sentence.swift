/// One sentence of an article's text, located so an alert can quote it.
public struct Sentence: Sendable, Equatable, Codable {
    public var text: String
    /// The 0-based paragraph it belongs to (paragraphs are separated by blank lines).
    public var paragraph: Int
    /// Start and end offsets in Unicode scalars (code points) into the whole text.
    public var start: Int
    public var end: Int

    public init(text: String, paragraph: Int, start: Int, end: Int) {
        self.text = text
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}
