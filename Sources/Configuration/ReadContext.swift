/// What every reader of one config file shares: the file name for messages, the directory
/// relative paths are resolved against, and the key renames ``YAMLDocument`` made.
struct ReadContext: Sendable {
    /// The config file's path as the caller gave it.
    var file: String
    var baseDirectory: String
    /// Renamed key → the key as written. See ``YAMLDocument`` for why keys get renamed.
    var originalKeys: [String: String] = [:]
    /// Variables `secret_file` may use (see ``EnvironmentExpander``).
    var environment: [String: String] = [:]
    /// Whether `secret_file`s must expand, exist and be readable (see ``ConfigLoader``).
    var checksSecretFiles = true

    /// `path` if absolute, else `path` under `baseDirectory`, with `.` and `..` folded away
    /// lexically (symlinks are left alone: the operator's layout is what they wrote).
    func resolve(_ path: String) -> String {
        let base = baseDirectory.isEmpty ? "." : baseDirectory
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !joined.hasPrefix("/") {
                    // A relative base can't be folded past its start; keep the `..`.
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        if joined.hasPrefix("/") { return "/" + body }
        return body.isEmpty ? "." : body
    }
}
