import CCurl
import ClaimwatchModel

/// Maps curl's result codes to the failure classes operators and backoff care about.
enum CurlErrorClassifier {
    static func classify(code: CURLcode, exceededCap: Bool, detail: String) -> FetchFailure {
        let kind: FetchFailure.Kind
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            kind = .dns
        case CURLE_COULDNT_CONNECT, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING:
            kind = .connect
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE,
             CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED:
            kind = .tls
        case CURLE_FILESIZE_EXCEEDED:
            kind = .tooLarge
        case CURLE_WRITE_ERROR where exceededCap:
            kind = .tooLarge
        case CURLE_TOO_MANY_REDIRECTS:
            kind = .redirect
        case CURLE_BAD_CONTENT_ENCODING:
            kind = .parse
        default:
            kind = .other
        }
        let message = kind == .tooLarge && exceededCap ? "body larger than the configured limit" : detail
        return FetchFailure(kind: kind, message: message)
    }
}
