import Testing
@testable import Configuration

/// A config that must fail, and the exact line `claimwatch check` must print for it.
struct BrokenConfig: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var error: String

    init(_ name: String, _ yaml: String, _ error: String) {
        self.name = name
        self.yaml = yaml
        self.error = error
    }

    var testDescription: String { name }
}

private let webhook = "  - type: webhook\n    url: https://hooks.example.org/x\n"
private let source = "  - id: a\n    url: https://example.org/feed\n    kind: feed\n"

let brokenConfigs: [BrokenConfig] = [
    // MARK: Unknown keys, at every level
    BrokenConfig("unknown top-level key", "database: a.sqlite\ndatabse: b.sqlite",
                 "claimwatch.yaml:2: databse: unknown key (expected one of: database, poll, sources, topics, entities, alerts, retention)"),
    BrokenConfig("unknown retention key", "retention:\n  alerts: 90d\n  snapshots: 30d",
                 "claimwatch.yaml:3: retention.snapshots: unknown key (expected one of: alerts, versions)"),
    BrokenConfig("retention without a unit", "retention:\n  versions: 30",
                 "claimwatch.yaml:2: retention.versions: \"30\" is not a duration (missing unit: ms, s, m, h or d)"),
    BrokenConfig("retention of zero", "retention:\n  alerts: 0d",
                 "claimwatch.yaml:2: retention.alerts: \"0d\" is not a positive duration"),
    BrokenConfig("retention as a scalar", "retention: 90d",
                 "claimwatch.yaml:1: retention: expected a mapping"),
    BrokenConfig("unknown poll key", "poll:\n  interval: 5m\n  intervall: 5m",
                 "claimwatch.yaml:3: poll.intervall: unknown key (expected one of: interval, concurrency, timeout, connect_timeout, user_agent, max_body_size, per_host, max_redirects)"),
    BrokenConfig("unknown source key", "sources:\n" + source + "    intervall: 10m",
                 "claimwatch.yaml:5: sources[0].intervall: unknown key (expected one of: id, url, kind, interval, follow_links, selector)"),
    BrokenConfig("unknown topic key", "topics:\n  - id: t\n    keywords: [a]\n    keyword: [b]",
                 "claimwatch.yaml:4: topics[0].keyword: unknown key (expected one of: id, name, keywords, quantities)"),
    BrokenConfig("unknown quantity key", "topics:\n  - id: t\n    keywords: [a]\n    quantities:\n      - id: q\n        noun: [x]",
                 "claimwatch.yaml:6: topics[0].quantities[0].noun: unknown key (expected one of: id, nouns)"),
    BrokenConfig("unknown entity key", "entities:\n  - id: e\n    name: [x]",
                 "claimwatch.yaml:3: entities[0].name: unknown key (expected one of: id, names)"),
    BrokenConfig("unknown sink key", "alerts:\n  - typ: log",
                 "claimwatch.yaml:2: alerts[0].typ: unknown key (expected one of: type, name, path, url, secret_file, format, timeout, retry)"),
    BrokenConfig("webhook key on a log sink", "alerts:\n  - type: log\n    path: a.jsonl\n    url: https://example.org/",
                 "claimwatch.yaml:4: alerts[0].url: unknown key for a log sink (expected one of: type, name, path)"),
    BrokenConfig("log key on a webhook sink", "alerts:\n" + webhook + "    path: a.jsonl",
                 "claimwatch.yaml:4: alerts[0].path: unknown key for a webhook sink (expected one of: type, name, url, secret_file, format, timeout, retry)"),
    BrokenConfig("unknown retry key", "alerts:\n" + webhook + "    retry:\n      initial: 1s\n      maximum: 1h",
                 "claimwatch.yaml:6: alerts[0].retry.maximum: unknown key (expected one of: initial, max, give_up_after)"),

    // MARK: Duplicate ids and names
    BrokenConfig("duplicate source id", "sources:\n" + source + "  - id: a\n    url: https://example.org/p\n    kind: page",
                 "claimwatch.yaml:5: sources[1].id: duplicate source id \"a\" (first used on line 2)"),
    BrokenConfig("duplicate topic id", "topics:\n  - {id: t, keywords: [a]}\n  - {id: t, keywords: [b]}",
                 "claimwatch.yaml:3: topics[1].id: duplicate topic id \"t\" (first used on line 2)"),
    BrokenConfig("duplicate entity id", "entities:\n  - id: e\n    names: [a]\n  - id: e\n    names: [b]",
                 "claimwatch.yaml:4: entities[1].id: duplicate entity id \"e\" (first used on line 2)"),
    BrokenConfig("duplicate quantity id in one topic",
                 "topics:\n  - id: t\n    keywords: [a]\n    quantities:\n      - {id: q, nouns: [x]}\n      - {id: q, nouns: [y]}",
                 "claimwatch.yaml:6: topics[0].quantities[1].id: duplicate quantity id \"q\" (first used on line 5)"),
    BrokenConfig("duplicate sink name",
                 "alerts:\n  - type: log\n    name: out\n    path: a.jsonl\n  - type: webhook\n    name: out\n    url: https://hooks.example.org/x",
                 "claimwatch.yaml:6: alerts[1].name: duplicate sink name \"out\" (first used on line 3)"),
    BrokenConfig("default sink name already taken",
                 "alerts:\n  - type: log\n    name: webhook\n    path: a.jsonl\n" + webhook,
                 "claimwatch.yaml:5: alerts[1]: default sink name \"webhook\" is already taken (first used on line 3); set name:"),
    BrokenConfig("invalid id", "sources:\n  - id: Front Line\n    url: https://example.org/\n    kind: feed",
                 "claimwatch.yaml:2: sources[0].id: \"Front Line\" is not a valid id (use a-z, 0-9, _ and -)"),
    BrokenConfig("invalid sink name", "alerts:\n  - type: log\n    name: Main Log\n    path: a.jsonl",
                 "claimwatch.yaml:3: alerts[0].name: \"Main Log\" is not a valid id (use a-z, 0-9, _ and -)"),

    // MARK: Durations and sizes
    BrokenConfig("bad duration", "sources:\n" + source + "    interval: 10x",
                 "claimwatch.yaml:5: sources[0].interval: \"10x\" is not a duration"),
    BrokenConfig("duration without unit", "poll:\n  timeout: 30",
                 "claimwatch.yaml:2: poll.timeout: \"30\" is not a duration (missing unit: ms, s, m, h or d)"),
    BrokenConfig("zero duration", "poll:\n  interval: 0s",
                 "claimwatch.yaml:2: poll.interval: \"0s\" is not a positive duration"),
    BrokenConfig("retry max shorter than initial", "alerts:\n" + webhook + "    retry:\n      initial: 2h\n      max: 1h",
                 "claimwatch.yaml:6: alerts[0].retry.max: must not be shorter than initial (2h)"),
    BrokenConfig("retry initial longer than default max", "alerts:\n" + webhook + "    retry:\n      initial: 2h",
                 "claimwatch.yaml:5: alerts[0].retry.initial: must not be longer than max (1h)"),
    BrokenConfig("bad size", "poll:\n  max_body_size: 10XB",
                 "claimwatch.yaml:2: poll.max_body_size: \"10XB\" is not a size"),
    BrokenConfig("zero size", "poll:\n  max_body_size: 0KiB",
                 "claimwatch.yaml:2: poll.max_body_size: \"0KiB\" is not a positive size"),

    // MARK: URLs and enumerations
    BrokenConfig("relative URL", "sources:\n  - id: a\n    url: example.org/feed\n    kind: feed",
                 "claimwatch.yaml:3: sources[0].url: \"example.org/feed\" is not an absolute http or https URL"),
    BrokenConfig("non-http URL", "alerts:\n  - type: webhook\n    url: ftp://hooks.example.org/x",
                 "claimwatch.yaml:3: alerts[0].url: \"ftp://hooks.example.org/x\" is not an absolute http or https URL"),
    BrokenConfig("URL without host", "sources:\n  - id: a\n    url: https:///feed\n    kind: feed",
                 "claimwatch.yaml:3: sources[0].url: \"https:///feed\" is not an absolute http or https URL"),
    BrokenConfig("URL with a space", "sources:\n  - id: a\n    url: https://example.org/a feed\n    kind: feed",
                 "claimwatch.yaml:3: sources[0].url: \"https://example.org/a feed\" is not an absolute http or https URL"),
    BrokenConfig("decimal duration without unit", "poll:\n  interval: 1.5",
                 "claimwatch.yaml:2: poll.interval: \"1.5\" is not a duration (missing unit: ms, s, m, h or d)"),
    BrokenConfig("negative duration", "poll:\n  interval: -5m",
                 "claimwatch.yaml:2: poll.interval: \"-5m\" is not a duration"),
    BrokenConfig("unknown source kind", "sources:\n  - id: a\n    url: https://example.org/\n    kind: rss",
                 "claimwatch.yaml:4: sources[0].kind: \"rss\" is not a source kind (expected feed or page)"),
    BrokenConfig("unknown sink type", "alerts:\n  - type: email",
                 "claimwatch.yaml:2: alerts[0].type: \"email\" is not a sink type (expected log or webhook)"),
    BrokenConfig("unknown webhook format", "alerts:\n" + webhook + "    format: xml",
                 "claimwatch.yaml:4: alerts[0].format: \"xml\" is not a webhook format (expected json or slack)"),

    // MARK: Missing keys
    BrokenConfig("source without url", "sources:\n  - id: a\n    kind: feed",
                 "claimwatch.yaml:2: sources[0].url: missing required key"),
    BrokenConfig("source without kind", "sources:\n  - id: a\n    url: https://example.org/",
                 "claimwatch.yaml:2: sources[0].kind: missing required key"),
    BrokenConfig("topic without keywords", "topics:\n  - id: t\n    name: T",
                 "claimwatch.yaml:2: topics[0].keywords: missing required key"),
    BrokenConfig("quantity without nouns", "topics:\n  - id: t\n    keywords: [a]\n    quantities:\n      - id: q",
                 "claimwatch.yaml:5: topics[0].quantities[0].nouns: missing required key"),
    BrokenConfig("entity without id", "entities:\n  - names: [a]",
                 "claimwatch.yaml:2: entities[0].id: missing required key"),
    BrokenConfig("sink without type", "alerts:\n  - path: a.jsonl",
                 "claimwatch.yaml:2: alerts[0].type: missing required key"),
    BrokenConfig("log sink without path", "alerts:\n  - type: log",
                 "claimwatch.yaml:2: alerts[0].path: missing required key"),
    BrokenConfig("required key without value", "sources:\n  - id: a\n    url:\n    kind: feed",
                 "claimwatch.yaml:3: sources[0].url: missing value (expected a string)"),

    // MARK: Wrong types and values
    BrokenConfig("sources not a list", "sources: https://example.org/feed",
                 "claimwatch.yaml:1: sources: expected a list"),
    BrokenConfig("poll not a mapping", "poll: [15m]",
                 "claimwatch.yaml:1: poll: expected a mapping"),
    BrokenConfig("source not a mapping", "sources:\n  - https://example.org/feed",
                 "claimwatch.yaml:2: sources[0]: expected a mapping"),
    BrokenConfig("keywords not a list", "topics:\n  - id: t\n    keywords: troops",
                 "claimwatch.yaml:3: topics[0].keywords: expected a list"),
    BrokenConfig("name not a string", "entities:\n  - id: e\n    names:\n      - [Russia]",
                 "claimwatch.yaml:4: entities[0].names[0]: expected a string"),
    BrokenConfig("database not a string", "database: {path: x}",
                 "claimwatch.yaml:1: database: expected a string"),
    BrokenConfig("empty keyword list", "topics:\n  - id: t\n    keywords: []",
                 "claimwatch.yaml:3: topics[0].keywords: must not be empty"),
    BrokenConfig("empty keyword", "topics:\n  - id: t\n    keywords: [a, \" \"]",
                 "claimwatch.yaml:3: topics[0].keywords[1]: must not be empty"),
    BrokenConfig("not a boolean", "sources:\n" + source + "    follow_links: maybe",
                 "claimwatch.yaml:5: sources[0].follow_links: \"maybe\" is not a boolean (use true or false)"),
    BrokenConfig("not an integer", "poll:\n  concurrency: many",
                 "claimwatch.yaml:2: poll.concurrency: \"many\" is not an integer"),
    BrokenConfig("integer out of range", "poll:\n  concurrency: 0",
                 "claimwatch.yaml:2: poll.concurrency: must be between 1 and 256 (got 0)"),
    BrokenConfig("multi-line user agent", "poll:\n  user_agent: \"a\\nb\"",
                 "claimwatch.yaml:2: poll.user_agent: must be a single line"),
    BrokenConfig("non-string key", "poll:\n  [a]: 1",
                 "claimwatch.yaml:2: poll: keys must be strings"),

    // MARK: Kind-specific keys
    BrokenConfig("follow_links on a page", "sources:\n  - id: p\n    url: https://example.org/\n    kind: page\n    follow_links: true",
                 "claimwatch.yaml:5: sources[0].follow_links: only valid for feeds (this source is a page)"),
    BrokenConfig("selector on a feed", "sources:\n" + source + "    selector: main",
                 "claimwatch.yaml:5: sources[0].selector: only valid for pages (this source is a feed)"),

    // MARK: YAML structure
    BrokenConfig("duplicate YAML key", "sources:\n" + source + "    url: https://example.org/other",
                 "claimwatch.yaml:5: sources[0].url: duplicate key (first on line 3)"),
    BrokenConfig("duplicate quoted YAML key", "poll:\n  'interval': 1m\n  \"interval\": 2m",
                 "claimwatch.yaml:3: poll.interval: duplicate key (first on line 2)"),
    BrokenConfig("duplicate top-level key", "poll: {}\nsources: []\npoll: {}",
                 "claimwatch.yaml:3: poll: duplicate key (first on line 1)"),
    BrokenConfig("key repeated three times", "poll:\n  interval: 1m\n  timeout: 1s\n  interval: 2m\n  interval: 3m",
                 "claimwatch.yaml:4: poll.interval: duplicate key (first on line 2)"),
    BrokenConfig("duplicate key with CRLF line ends", "poll:\r\n  timeout: 1s\r\n  timeout: 2s\r\n",
                 "claimwatch.yaml:3: poll.timeout: duplicate key (first on line 2)"),
    BrokenConfig("error line with CRLF line ends", "database: a\r\npoll:\r\n  timeout: 10x\r\n",
                 "claimwatch.yaml:3: poll.timeout: \"10x\" is not a duration"),
    BrokenConfig("error line after a byte order mark", "\u{FEFF}poll:\n  timeout: 1s\n  timeout: 2s\n",
                 "claimwatch.yaml:3: poll.timeout: duplicate key (first on line 2)"),
    BrokenConfig("duplicate key in flow mapping", "alerts:\n" + webhook + "    retry: {initial: 1s, initial: 2s}",
                 "claimwatch.yaml:4: alerts[0].retry.initial: duplicate key (first on line 4)"),
    BrokenConfig("empty file", "", "claimwatch.yaml:1: the config file is empty (expected settings such as sources:, topics:, alerts:)"),
    BrokenConfig("comments only", "# nothing yet\n\n# still nothing\n",
                 "claimwatch.yaml:1: the config file is empty (expected settings such as sources:, topics:, alerts:)"),
    BrokenConfig("list at the top level", "- id: a\n- id: b",
                 "claimwatch.yaml:1: the top level must be a mapping of settings (database:, poll:, sources:, …)"),
    BrokenConfig("scalar at the top level", "claimwatch",
                 "claimwatch.yaml:1: the top level must be a mapping of settings (database:, poll:, sources:, …)"),

    // MARK: Files
    BrokenConfig("missing secret file", "alerts:\n" + webhook + "    secret_file: /nonexistent/claimwatch/webhook.secret",
                 "claimwatch.yaml:4: alerts[0].secret_file: secret file \"/nonexistent/claimwatch/webhook.secret\" does not exist"),
    BrokenConfig("secret file is a directory", "alerts:\n" + webhook + "    secret_file: /",
                 "claimwatch.yaml:4: alerts[0].secret_file: secret file \"/\" is a directory"),
]

@Suite struct ConfigErrorTests {
    @Test(arguments: brokenConfigs)
    func brokenConfigFailsWithExactMessage(_ broken: BrokenConfig) {
        #expect(errorDescription(broken.yaml) == broken.error)
    }

    @Test(arguments: [
        ("poll:\n  interval: 5m\n concurrency: 4\n",
         "claimwatch.yaml:3: invalid YAML: did not find expected key (while parsing a block mapping that starts on line 1)"),
        ("database: a\npoll:\n  user_agent: \"claimwatch\nsources: []\n",
         "claimwatch.yaml:3: invalid YAML: found unexpected end of stream while scanning a quoted scalar"),
        ("database: a\npoll:\n\tinterval: 5m\n",
         "claimwatch.yaml:3: invalid YAML: found character that cannot start any token while scanning for the next token (tabs cannot indent YAML; use spaces)"),
        ("database: a\nsources\npoll: {}\n",
         "claimwatch.yaml:2: invalid YAML: could not find expected ':' while scanning a simple key"),
        ("sources: [a, b\ntopics: []\n",
         "claimwatch.yaml:2: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 1)"),
        ("database: *db\n", "claimwatch.yaml:1: invalid YAML: found undefined alias"),
        ("database: a\n---\ndatabase: b\n",
         "claimwatch.yaml:2: invalid YAML: more than one document (remove the `---` line)"),
    ])
    func yamlSyntaxErrorNamesItsLine(yaml: String, expected: String) {
        #expect(errorDescription(yaml) == expected)
    }

    @Test func secretFileMustNotBeEmpty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = try directory.write(" \n", to: "empty.secret")
        let yaml = "alerts:\n" + webhook + "    secret_file: empty.secret"
        #expect(errorDescription(yaml, base: directory.path)
            == "claimwatch.yaml:4: alerts[0].secret_file: secret file \"\(secret)\" is empty")
    }

    @Test func fileNameIsThePathAsGiven() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("poll:\n  timeout: 10x\n", to: "sub/../c.yaml")
        #expect(throws: ConfigError(file: file, line: 2, key: "poll.timeout", message: "\"10x\" is not a duration")) {
            try ConfigLoader.load(path: file)
        }
    }

    private func errorDescription(_ yaml: String, base: String = "/nonexistent") -> String? {
        do {
            _ = try ConfigLoader.parse(yaml: yaml, file: "claimwatch.yaml", baseDirectory: base)
            return nil
        } catch {
            return error.description
        }
    }
}
