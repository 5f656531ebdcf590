/// One paragraph of rendered text and the element it was found in.
struct TextBlock {
    enum Kind: Equatable {
        case paragraph
        case heading(Int)
        case listItem
        case quote
        case preformatted
        case tableRow
        case caption
        case term
    }

    /// Normalised text: single spaces, `\n` for a lone `<br>`.
    var text: String
    /// The nearest block-level element around the text.
    unowned let container: HTMLNode
    var kind: Kind
    /// Non-whitespace scalars, and how many of them are link text.
    var length: Int
    var linkLength: Int

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
