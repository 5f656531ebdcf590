/// Where alerts are delivered (an entry of `alerts:`).
public enum AlertSinkConfig: Sendable, Equatable {
    /// `type: log`: JSON Lines appended to a file.
    case log(LogSinkConfig)
    /// `type: webhook`: an HTTP POST per alert.
    case webhook(WebhookSinkConfig)

    /// The sink's unique name, explicit or defaulted (see ``ConfigLoader``).
    public var name: String {
        switch self {
        case .log(let sink): sink.name
        case .webhook(let sink): sink.name
        }
    }
}

extension AlertSinkConfig {
    /// Every key any sink may have, checked before `type` is known so that a misspelt `type`
    /// is reported as the unknown key it is.
    static let anySinkKeys = ["type", "name", "path", "url", "secret_file", "format", "timeout", "retry"]

    /// The sink's type as written in `type:`.
    var type: String {
        switch self {
        case .log: "log"
        case .webhook: "webhook"
        }
    }

    /// The sink with another name.
    func named(_ name: String) -> AlertSinkConfig {
        switch self {
        case .log(var sink):
            sink.name = name
            return .log(sink)
        case .webhook(var sink):
            sink.name = name
            return .webhook(sink)
        }
    }

    /// Reads one entry of `alerts:`. Its name is the explicit `name:` if there is one, else
    /// empty: defaults depend on the other sinks (see ``ConfigLoader``). The returned reader
    /// is that of the `name:` value, for messages about it.
    static func read(_ item: NodeReader) throws(ConfigError) -> (sink: AlertSinkConfig, nameReader: NodeReader?) {
        let entry = try item.mapping()
        try entry.allowOnly(anySinkKeys)
        let typeReader = try entry.required("type")
        let type = try typeReader.string()
        let nameReader = entry.optional("name")
        let name = try nameReader?.id() ?? ""
        switch type {
        case "log":
            try entry.allowOnly(LogSinkConfig.keys, for: "a log sink")
            return (.log(LogSinkConfig(name: name, path: try entry.required("path").filePath())), nameReader)
        case "webhook":
            try entry.allowOnly(WebhookSinkConfig.keys, for: "a webhook sink")
            return (.webhook(try WebhookSinkConfig(reading: entry, name: name)), nameReader)
        default:
            throw typeReader.error("\(typeReader.quoted(type)) is not a sink type (expected log or webhook)")
        }
    }
}
