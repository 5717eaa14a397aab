import Foundation

extension Pipeline {
    /// Everything before writing: the checked site ready to render, or the problems.
    public struct Prepared {
        public var diagnostics: DiagnosticBag
        var renderer: SiteRenderer?
        var fingerprints: InputFingerprints?
        /// The staging folder the villages' pages were written into, for a build.
        var writer: SiteWriter?
        /// The output folder's build cache, for an incremental build, and the files the output
        /// holds (found once, for what the cache says is there and what must go).
        var cache: BuildCache?
        var outputFiles: PendingOutputInventory?
        /// `IncrementalState.inputs`, which the new cache records.
        var inputs = ""
        /// Set when the output is up to date (`IncrementalState.isUpToDate`): how many files it
        /// holds and how many villages it has.
        var upToDate: (files: Int, villages: Int)?
        /// What the next build's cache keeps of every village.
        var villages: [String: CachedVillage] = [:]
        /// The folders of the villages left unread (`VillageReuse`).
        var villagesLeftUnread: Set<String> = []
        var villagesReused: Int { villagesLeftUnread.count }
        /// Files that are not pages: the stylesheet and other assets, the manifest.
        var extraFiles: [OutputFile]
        var timer: StageTimer
        let strict: Bool

        /// True when the problems found so far forbid publishing.
        public var blocked: Bool {
            diagnostics.hasErrors || (strict && !diagnostics.items.isEmpty)
        }

        /// Every file of the site, in memory (for `gongkai check` and tests).
        public func renderAll(workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> [OutputFile] {
            guard let renderer else { return [] }
            let files = renderer.renderAll(workers: workers) + extraFiles
            Pipeline.checkCollisions(files.map(\.path), diagnostics: diagnostics)
            return files
        }

        func report(written: Int, changes: OutputWriter.Changes? = nil, renderedUnits: [String]? = nil) -> BuildReport {
            BuildReport(
                diagnostics: diagnostics.items.sorted(), filesWritten: blocked ? 0 : written,
                succeeded: !blocked && written > 0, stageTimes: timer.times, changes: changes, renderedUnits: renderedUnits,
                villagesReused: villagesReused)
        }
    }
}
