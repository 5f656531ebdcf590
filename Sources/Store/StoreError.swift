/// Why the store could not be used.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database file could not be opened, created or migrated (the contract's exit code 2).
    case cannotOpen(path: String, reason: String)
    /// A stored blob could not be read back.
    case corruptBlob(hash: String)
    case unknownSource(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open database \(path): \(reason)"
        case .corruptBlob(let hash): "stored content \(hash) cannot be decompressed"
        case .unknownSource(let id): "unknown source \(id)"
        }
    }
}
