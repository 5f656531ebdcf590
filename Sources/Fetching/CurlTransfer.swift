import CCurl
import CCurlShims
import ClaimwatchModel
import Foundation

/// One transfer on the multi handle: the easy handle, what it has received so far, and the
/// continuation waiting for it. Touched only by the engine's thread once started.
final class CurlTransfer {
    let request: FetchRequest
    let continuation: CheckedContinuation<FetchOutcome, Never>
    let maxBodySize: Int
    private(set) var easy: UnsafeMutableRawPointer?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    var body = Data()
    var headers: [HTTPHeader] = []
    /// Set when the decoded body passed the cap, so the write error is reported as too large.
    var exceededCap = false

    init(request: FetchRequest, continuation: CheckedContinuation<FetchOutcome, Never>, maxBodySize: Int) {
        self.request = request
        self.continuation = continuation
        self.maxBodySize = maxBodySize
    }

    deinit {
        if let headerList { curl_slist_free_all(headerList) }
        if let easy { curl_easy_cleanup(easy) }
    }

    /// Creates and configures the easy handle. Returns false when curl refused an option.
    func prepare(settings: FetchSettings) -> Bool {
        guard let easy = curl_easy_init() else { return false }
        self.easy = easy
        let me = Unmanaged.passUnretained(self).toOpaque()
        var ok = true
        func check(_ code: CURLcode) { if code != CURLE_OK { ok = false } }

        check(cw_easy_setopt_string(easy, CURLOPT_URL, request.url))
        // Only web protocols, also after redirects: a feed must not send us to file:// or gopher://.
        check(cw_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"))
        check(cw_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        check(cw_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1))
        check(cw_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1 : 0))
        check(cw_easy_setopt_long(easy, CURLOPT_MAXREDIRS, settings.maxRedirects))
        check(cw_easy_setopt_string(easy, CURLOPT_USERAGENT, settings.userAgent))
        // "" asks for every encoding this libcurl can decode (gzip, deflate, br, zstd).
        check(cw_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""))
        check(cw_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, (request.timeout ?? settings.timeout).curlMilliseconds))
        check(cw_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, settings.connectTimeout.curlMilliseconds))
        // Aborts early when the server announces a larger body; the write callback enforces
        // the same cap on the decoded bytes, which Content-Length does not describe.
        check(cw_easy_setopt_offset(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(settings.maxBodySize)))
        errorBuffer.withUnsafeMutableBufferPointer { buffer in
            check(cw_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, buffer.baseAddress))
        }
        check(cw_easy_setopt_write_function(easy, curlWriteCallback))
        check(cw_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me))
        check(cw_easy_setopt_header_function(easy, curlHeaderCallback))
        check(cw_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me))
        check(cw_easy_setopt_pointer(easy, CURLOPT_PRIVATE, me))

        var lines = request.headers.map { "\($0.name): \($0.value)" }
        // curl 7.x sends `Expect: 100-continue` before a POST body over 1 KiB and then waits up
        // to a second for a `100 Continue` most webhook receivers never send; an empty `Expect:`
        // line removes the header, so the body goes out at once.
        if request.method == "POST" || request.body != nil,
           !request.headers.contains(where: { $0.name.caseInsensitiveCompare("Expect") == .orderedSame }) {
            lines.append("Expect:")
        }
        if let etag = request.validators?.etag { lines.append("If-None-Match: \(etag)") }
        if let lastModified = request.validators?.lastModified { lines.append("If-Modified-Since: \(lastModified)") }
        for line in lines { headerList = curl_slist_append(headerList, line) }
        if let headerList { check(cw_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList)) }

        if request.method == "POST" || request.body != nil {
            let body = request.body ?? Data()
            check(cw_easy_setopt_long(easy, CURLOPT_POST, 1))
            check(cw_easy_setopt_offset(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            body.withUnsafeBytes { raw in
                // COPYPOSTFIELDS copies the bytes, so the Data need not outlive this call.
                check(cw_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!)))
            }
        }
        if request.method != "GET" && request.method != "POST" {
            check(cw_easy_setopt_string(easy, CURLOPT_CUSTOMREQUEST, request.method))
        }
        return ok
    }

    /// The outcome once curl reports the transfer done with `code`.
    func outcome(code: CURLcode) -> FetchOutcome {
        var status = 0
        var finalURL = request.url
        if let easy {
            var value: Int = 0
            if cw_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &value) == CURLE_OK { status = value }
            var url: UnsafePointer<CChar>?
            if cw_easy_getinfo_string(easy, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK, let url {
                finalURL = String(cString: url)
            }
        }
        let response = status > 0 ? HTTPResponse(status: status, finalURL: finalURL, headers: headers, body: body) : nil
        if code != CURLE_OK {
            return .failed(CurlErrorClassifier.classify(code: code, exceededCap: exceededCap,
                                                        detail: errorMessage(code)), response)
        }
        switch status {
        case 200..<300:
            return .fetched(response!)
        case 304:
            return .notModified(response!)
        default:
            let failure = FetchFailure(kind: .httpStatus, message: "HTTP \(status) from \(finalURL)", httpStatus: status)
            return .failed(failure, response)
        }
    }

    private func errorMessage(_ code: CURLcode) -> String {
        let detail = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    }

    fileprivate func append(_ pointer: UnsafeRawBufferPointer) -> Bool {
        if body.count + pointer.count > maxBodySize {
            exceededCap = true
            return false
        }
        body.append(contentsOf: pointer)
        return true
    }

    fileprivate func appendHeaderLine(_ line: String) {
        if line.hasPrefix("HTTP/") {
            // A new status line: a redirect or a 100-continue; keep only the last response's headers.
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        headers.append(HTTPHeader(name, value))
    }
}

private let curlWriteCallback: cw_data_callback = { pointer, size, count, userdata in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    guard let pointer, length > 0 else { return length }
    // Returning less than `length` makes curl abort with CURLE_WRITE_ERROR.
    return transfer.append(UnsafeRawBufferPointer(start: pointer, count: length)) ? length : 0
}

private let curlHeaderCallback: cw_data_callback = { pointer, size, count, userdata in
    guard let userdata, let pointer else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    transfer.appendHeaderLine(String(decoding: bytes, as: UTF8.self))
    return length
}
