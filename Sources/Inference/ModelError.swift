/// Why the stance model cannot be loaded from its files (the safetensors reader's own failures
/// are `SafeTensorsError`).
public enum ModelError: Error, Equatable, CustomStringConvertible {
    /// `vocab.txt` is unreadable or lacks a token the tokenizer needs.
    case badVocabulary(file: String, detail: String)
    /// The overlay's `__metadata__` lacks a key or has a value that cannot be used.
    case badMetadata(file: String, key: String, detail: String)
    /// The weights do not form the model (a tensor missing, of the wrong shape, or unknown).
    case badWeights(file: String, detail: String)

    public var description: String {
        switch self {
        case let .badVocabulary(file, detail): "\(file): bad vocabulary: \(detail)"
        case let .badMetadata(file, key, detail): "\(file): __metadata__ \"\(key)\": \(detail)"
        case let .badWeights(file, detail): "\(file): \(detail)"
        }
    }
}
