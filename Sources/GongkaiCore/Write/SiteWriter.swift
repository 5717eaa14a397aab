import Foundation

/// Renders the site unit by unit on several threads and writes each unit's files as soon as
/// they are made, into a staging folder that replaces the output only when everything is
/// written. Memory holds the units in flight, not the whole site.
enum SiteWriter {
    struct Result {
        var written: Int
        var changes: OutputWriter.Changes
        var diagnostics: [Diagnostic]
    }

    static func write(_ renderer: SiteRenderer, extraFiles: [OutputFile], to output: URL, workers: Int) throws(OutputWriter.Failure) -> Result {
        let staging = try StagingFolder(for: output)
        let previous = FileManager.default.fileExists(atPath: output.path) ? output : nil
        let units = renderer.units
        let outcomes = ParallelMap.map(units, workers: workers) { unit -> UnitOutcome in
            let files = renderer.render(unit)
            do throws(OutputWriter.Failure) {
                try staging.write(files)
            } catch {
                return UnitOutcome(paths: [], changes: .init(), failure: error)
            }
            return UnitOutcome(paths: files.map(\.path), changes: OutputWriter.compareFiles(files, with: previous), failure: nil)
        }
        if let failure = outcomes.lazy.compactMap({ (outcome: UnitOutcome) in outcome.failure }).first {
            staging.abandon()
            throw failure
        }
        var paths = outcomes.flatMap { (outcome: UnitOutcome) in outcome.paths }
        var finalFiles = extraFiles
        if let sitemap = Sitemap.file(forPaths: paths, config: renderer.site.config) { finalFiles.append(sitemap) }
        paths += finalFiles.map(\.path)
        let diagnostics = DiagnosticBag()
        Pipeline.checkCollisions(paths, diagnostics: diagnostics)
        guard !diagnostics.hasErrors else {
            staging.abandon()
            return Result(written: 0, changes: .init(), diagnostics: diagnostics.items)
        }
        do {
            try staging.write(finalFiles + [OutputWriter.marker])
        } catch {
            staging.abandon()
            throw error
        }
        var changes = outcomes.reduce(into: OutputWriter.compareFiles(finalFiles, with: previous)) { total, outcome in
            total.added += outcome.changes.added
            total.changed += outcome.changes.changed
            total.unchanged += outcome.changes.unchanged
        }
        changes.removed = OutputWriter.countRemoved(from: previous, keeping: Set(paths))
        try staging.commit()
        return Result(written: paths.count, changes: changes, diagnostics: [])
    }

    struct UnitOutcome: Sendable {
        var paths: [String]
        var changes: OutputWriter.Changes
        var failure: OutputWriter.Failure?
    }
}
