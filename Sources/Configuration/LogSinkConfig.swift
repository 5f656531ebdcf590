/// A sink that appends one JSON line per alert to a file.
public struct LogSinkConfig: Sendable, Equatable {
    /// Unique sink name.
    public var name: String
    /// The file to append to, resolved against the config file's directory.
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

extension LogSinkConfig {
    static let keys = ["type", "name", "path"]
}
