import Foundation

/// JSON output helpers for the operator commands.
enum JSONText {
    /// `object` as one line, keys sorted, slashes unescaped.
    static func render(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            // Only JSON types go in, so serialisation cannot fail.
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A stored JSON document (an alert record) as an object to embed, or null if unreadable.
    static func parse(_ text: String) -> Any {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) ?? NSNull()
    }

    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }
}
