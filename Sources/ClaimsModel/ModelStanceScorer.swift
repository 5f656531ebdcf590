import Claims
import Foundation
import Inference

/// The learned stance classifier behind the claims stage's `StanceScoring`.
public struct ModelStanceScorer: StanceScoring {
    private let classifier: StanceClassifier
    /// Where each of our labels sits in the classifier's output (its order comes from the overlay).
    private let columns: (none: Int, affirm: Int, deny: Int, evade: Int)
    public let files: StanceModelFiles

    /// Loads the model, or names the file that is missing or broken and the command that makes it.
    public init(files: StanceModelFiles) throws(StanceModelError) {
        if let missing = files.missing() { throw missing }
        let classifier: StanceClassifier
        do {
            classifier = try StanceClassifier(baseDirectory: files.baseDirectory, overlay: files.overlay)
        } catch {
            let detail = String(describing: error)
            // The error names its file; the overlay is ours, anything else comes from `make models`.
            let file = detail.contains(files.overlay.lastPathComponent) ? files.overlay.path : files.baseDirectory.path
            throw .unusable(file: file, detail: detail, command: "make models")
        }
        let labels = classifier.labels
        guard let none = labels.firstIndex(of: "none"), let affirm = labels.firstIndex(of: "affirm"),
              let deny = labels.firstIndex(of: "deny"), let evade = labels.firstIndex(of: "evade") else {
            throw .unusable(file: files.overlay.path, detail: "labels \(labels) lack none/affirm/deny/evade", command: "make model")
        }
        self.classifier = classifier
        columns = (none, affirm, deny, evade)
        self.files = files
    }

    public func probabilities(_ pairs: [StancePair]) -> [StanceProbabilities] {
        guard !pairs.isEmpty else { return [] }
        return classifier.classify(pairs.map { ($0.a, $0.b) }).map { p in
            StanceProbabilities(none: Double(p[columns.none]), affirm: Double(p[columns.affirm]),
                                deny: Double(p[columns.deny]), evade: Double(p[columns.evade]))
        }
    }
}
