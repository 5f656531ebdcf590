import Yams

/// Turns YAML text into a node tree, and Yams' errors into ``ConfigError``s with a line.
///
/// Yams rejects a mapping with a repeated key before we see the tree, naming only the key
/// and the line of its *first* use — not where the repeat is, nor the key's path. To report
/// `sources[0].url: duplicate key (first on line 7)` at the repeat, the first use is renamed
/// (a marker prefix is inserted in the text) and the text composed again; the renamed key is
/// mapped back by ``MappingReader``, which then meets the repeat itself.
enum YAMLDocument {
    /// The root node (nil for an empty or comments-only document) and the key renames made.
    struct Composed {
        var root: Node?
        var originalKeys: [String: String]
    }

    /// More repeated keys than this in one file are reported without their path.
    private static let maxRenames = 100

    static func compose(_ yaml: String, file: String) throws(ConfigError) -> Composed {
        var text = yaml
        var originalKeys: [String: String] = [:]
        for attempt in 0...maxRenames {
            do {
                return Composed(root: try Yams.compose(yaml: text), originalKeys: originalKeys)
            } catch let error as YamlError {
                if case .duplicatedKeysInMapping(let duplicates, let context) = error, let key = duplicates.first {
                    let marker = "cwdup\(attempt)z"
                    if attempt < maxRenames,
                       let renamed = insert(marker, inKey: key, at: context.mark, in: text) {
                        text = renamed
                        originalKeys[marker + key] = key
                        continue
                    }
                    throw ConfigError(file: file, line: context.mark.line, key: key,
                                      message: "duplicate key (used here and again later in the same mapping)")
                }
                throw configError(from: error, file: file)
            } catch {
                throw ConfigError(file: file, message: "invalid YAML: \(error)")
            }
        }
        // The loop returns or throws on its last attempt.
        throw ConfigError(file: file, message: "invalid YAML")
    }

    /// The error for a YAML syntax problem: its line, and libyaml's words for it.
    private static func configError(from error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml):
            // A scanner context is the token being read ("while scanning a simple key"): where
            // the mistake is. libyaml often notices it only lines later (an unclosed quote at
            // the end of the file), so the context's line is the one to show.
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            if problem == "found character that cannot start any token", character(at: mark, in: yaml) == "\t" {
                message += " (tabs cannot indent YAML; use spaces)"
            }
            return ConfigError(file: file, line: context?.mark.line ?? mark.line, message: message)
        case .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return ConfigError(file: file, line: mark.line,
                                   message: "invalid YAML: more than one document (remove the `---` line)")
            }
            // A parser context is the enclosing block ("while parsing a block mapping"), which
            // started before the mistake: the problem's own line is the one to show.
            var message = "invalid YAML: \(problem)"
            if let context {
                message += " (\(context.text) that starts on line \(context.mark.line))"
            }
            return ConfigError(file: file, line: mark.line, message: message)
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { lineNumber(atCharacterOffset: $0, in: yaml) }
            return ConfigError(file: file, line: line, message: "invalid YAML: \(problem)")
        default:
            return ConfigError(file: file, message: "invalid YAML: \(error)")
        }
    }

    private static func character(at mark: Mark, in text: String) -> Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        guard let index = scalarIndex(line: mark.line, column: mark.column, in: scalars),
              index < scalars.count else { return nil }
        return scalars[index]
    }

    /// The 1-based line of the character at `offset`.
    private static func lineNumber(atCharacterOffset offset: Int, in text: String) -> Int {
        // Characters, not scalars: "\r\n" is one Character, so it counts as one break.
        1 + text.prefix(offset).filter(\.isNewline).count
    }

    /// `text` with `marker` inserted at the start of the key that begins at `mark` (inside
    /// its quotes, if quoted), or nil if the text there does not look like that key.
    private static func insert(_ marker: String, inKey key: String, at mark: Mark, in text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        guard var index = scalarIndex(line: mark.line, column: mark.column, in: scalars) else { return nil }
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
            index += 1
        } else if !String(String.UnicodeScalarView(scalars[index...])).hasPrefix(key) {
            return nil
        }
        scalars.insert(contentsOf: marker.unicodeScalars, at: index)
        return String(String.UnicodeScalarView(scalars))
    }

    /// The index of the scalar at a libyaml mark: both 1-based, columns counted in scalars,
    /// lines broken by LF, CR, CR LF, NEL, LS and PS as YAML defines.
    private static func scalarIndex(line: Int, column: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var currentLine = 1
        var index = 0
        while currentLine < line {
            guard index < scalars.count else { return nil }
            switch scalars[index] {
            case "\r":
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                currentLine += 1
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                currentLine += 1
            default:
                break
            }
            index += 1
        }
        let target = index + column - 1
        return target <= scalars.count ? target : nil
    }
}
