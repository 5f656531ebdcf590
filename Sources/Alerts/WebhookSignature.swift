import Crypto
import Foundation

/// The `X-Claimwatch-Signature` header: `sha256=` and the lower-case hex HMAC-SHA256 of the
/// exact body bytes, keyed with the secret (the secret file's content, surrounding whitespace
/// trimmed).
public enum WebhookSignature {
    public static let header = "X-Claimwatch-Signature"

    public static func sign(_ body: Data, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
    }

    /// Reads a secret file: its content with surrounding whitespace (a final newline) trimmed.
    public static func readSecret(path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeliveryFailure(message: "cannot read secret file \(path)")
        }
        let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !secret.isEmpty else { throw DeliveryFailure(message: "secret file \(path) is empty") }
        return secret
    }
}
