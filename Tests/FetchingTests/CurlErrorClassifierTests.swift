import CCurl
import Testing
@testable import Fetching

struct CurlErrorClassifierTests {
    @Test(arguments: [
        (CURLE_COULDNT_RESOLVE_HOST, false, "dns"),
        (CURLE_COULDNT_CONNECT, false, "connect"),
        (CURLE_OPERATION_TIMEDOUT, false, "timeout"),
        (CURLE_PEER_FAILED_VERIFICATION, false, "tls"),
        (CURLE_SSL_CONNECT_ERROR, false, "tls"),
        (CURLE_FILESIZE_EXCEEDED, false, "too_large"),
        (CURLE_WRITE_ERROR, true, "too_large"),
        (CURLE_WRITE_ERROR, false, "other"),
        (CURLE_TOO_MANY_REDIRECTS, false, "redirect"),
        (CURLE_BAD_CONTENT_ENCODING, false, "parse"),
    ])
    func classifies(code: CURLcode, exceededCap: Bool, kind: String) {
        #expect(CurlErrorClassifier.classify(code: code, exceededCap: exceededCap, detail: "x").kind.rawValue == kind)
    }
}
