import Service

/// The lines `once` prints: one per source.
enum CycleSummary {
    static func render(_ reports: [SourceReport]) -> String {
        reports.map { report in
            var parts: [String]
            switch report.status {
            case .fetched: parts = ["fetched"]
            case .notModified: parts = ["not modified"]
            case .failed(let failure): parts = ["FAILED \(failure)"]
            }
            if report.items > 0 { parts.append("\(report.items) items") }
            if report.articlesFetched + report.articlesNotModified + report.articlesFailed > 0 {
                parts.append("articles: \(report.articlesFetched) fetched, \(report.articlesNotModified) not modified, \(report.articlesFailed) failed")
            }
            parts.append("\(report.newVersions) new versions")
            if report.alerts > 0 { parts.append("\(report.alerts) alerts") }
            if let warning = report.parseWarning { parts.append("parse warning: \(warning)") }
            return "\(report.sourceID): " + parts.joined(separator: "; ")
        }.joined(separator: "\n") + (reports.isEmpty ? "" : "\n")
    }
}
