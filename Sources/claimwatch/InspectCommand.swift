import ArgumentParser
import Claims
import Configuration
import ClaimwatchModel
import Extraction
import Feeds
import Fetching
import Foundation
import Sentences

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

    @Flag(name: .long, help: "With --config: list every sentence's mentions, candidates, the model's probabilities, what was kept and why anything was dropped.")
    var explain = false

    func validate() throws {
        if location == nil && sentences == nil {
            throw ValidationError("inspect needs a file or URL (or --sentences FILE)")
        }
        if explain && config == nil {
            throw ValidationError("--explain needs --config FILE (the topics and entities to explain)")
        }
    }

    func run() async throws {
        if let sentences {
            guard let data = FileManager.default.contents(atPath: sentences) else {
                throw ExitCodes.fail("claimwatch: \(sentences): cannot read the file", code: ExitCodes.badInput)
            }
            let split = SentenceSplitter.split(String(decoding: data, as: UTF8.self))
            print(format == .json ? PageReport.sentencesJSON(split) : split.map(\.text).joined(separator: "\n"))
            return
        }
        guard let location else { return }
        let extractor = try loadExtractor()
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
        case .page:
            let page: ExtractedPage
            do {
                page = try MainTextExtractor.extract(html: document.text, url: document.url)
            } catch {
                throw ExitCodes.fail("claimwatch: \(location): \(error.description)", code: ExitCodes.failure)
            }
            let split = SentenceSplitter.split(page.text)
            let analysis = extractor?.analyse(sentences: split, title: page.title, referenceYear: page.published.map(Self.year))
            let report = PageReport(title: page.title, published: page.published, text: page.text, sentences: split,
                                    claims: analysis?.claims ?? [], explain: explain ? analysis.map(ExplainReport.init) : nil)
            print(format == .json ? report.json() : report.rendered())
        case .text:
            let text = document.text
            let split = SentenceSplitter.split(text)
            let analysis = extractor?.analyse(sentences: split)
            let report = PageReport(title: nil, published: nil, text: text, sentences: split,
                                    claims: analysis?.claims ?? [], explain: explain ? analysis.map(ExplainReport.init) : nil)
            print(format == .json ? report.json() : report.rendered())
        }
    }

    /// The claim extractor for `--config`, or nil without one.
    private func loadExtractor() throws -> ClaimExtractor? {
        guard let config else { return nil }
        let loaded = try ExitCodes.loadConfig(config)
        return ClaimExtractor(topics: loaded.topics.map(\.watched), entities: loaded.entities.map(\.watched),
                              scorer: try ExitCodes.loadStanceModel())
    }

    private static func year(_ date: Date) -> Int {
        Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date).year ?? 0
    }
}
