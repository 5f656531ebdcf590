import Foundation
import LoopbackHTTP

// `make demo`: plays the bundled story (demo/story) step by step on a loopback web server and runs
// `claimwatch once` after each step, printing what claimwatch stored and the alerts it raised.

struct Story: Decodable {
    struct Topic: Decodable { var id: String; var name: String; var keywords: [String]; var quantities: [Quantity]? }
    struct Quantity: Decodable { var id: String; var nouns: [String] }
    struct Entity: Decodable { var id: String; var names: [String] }
    struct Source: Decodable { var id: String; var kind: String; var path: String }
    struct Step: Decodable { var note: String; var files: [String: String] }
    var title: String
    var topics: [Topic]
    var entities: [Entity]
    var sources: [Source]
    var steps: [Step]
}

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimwatch-demo: \(message)\n".utf8))
    exit(1)
}

func quoted(_ text: String) -> String {
    // A JSON string is a valid YAML flow scalar.
    String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
}

let claimwatch = argument("--claimwatch") ?? ".build/release/claimwatch"
let storyDirectory = URL(fileURLWithPath: argument("--story") ?? "demo/story")
let workdir = URL(fileURLWithPath: argument("--workdir") ?? "demo-run")

guard let storyData = FileManager.default.contents(atPath: storyDirectory.appendingPathComponent("story.json").path),
      let story = try? JSONDecoder().decode(Story.self, from: storyData) else {
    fail("cannot read \(storyDirectory.path)/story.json")
}

try? FileManager.default.removeItem(at: workdir)
try FileManager.default.createDirectory(at: workdir, withIntermediateDirectories: true)
let site = StaticSite()
let server = try LoopbackHTTPServer(handler: site.handler)
let alertsPath = workdir.appendingPathComponent("alerts.jsonl").path

var config = ["database: \(quoted(workdir.appendingPathComponent("claimwatch.sqlite").path))", "poll:", "  timeout: 10s", "sources:"]
for source in story.sources {
    config += ["  - id: \(source.id)", "    url: \(quoted(server.baseURL + source.path))", "    kind: \(source.kind)"]
}
config.append("topics:")
for topic in story.topics {
    config += ["  - id: \(topic.id)", "    name: \(quoted(topic.name))", "    keywords: [\(topic.keywords.map(quoted).joined(separator: ", "))]"]
    if let quantities = topic.quantities, !quantities.isEmpty {
        config.append("    quantities:")
        for quantity in quantities {
            config += ["      - id: \(quantity.id)", "        nouns: [\(quantity.nouns.map(quoted).joined(separator: ", "))]"]
        }
    }
}
config.append("entities:")
for entity in story.entities {
    config += ["  - id: \(entity.id)", "    names: [\(entity.names.map(quoted).joined(separator: ", "))]"]
}
config += ["alerts:", "  - type: log", "    path: \(quoted(alertsPath))"]
let configPath = workdir.appendingPathComponent("claimwatch.yaml").path
try (config.joined(separator: "\n") + "\n").write(toFile: configPath, atomically: true, encoding: .utf8)

print("claimwatch demo: \(story.title)")
print("serving on \(server.baseURL); config \(configPath)\n")

var alertsSeen = 0
for (number, step) in story.steps.enumerated() {
    print("── step \(number + 1): \(step.note)")
    for (path, file) in step.files.sorted(by: { $0.key < $1.key }) {
        guard let body = FileManager.default.contents(atPath: storyDirectory.appendingPathComponent(file).path) else {
            fail("missing story file \(file)")
        }
        let text = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "{PORT}", with: String(server.port))
        let type = path.hasSuffix(".xml") ? "application/rss+xml" : "text/html"
        site.put(path, text: text, contentType: type)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: claimwatch)
    process.arguments = ["once", "--config", configPath, "--log-level", "warning"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    print("   claimwatch once → exit \(process.terminationStatus)")
    for line in String(decoding: printed, as: UTF8.self).split(separator: "\n") { print("   \(line)") }
    let alertLines = (try? String(contentsOfFile: alertsPath, encoding: .utf8))?.split(separator: "\n") ?? []
    let fresh = alertLines.dropFirst(alertsSeen)
    alertsSeen = alertLines.count
    if fresh.isEmpty {
        print("   alerts: none")
    }
    for line in fresh {
        let record = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        print("   ALERT \(record?["summary"] as? String ?? String(line))")
    }
    print("")
}
server.stop()
print("done: the database is \(workdir.path)/claimwatch.sqlite, alerts (JSON Lines) in \(alertsPath)")
