import Foundation
import GongkaiCore

/// What the preview server knows about the builds: which folder holds the last good site,
/// how many good builds there were (browsers reload when it changes), and the problems of
/// the latest build if it failed.
actor PreviewState {
    let siteFolder: URL
    private(set) var generation = 0
    private(set) var problems: [Diagnostic] = []
    private(set) var hasSite = false

    init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    func record(_ report: BuildReport) {
        if report.succeeded {
            generation += 1
            hasSite = true
            problems = report.diagnostics
        } else {
            problems = report.diagnostics
            generation += 1
        }
    }

    var failed: Bool { problems.contains { $0.severity == .error } }

    /// `{"generation": 3, "ok": true}`, what the page's script polls.
    func statusJSON() -> Data {
        Data("{\"generation\": \(generation), \"ok\": \(!failed)}".utf8)
    }
}
