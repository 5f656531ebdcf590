import Alerts
import ClaimwatchModel
import Configuration
import Fetching
import Foundation
import Testing

/// What a webhook sends: body, headers and signature, without a network.
struct WebhookPayloadTests {
    /// RFC 4231, test case 2: an independent check of the HMAC and of its hex form.
    @Test func signatureMatchesTheRFC4231Vector() {
        #expect(WebhookSignature.sign(Data("what do ya want for nothing?".utf8), secret: "Jefe")
                == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func theSecretFileIsTrimmed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("\n  Jefe \t\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try WebhookSignature.readSecret(path: path) == "Jefe")
        try Data(" \n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DeliveryFailure.self) { try WebhookSignature.readSecret(path: path) }
    }

    struct NoNetwork: HTTPClient {
        func fetch(_ request: FetchRequest) async -> FetchOutcome {
            .failed(FetchFailure(kind: .other, message: "no network in this test"), nil)
        }
    }

    @Test func theRequestCarriesTheRecordItsIdAndItsSignature() throws {
        let alert = TestAlert.make(sink: "newsroom", at: Date(timeIntervalSince1970: 1_900_000_000))
        let sink = WebhookSink(config: WebhookSinkConfig(name: "newsroom", url: "https://hooks.example.org/cw", timeout: .seconds(3)),
                               secret: "Jefe", client: NoNetwork())
        let request = sink.request(for: alert)
        #expect(request.method == "POST")
        #expect(request.url == "https://hooks.example.org/cw")
        #expect(request.body == Data(alert.json.utf8))
        #expect(request.timeout == .seconds(3))
        #expect(!request.followRedirects)
        #expect(request.headers.value(for: "Content-Type") == "application/json")
        #expect(request.headers.value(for: "X-Claimwatch-Alert-Id") == alert.id)
        #expect(request.headers.value(for: "X-Claimwatch-Signature") == WebhookSignature.sign(request.body!, secret: "Jefe"))
        let unsigned = WebhookSink(config: WebhookSinkConfig(name: "n", url: "https://hooks.example.org/cw"), secret: nil, client: NoNetwork())
        #expect(unsigned.request(for: alert).headers.value(for: "X-Claimwatch-Signature") == nil)
    }

    @Test func theFingerprintFollowsUrlFormatAndSecret() {
        func fingerprint(_ url: String = "https://a/x", format: WebhookFormat = .json, secret: String? = "supersecret",
                         timeout: Duration = .seconds(10)) -> String {
            WebhookSink(config: WebhookSinkConfig(name: "n", url: url, format: format, timeout: timeout), secret: secret,
                        client: NoNetwork()).fingerprint
        }
        let base = fingerprint()
        #expect(fingerprint(timeout: .seconds(2)) == base)
        #expect(fingerprint("https://b/x") != base)
        #expect(fingerprint(format: .slack) != base)
        #expect(fingerprint(secret: "t") != base)
        #expect(fingerprint(secret: nil) != base)
        #expect(!base.contains("supersecret"), "only a digest of the secret is kept")
    }

    @Test func slackTextHasTheSummaryAndEvidenceLinks() throws {
        let json = """
            {"evidence":[{"published":null,"sentence":"Kessler <confirmed> it & more.","source":"wire","title":"A|B","url":"https://x.example/a?q=1|2"}],"id":"abc","kind":"stance_shift","previous":[],"summary":"Kessler: deny → affirm (admission) on \\"Osprey\\"","topic":"osprey"}
            """
        let alert = AlertRecord(id: "abc", kind: "stance_shift", json: json, summary: "Kessler: deny → affirm (admission) on \"Osprey\"")
        let body = WebhookPayload.body(for: alert, format: .slack)
        let payload = try #require(try JSONSerialization.jsonObject(with: body) as? [String: String])
        #expect(payload == ["text": """
            Kessler: deny → affirm (admission) on "Osprey"
            • <https://x.example/a?q=1%7C2|A¦B> (wire)
            > Kessler &lt;confirmed&gt; it &amp; more.
            """])
        #expect(WebhookPayload.body(for: alert, format: .json) == Data(json.utf8))
    }

    @Test func theTestAlertHasTheContractShape() throws {
        let alert = TestAlert.make(sink: "newsroom", at: Date(timeIntervalSince1970: 1_900_000_000))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(alert.json.utf8)) as? [String: Any])
        #expect(record["kind"] as? String == "test")
        #expect(record["id"] as? String == alert.id)
        #expect(record["detected_at"] as? String == "2030-03-17T17:46:40Z")
        #expect((record["summary"] as? String)?.contains("newsroom") == true)
        #expect((record["evidence"] as? [[String: Any]])?.count == 1)
        #expect((record["previous"] as? [Any])?.isEmpty == true)
        #expect(WebhookPayload.slackText(for: alert).hasPrefix("[test] "))
    }
}
