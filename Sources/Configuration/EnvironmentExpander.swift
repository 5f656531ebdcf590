/// Expands environment variables in a config value: `${NAME}` and `$NAME` (NAME is
/// `[A-Za-z_][A-Za-z0-9_]*`), with `$$` for a literal `$`.
///
/// It exists for `secret_file` under systemd: `LoadCredential=` puts a secret in a directory
/// the service learns only from `$CREDENTIALS_DIRECTORY` (unit files say `%d`, which YAML
/// cannot), so the config writes `secret_file: ${CREDENTIALS_DIRECTORY}/webhook.secret`.
/// An unset or empty variable is an error rather than an empty string: `/webhook.secret` would
/// point somewhere else entirely.
public enum EnvironmentExpander {
    /// Why a value could not be expanded.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The variable is not in the environment.
        case unset(String)
        /// The variable is set to the empty string.
        case empty(String)
        /// A `$` that starts neither a name, `{NAME}` nor `$$`, or an unclosed `${`.
        case malformed(String)

        public var description: String {
            switch self {
            case .unset(let name): "$\(name) is not set"
            case .empty(let name): "$\(name) is empty"
            case .malformed(let reason): reason
            }
        }
    }

    /// `text` with every variable replaced by its value in `environment`.
    public static func expand(_ text: String, environment: [String: String]) throws(Failure) -> String {
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            let name: Substring
            if rest.first == "$" {
                result += "$"
                rest = rest.dropFirst()
                continue
            } else if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else {
                    throw .malformed("unclosed ${ (write ${NAME}, or $$ for a literal $)")
                }
                name = rest[rest.index(after: rest.startIndex)..<close]
                guard isName(name) else {
                    throw .malformed("\"${\(name)}\" is not a variable name (letters, digits and _; write $$ for a literal $)")
                }
                rest = rest[rest.index(after: close)...]
            } else {
                name = rest.prefix(while: isNameCharacter)
                guard isName(name) else {
                    throw .malformed("a $ must start a variable ($NAME or ${NAME}); write $$ for a literal $")
                }
                rest = rest.dropFirst(name.count)
            }
            guard let value = environment[String(name)] else { throw .unset(String(name)) }
            guard !value.isEmpty else { throw .empty(String(name)) }
            result += value
        }
        return result + rest
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_")
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, !(first.isASCII && first.isNumber) else { return false }
        return text.allSatisfy(isNameCharacter)
    }
}
