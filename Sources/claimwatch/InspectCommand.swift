import ArgumentParser
import Feeds
import Fetching
import Foundation

/// `claimwatch inspect`: what claimwatch sees in one document, touching no database.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what claimwatch sees in one document (a feed's items, or a page), touching no database."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case feed, page, text
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A local file or an http(s) URL.")
    var location: String?

    @Option(name: .long, help: "Read the document as a feed, an HTML page, or plain article text (default: detect).")
    var `as`: Kind?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: "A config file, whose topics and entities select the claims to show.")
    var config: String?

    @Option(name: .long, help: "Split a plain UTF-8 text file into sentences.")
    var sentences: String?

    func validate() throws {
        if location == nil && sentences == nil {
            throw ValidationError("inspect needs a file or URL (or --sentences FILE)")
        }
    }

    func run() async throws {
        if sentences != nil {
            throw ExitCodes.fail("claimwatch: inspect --sentences is not available in this build yet (sentence segmentation arrives with extraction)",
                                 code: ExitCodes.failure)
        }
        guard let location else { return }
        let document = try await DocumentLoader.load(location)
        let kind = self.as ?? (DocumentLoader.looksLikeFeed(document.text) ? .feed : .page)
        switch kind {
        case .feed:
            let feed: ParsedFeed
            do {
                feed = try FeedParser.parse(document.text, url: document.url)
            } catch {
                throw ExitCodes.fail("claimwatch: \(location): \(error.description)", code: ExitCodes.failure)
            }
            print(format == .json ? FeedReport.json(feed) : FeedReport.text(feed))
        case .page, .text:
            throw ExitCodes.fail("claimwatch: inspect --as \(kind.rawValue) is not available in this build yet (main-text extraction is not written)",
                                 code: ExitCodes.failure)
        }
    }
}
