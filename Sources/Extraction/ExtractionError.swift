/// Why a page could not be extracted.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configured selector matched no element (reported on the source).
    case selectorMatchedNothing(String)
    case invalidSelector(String)
    case tooLarge(Int)
    case unparseable(String)

    public var description: String {
        switch self {
        case .selectorMatchedNothing(let selector): "selector \(selector) matched nothing on the page"
        case .invalidSelector(let why): "invalid selector: \(why)"
        case .tooLarge(let size): "page too large: \(size) bytes"
        case .unparseable(let why): "page could not be parsed: \(why)"
        }
    }
}
