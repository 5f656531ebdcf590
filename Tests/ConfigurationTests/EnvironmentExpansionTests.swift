import Foundation
import Testing
@testable import Configuration

@Suite struct EnvironmentExpansionTests {
    static let environment = ["CREDENTIALS_DIRECTORY": "/run/credentials/claimwatch.service", "A": "x", "B_2": "y"]

    @Test(arguments: [
        ("${CREDENTIALS_DIRECTORY}/webhook.secret", "/run/credentials/claimwatch.service/webhook.secret"),
        ("$CREDENTIALS_DIRECTORY/webhook.secret", "/run/credentials/claimwatch.service/webhook.secret"),
        ("/etc/claimwatch/hook.secret", "/etc/claimwatch/hook.secret"),
        ("$A$B_2", "xy"),
        ("${A}b", "xb"),
        ("$Ab", nil),          // $Ab is a name of its own, unset
        ("cost$$", "cost$"),
        ("$$A", "$A"),
    ] as [(String, String?)])
    func expands(text: String, expected: String?) {
        let result = try? EnvironmentExpander.expand(text, environment: Self.environment)
        #expect(result == expected)
    }

    @Test(arguments: [
        ("${MISSING}/x", EnvironmentExpander.Failure.unset("MISSING")),
        ("$EMPTY/x", .empty("EMPTY")),
    ])
    func unsetOrEmptyVariablesFail(text: String, failure: EnvironmentExpander.Failure) {
        #expect(throws: failure) { try EnvironmentExpander.expand(text, environment: ["EMPTY": ""]) }
    }

    @Test(arguments: ["${A", "${}", "${1A}", "a$", "$-x", "$1"])
    func malformedReferencesFail(text: String) {
        #expect {
            try EnvironmentExpander.expand(text, environment: Self.environment)
        } throws: { error in
            guard case .malformed = error as? EnvironmentExpander.Failure else { return false }
            return true
        }
    }

    static func config(secretFile: String) -> String {
        """
        sources: []
        alerts:
          - type: webhook
            url: https://hooks.example.org/claimwatch
            secret_file: \(secretFile)
        """
    }

    @Test func secretFileExpandsTheCredentialsDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = try directory.write("s3cret\n", to: "credentials/webhook.secret")
        let config = try ConfigLoader.parse(
            yaml: Self.config(secretFile: "${CREDENTIALS_DIRECTORY}/webhook.secret"), file: "claimwatch.yaml",
            baseDirectory: "/etc/claimwatch", environment: ["CREDENTIALS_DIRECTORY": directory.path + "/credentials"])
        guard case .webhook(let webhook) = config.alerts.first else {
            Issue.record("expected a webhook sink")
            return
        }
        #expect(webhook.secretFile == secret)
    }

    @Test func unsetCredentialsDirectoryNamesFileLineAndKey() {
        #expect {
            try ConfigLoader.parse(yaml: Self.config(secretFile: "${CREDENTIALS_DIRECTORY}/webhook.secret"),
                                   file: "claimwatch.yaml", baseDirectory: "/etc/claimwatch", environment: [:])
        } throws: { error in
            let text = (error as? ConfigError)?.description ?? ""
            return text.hasPrefix("claimwatch.yaml:5: alerts[0].secret_file: $CREDENTIALS_DIRECTORY is not set")
        }
    }

    @Test func otherUnsetVariableNamesTheValue() {
        #expect {
            try ConfigLoader.parse(yaml: Self.config(secretFile: "$SECRETS/hook"), file: "c.yaml",
                                   baseDirectory: "/etc", environment: [:])
        } throws: { error in
            (error as? ConfigError)?.description == #"c.yaml:5: alerts[0].secret_file: "$SECRETS/hook": $SECRETS is not set"#
        }
    }

    @Test func expandedPathThatDoesNotExistIsReportedAsExpanded() {
        #expect {
            try ConfigLoader.parse(yaml: Self.config(secretFile: "${CREDENTIALS_DIRECTORY}/nope"), file: "c.yaml",
                                   baseDirectory: "/etc", environment: ["CREDENTIALS_DIRECTORY": "/nonexistent-dir"])
        } throws: { error in
            (error as? ConfigError)?.description == #"c.yaml:5: alerts[0].secret_file: secret file "/nonexistent-dir/nope" does not exist"#
        }
    }

    @Test func withoutSecretChecksAnUnexpandableSecretFileIsKeptAsWritten() throws {
        let config = try ConfigLoader.parse(yaml: Self.config(secretFile: "${CREDENTIALS_DIRECTORY}/webhook.secret"),
                                            file: "c.yaml", baseDirectory: "/etc/claimwatch", environment: [:],
                                            checkingSecretFiles: false)
        guard case .webhook(let webhook) = config.alerts.first else {
            Issue.record("expected a webhook sink")
            return
        }
        #expect(webhook.secretFile == "${CREDENTIALS_DIRECTORY}/webhook.secret")
        // A missing file is not checked either, and a variable that is set is still expanded.
        let expanded = try ConfigLoader.parse(yaml: Self.config(secretFile: "$D/missing"), file: "c.yaml",
                                              baseDirectory: "/etc", environment: ["D": "/nonexistent"],
                                              checkingSecretFiles: false)
        guard case .webhook(let other) = expanded.alerts.first else { return }
        #expect(other.secretFile == "/nonexistent/missing")
    }
}
