import ArgumentParser
import Fetching
import Foundation

/// Reads the document `inspect` looks at: a local file, or a URL fetched once with libcurl.
enum DocumentLoader {
    struct Document {
        var text: String
        /// The base URL for resolving links: the final URL, or a file URL.
        var url: String
    }

    static func load(_ location: String) async throws -> Document {
        let lower = location.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            let client = CurlHTTPClient(settings: FetchSettings())
            defer { client.shutdown() }
            switch await client.fetch(FetchRequest(url: location)) {
            case .fetched(let response):
                let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType)
                return Document(text: decoded.text, url: response.finalURL)
            case .notModified:
                throw ExitCodes.fail("claimwatch: \(location): unexpected 304", code: ExitCodes.failure)
            case .failed(let failure, _):
                throw ExitCodes.fail("claimwatch: \(location): \(failure)", code: ExitCodes.failure)
            }
        }
        guard let data = FileManager.default.contents(atPath: location) else {
            throw ExitCodes.fail("claimwatch: \(location): cannot read the file", code: ExitCodes.badInput)
        }
        let decoded = CharsetDecoder.decode(data, contentType: nil)
        return Document(text: decoded.text, url: URL(fileURLWithPath: location).absoluteString)
    }

    /// Whether the text starts like a feed (XML whose root is rss, RDF, feed or channel, or a
    /// JSON Feed object, or a lone Atom entry), so `inspect` can pick a reader when `--as` is not given.
    static func looksLikeFeed(_ text: String) -> Bool {
        let head = text.prefix(4096).lowercased()
        if head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("{") {
            return head.contains("jsonfeed.org") || head.contains("\"items\"")
        }
        let atomEntry = head.contains("<entry") && head.contains("http://www.w3.org/2005/atom")
        return head.contains("<rss") || head.contains("<rdf:rdf") || head.contains("<feed") || head.contains("<channel") || atomEntry
    }
}
