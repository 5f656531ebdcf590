/// Why a safetensors file cannot be read: each case names the file, and the tensor when one is at
/// fault, so a bad model install reads as what to fix rather than as a crash in the forward pass.
public enum SafeTensorsError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be opened or mapped.
    case unreadable(file: String, reason: String)
    /// The file ends before the header, or before a tensor's bytes.
    case truncated(file: String, detail: String)
    /// The header is not the JSON object the format prescribes.
    case corruptHeader(file: String, detail: String)
    /// A tensor the caller needs is not in the file.
    case missingTensor(file: String, name: String)
    /// A tensor's entry is inconsistent (offsets, shape, dtype the caller cannot use).
    case badTensor(file: String, name: String, detail: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot read safetensors file: \(reason)"
        case let .truncated(file, detail):
            "\(file): truncated safetensors file: \(detail)"
        case let .corruptHeader(file, detail):
            "\(file): corrupt safetensors header: \(detail)"
        case let .missingTensor(file, name):
            "\(file): no tensor named \"\(name)\""
        case let .badTensor(file, name, detail):
            "\(file): tensor \"\(name)\": \(detail)"
        }
    }
}
