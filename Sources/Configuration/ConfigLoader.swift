import Foundation

/// Reads and validates claimwatch's YAML config file (the format `shared/contract.md` fixes,
/// plus the extension keys documented in `config/claimwatch.yaml`).
///
/// Validation is strict so that mistakes show at `claimwatch check` time, not as silently
/// ignored settings: unknown and repeated keys, wrong types, malformed ids, durations, sizes
/// and URLs, repeated ids and a missing or unreadable `secret_file` all fail with a
/// ``ConfigError`` naming file, line and key. Loading stops at the first problem.
///
/// Conventions:
/// - A key whose value is empty (`selector:`), `~` or `null` counts as absent.
/// - Relative paths (`database`, a log sink's `path`, `secret_file`) are resolved against the
///   directory of the config file; `~` is not expanded.
/// - A sink without `name:` is named after its type (`log`, `webhook`) when it is the only
///   sink of that type, else after its type and 1-based position in `alerts:` (`log-1`,
///   `webhook-3`). Set `name:` to keep a sink's identity when reordering the list.
public enum ConfigLoader {
    static let topLevelKeys = ["database", "poll", "sources", "topics", "entities", "alerts", "retention"]

    /// Reads and validates the config file at `path`; messages name the file as `path`.
    /// `environment` supplies the variables a `secret_file` may name (`${CREDENTIALS_DIRECTORY}`).
    /// With `checkingSecretFiles` false (commands that only read the database, such as `alerts`
    /// run by an operator outside the service) a `secret_file` is taken as written when it
    /// cannot be expanded, and is not checked on disk.
    public static func load(path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            checkingSecretFiles: Bool = true) throws(ConfigError) -> ClaimwatchConfig {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigError(file: path, message: "cannot read the config file: it does not exist")
        }
        if isDirectory.boolValue {
            throw ConfigError(file: path, message: "cannot read the config file: it is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, message: "cannot read the config file: permission denied or I/O error")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, message: "the config file is not valid UTF-8 text")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: text, file: path, baseDirectory: directory, environment: environment,
                         checkingSecretFiles: checkingSecretFiles)
    }

    /// Validates config text as if read from `file`, resolving relative paths against
    /// `baseDirectory`. Checks `secret_file`s on disk like ``load(path:environment:)``; variables
    /// in them come from `environment` alone.
    public static func parse(yaml: String, file: String, baseDirectory: String,
                             environment: [String: String] = [:],
                             checkingSecretFiles: Bool = true) throws(ConfigError) -> ClaimwatchConfig {
        // libyaml skips a byte order mark but Yams' marks then disagree with our columns.
        let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
        let composed = try YAMLDocument.compose(text, file: file)
        guard let root = composed.root else {
            throw ConfigError(file: file, line: 1, message: "the config file is empty (expected settings such as sources:, topics:, alerts:)")
        }
        let context = ReadContext(file: file, baseDirectory: baseDirectory, originalKeys: composed.originalKeys,
                                  environment: environment, checksSecretFiles: checkingSecretFiles)
        let reader = NodeReader(node: root, path: "", fallbackLine: 1, context: context)
        guard case .mapping = root else {
            throw reader.error("the top level must be a mapping of settings (database:, poll:, sources:, …)")
        }
        let top = try reader.mapping()
        try top.allowOnly(topLevelKeys)

        var config = ClaimwatchConfig(file: file)
        if let value = top.optional("database") { config.database = try value.filePath() }
        if let value = top.optional("poll") { config.poll = try PollConfig(reading: value) }
        config.sources = try readSources(top.optional("sources"))
        config.topics = try readTopics(top.optional("topics"))
        config.entities = try readEntities(top.optional("entities"))
        config.alerts = try readAlerts(top.optional("alerts"))
        if let value = top.optional("retention") { config.retention = try RetentionConfig(reading: value) }
        return config
    }

    // MARK: Lists

    private static func readSources(_ reader: NodeReader?) throws(ConfigError) -> [SourceConfig] {
        guard let reader else { return [] }
        var ids = IDRegistry(noun: "source id")
        var sources: [SourceConfig] = []
        for item in try reader.list() {
            sources.append(try SourceConfig(reading: item, ids: &ids))
        }
        return sources
    }

    private static func readTopics(_ reader: NodeReader?) throws(ConfigError) -> [TopicConfig] {
        guard let reader else { return [] }
        var ids = IDRegistry(noun: "topic id")
        var topics: [TopicConfig] = []
        for item in try reader.list() {
            topics.append(try TopicConfig(reading: item, ids: &ids))
        }
        return topics
    }

    private static func readEntities(_ reader: NodeReader?) throws(ConfigError) -> [EntityConfig] {
        guard let reader else { return [] }
        var ids = IDRegistry(noun: "entity id")
        var entities: [EntityConfig] = []
        for item in try reader.list() {
            entities.append(try EntityConfig(reading: item, ids: &ids))
        }
        return entities
    }

    /// Reads all sinks, then names the unnamed ones: a default depends on how many sinks of
    /// the same type there are, which is known only once the whole list is read.
    private static func readAlerts(_ reader: NodeReader?) throws(ConfigError) -> [AlertSinkConfig] {
        guard let reader else { return [] }
        var read: [(item: NodeReader, sink: AlertSinkConfig, nameReader: NodeReader?)] = []
        for item in try reader.list() {
            let (sink, nameReader) = try AlertSinkConfig.read(item)
            read.append((item, sink, nameReader))
        }
        var names = IDRegistry(noun: "sink name")
        var sinks: [AlertSinkConfig] = []
        for (index, entry) in read.enumerated() {
            if let nameReader = entry.nameReader {
                try names.claim(entry.sink.name, at: nameReader)
                sinks.append(entry.sink)
                continue
            }
            let type = entry.sink.type
            let isOnlyOfType = read.filter { $0.sink.type == type }.count == 1
            let name = isOnlyOfType ? type : "\(type)-\(index + 1)"
            if let earlier = names.firstUse(of: name) {
                throw entry.item.error("default sink name \(entry.item.quoted(name)) is already taken (\(earlier)); set name:")
            }
            try names.claim(name, at: entry.item,
                            firstUse: "the default name of the sink on line \(entry.item.line)")
            sinks.append(entry.sink.named(name))
        }
        return sinks
    }
}
