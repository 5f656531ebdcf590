/// A problem with a configuration file, located as precisely as the file allows.
///
/// Its ``description`` is the one line `claimwatch check` prints, in the form
/// `FILE:LINE: KEY: MESSAGE`, for example
/// `claimwatch.yaml:14: sources[2].interval: "10x" is not a duration`.
/// Parts that are unknown are left out: `FILE: MESSAGE` when the file cannot be read at all,
/// `FILE:LINE: MESSAGE` for problems that belong to no key (a YAML syntax error, an empty file).
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config file's path, exactly as the caller gave it.
    public var file: String
    /// The 1-based line of the offending key or value, when there is one.
    public var line: Int?
    /// The path of the offending key, such as `sources[2].interval` or `poll.timeout`.
    public var key: String?
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error; `line` and `key` are optional because some problems have neither.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `FILE:LINE: KEY: MESSAGE`, leaving out the parts that are unknown.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { return "\(location): \(key): \(message)" }
        return "\(location): \(message)"
    }
}
