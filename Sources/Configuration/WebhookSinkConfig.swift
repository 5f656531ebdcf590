import Foundation

/// A sink that POSTs each alert to an HTTP endpoint.
public struct WebhookSinkConfig: Sendable, Equatable {
    /// Unique sink name.
    public var name: String
    /// Absolute http or https URL.
    public var url: String
    /// File holding the HMAC-SHA256 key (content trimmed of surrounding whitespace), resolved
    /// against the config file's directory after expanding `${VAR}`/`$VAR` (for systemd's
    /// `${CREDENTIALS_DIRECTORY}`); checked to exist and be readable at load time.
    public var secretFile: String?
    public var format: WebhookFormat
    /// Longest one delivery attempt may take (default 10s).
    public var timeout: Duration
    public var retry: RetryConfig

    /// Creates a webhook sink; the defaults are the config file's.
    public init(name: String, url: String, secretFile: String? = nil, format: WebhookFormat = .json,
                timeout: Duration = .seconds(10), retry: RetryConfig = RetryConfig()) {
        self.name = name
        self.url = url
        self.secretFile = secretFile
        self.format = format
        self.timeout = timeout
        self.retry = retry
    }
}

extension WebhookSinkConfig {
    static let keys = ["type", "name", "url", "secret_file", "format", "timeout", "retry"]

    /// Reads a webhook sink's keys from its (already key-checked) mapping.
    init(reading entry: MappingReader, name: String) throws(ConfigError) {
        self.init(name: name, url: try entry.required("url").httpURL())
        if let reader = entry.optional("secret_file") {
            if reader.context.checksSecretFiles {
                let path = try reader.filePathExpandingEnvironment()
                try Self.checkSecretFile(path, reader: reader)
                secretFile = path
            } else {
                let written = try reader.nonEmptyString()
                secretFile = (try? reader.filePathExpandingEnvironment()) ?? written
            }
        }
        if let reader = entry.optional("format") {
            let text = try reader.string()
            guard let format = WebhookFormat(rawValue: text) else {
                throw reader.error("\(reader.quoted(text)) is not a webhook format (expected json or slack)")
            }
            self.format = format
        }
        if let reader = entry.optional("timeout") { timeout = try reader.duration() }
        if let reader = entry.optional("retry") { retry = try RetryConfig(reading: reader) }
    }

    /// A missing or unreadable secret would otherwise surface only at the first alert, hours
    /// later and far from the config; check it now, while the operator is looking.
    private static func checkSecretFile(_ path: String, reader: NodeReader) throws(ConfigError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw reader.error("secret file \(reader.quoted(path)) does not exist")
        }
        if isDirectory.boolValue {
            throw reader.error("secret file \(reader.quoted(path)) is a directory")
        }
        guard FileManager.default.isReadableFile(atPath: path),
              let data = FileManager.default.contents(atPath: path) else {
            throw reader.error("secret file \(reader.quoted(path)) is not readable")
        }
        let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if secret.isEmpty {
            throw reader.error("secret file \(reader.quoted(path)) is empty")
        }
    }
}
