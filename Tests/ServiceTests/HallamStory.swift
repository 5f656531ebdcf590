import Configuration
import Foundation

/// The config of the Hallam mill story, which StoryTests and RevisionStoryTests both run: a feed
/// on the test's loopback server, one topic with a count, two entities, a log sink.
enum HallamStory {
    static func config(directory: URL, baseURL: String) -> ClaimwatchConfig {
        ClaimwatchConfig(
            file: "story.yaml", database: directory.appendingPathComponent("cw.sqlite").path,
            sources: [SourceConfig(id: "gazette", url: baseURL + "/feed.xml", kind: .feed)],
            topics: [TopicConfig(id: "mill-spill", name: "Dye spill from the Hallam mill",
                                 keywords: ["dye spill", "spill", "Hallam mill"],
                                 quantities: [QuantityConfig(id: "fish", nouns: ["dead fish", "fish"])])],
            entities: [EntityConfig(id: "hallam", names: ["Hallam Textiles", "Hallam"]),
                       EntityConfig(id: "river-trust", names: ["Ouse River Trust"])],
            alerts: [.log(LogSinkConfig(name: "log", path: directory.appendingPathComponent("alerts.jsonl").path))])
    }
}
