// Throughput of the stance model: pairs per second through StanceClassifier.logits.
//
//   OPENBLAS_NUM_THREADS=1 .build/release/inference-bench [--base DIR] [--overlay FILE]
//       [--pairs N] [--batch N] [--repeat N]
//
// The pairs are built here (a topic and a passage of about 60 tokens together, with one or two
// marked mentions), so the figure does not depend on the training corpus. Defaults: the base model
// of `make models`, the test fixture overlay (the forward pass costs the same as a trained one's).
import Foundation
import Inference

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
var base = root.appendingPathComponent(".build/models/minilm-l6-h384")
var overlay = root.appendingPathComponent("Tests/InferenceTests/Fixtures/overlay.safetensors")
var pairCount = 512, batchSize = 16, repeats = 3
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst() else { fatalError("\(flag) needs a value") }
    switch flag {
    case "--base": base = URL(fileURLWithPath: value)
    case "--overlay": overlay = URL(fileURLWithPath: value)
    case "--pairs": pairCount = Int(value)!
    case "--batch": batchSize = Int(value)!
    case "--repeat": repeats = Int(value)!
    default: fatalError("unknown option \(flag)")
    }
}

let subjects = ["Halden Energy", "Marrowind Shipping", "Kessler Lines", "the Tarn Coastguard", "Brellmouth Council"]
let verbs = ["denied", "confirmed", "declined to comment on", "acknowledged", "disputed", "would not confirm"]
let topics = ["Crude leak from the Vessel Bay pipeline", "Oil leak from the tanker Grey Heron",
              "The Osprey Dawn dumped oil off the Tarn coast", "Tarnis Dairy's infant formula was contaminated"]
let pairs: [(a: String, b: String)] = (0..<pairCount).map { i in
    let subject = subjects[i % subjects.count], verb = verbs[(i / 5) % verbs.count]
    let b = "On Monday [ \(subject) ] \(verb) reports that the incident had happened near the northern terminal, "
        + "saying an inquiry led by independent inspectors would publish its findings within \(i % 9 + 2) weeks; "
        + "a spokesperson for [ \(subject) ] added that \(i * 37 % 1000) staff had been briefed."
    return (topics[i % topics.count], b)
}

let loadStart = Date()
let classifier: StanceClassifier
do {
    classifier = try StanceClassifier(baseDirectory: base, overlay: overlay)
} catch {
    FileHandle.standardError.write(Data("inference-bench: \(error)\n".utf8))
    exit(1)
}
let loadSeconds = Date().timeIntervalSince(loadStart)
let inputs = classifier.encode(pairs)
let tokens = inputs.reduce(0) { $0 + $1.count }
_ = classifier.logits(Array(inputs.prefix(batchSize)), batchSize: batchSize)  // warm-up

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
var tokenizeBest = Double.infinity, encodeBest = Double.infinity
for _ in 0..<repeats {
    tokenizeBest = min(tokenizeBest, seconds { _ = classifier.encode(pairs) })
    encodeBest = min(encodeBest, seconds { _ = classifier.logits(inputs, batchSize: batchSize) })
}
let threads = ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] ?? "unset (OpenBLAS default)"
print("""
    model loaded in \(String(format: "%.2f", loadSeconds)) s; OPENBLAS_NUM_THREADS=\(threads)
    \(pairCount) pairs, \(String(format: "%.1f", Double(tokens) / Double(pairCount))) tokens a pair on average, batch \(batchSize), best of \(repeats)
    tokenizer: \(String(format: "%.0f", Double(pairCount) / tokenizeBest)) pairs/s
    encoder + head: \(String(format: "%.1f", Double(pairCount) / encodeBest)) pairs/s (\(String(format: "%.0f", Double(tokens) / encodeBest)) tokens/s)
    end to end: \(String(format: "%.1f", Double(pairCount) / (tokenizeBest + encodeBest))) pairs/s
    """)
