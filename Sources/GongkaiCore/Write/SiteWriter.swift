import Foundation

/// Writes the site into a staging folder and puts it in place of the output at the end.
/// Memory holds the units in flight, not the whole site.
///
/// - The villages' pages are written as each township is checked (`writeVillage`, from
///   `Build/VillageStream`), and each village's model is dropped right after; `finish` renders
///   the townships' and the site's pages, which are made from the villages' summaries alone,
///   then commits.
/// - A clean build (no usable `.gongkai-cache.bin` in the output) writes everything into a
///   staging folder that replaces the output in one move.
/// - An incremental build renders only the units whose fingerprint changed, stages the files
///   that differ, and applies them with `DeltaCommit`, which can roll back. Its result is the
///   same, byte for byte, as a clean build's.
/// - A build that stops (`abandon`) leaves the output as it was.
final class SiteWriter: @unchecked Sendable {
    struct Result {
        var written: Int
        var changes: OutputWriter.Changes
        var diagnostics: [Diagnostic]
        /// The keys of the units rendered, in order.
        var renderedUnits: [String]
        /// How long each step took, for `gongkai build -v`.
        var times: [StageTime] = []
    }

    struct UnitOutcome: Sendable {
        var paths: FileList
        /// The digest of `paths`: kept in the build cache with them, so that the digest of the
        /// site's pages is a sum over units instead of a hash of every name again.
        var digest: FileSetDigest
        var staged: [String] = []
        var changes = OutputWriter.Changes()
        var rendered = true
        var failure: OutputWriter.Failure?
    }

    static let extraUnitKey = "extra"

    let output: URL
    /// The output's build cache; nil for a clean build.
    let cache: BuildCache?
    /// The files the output holds (none for a clean build), known by `finish`.
    private let pendingExisting: PendingOutputInventory
    private let staging: StagingFolder
    /// The output the staged files are compared with (an incremental build).
    private let previous: URL?
    /// Whether the output folder holds an earlier build.
    private let hasOutput: Bool
    /// Whether what `finish` made is left for the process's exit to free (`ProcessExit`).
    var leavesMemoryToExit = false
    private let lock = NSLock()
    private var villageOutcomes: [String: UnitOutcome] = [:]

    /// `cache` is the output's build cache (nil for a clean build) and `outputFiles` the files
    /// the output holds (listed here when not given).
    init(output: URL, cache: BuildCache?, outputFiles: PendingOutputInventory?) throws(OutputWriter.Failure) {
        let hasOutput = FileManager.default.fileExists(atPath: output.appending(path: OutputWriter.markerName, directoryHint: .inferFromPath).path)
        self.output = output
        self.hasOutput = hasOutput
        self.cache = hasOutput ? cache : nil
        pendingExisting = self.cache == nil
            ? PendingOutputInventory(.empty) : outputFiles ?? PendingOutputInventory(.listed(DirectoryWalker.fileSet(under: output)))
        staging = try StagingFolder(for: output)
        previous = self.cache == nil ? nil : output
    }

    /// Stages a village's pages, unless the output already holds them as they would be made
    /// (same fingerprint, every file present) and `force` is false. Safe to call from several
    /// threads; writing a village again replaces what was recorded for it. Returns whether it
    /// rendered.
    @discardableResult
    func writeVillage(_ id: String, fingerprint: String, force: Bool = false, render: () -> [OutputFile]) -> Bool {
        let outcome: UnitOutcome
        if !force, let cached = cache?.units["village/\(id)"], cached.fingerprint == fingerprint,
           pendingExisting.assumingAsRecorded(holds: cached.files.names) {
            outcome = Self.unchanged(cached)
        } else {
            outcome = stage(render())
        }
        lock.lock()
        villageOutcomes[id] = outcome
        lock.unlock()
        return outcome.rendered
    }

    /// Leaves the output as it was.
    func abandon() {
        staging.abandon()
    }

    /// Renders and stages every unit but the villages already written, then the sitemap, the
    /// manifest and the build cache, and puts it all in place.
    func finish(
        _ renderer: SiteRenderer, fingerprints: InputFingerprints, extraFiles: consuming [OutputFile], record: Record, workers: Int
    ) throws(OutputWriter.Failure) -> Result {
        var timer = LapTimer()
        let existing = pendingExisting.value
        timer.lap("output check")
        // The extra files (the manifest is the largest: 65 MB at 50,000 villages) and, below, the
        // sitemaps are staged as soon as they are there and let go of, not held to the end.
        let extraPaths = extraFiles.map(\.path)
        let manifestDigest = IncrementalState.manifestDigest(of: extraFiles.first { $0.path == PublicationManifest.fileName }?.contents)
        var earlyOutcomes = [stage(extraFiles)]
        _ = consume extraFiles
        let units = renderer.units
        let keys = units.map(renderer.key)
        let everyVillage = fingerprints.everyVillage(of: renderer.site)
        let prints = units.indices.map { index in
            if case .cachedVillage = units[index] { return cache?.units[keys[index]]?.fingerprint ?? "" }
            return fingerprints.unit(units[index], site: renderer.site, everyVillage: everyVillage)
        }
        let written = lock.withLock { villageOutcomes }

        // Villages first (any the stream did not write), each let go of once written, so that
        // the site's pages, which are made from the summaries alone, are rendered when no
        // village model is left in memory. The outcomes are put back in the units' order.
        let order = units.indices.sorted { (Self.renderOrder(units[$0]), $0) < (Self.renderOrder(units[$1]), $1) }
        let outcomesInOrder = ParallelMap.map(order, workers: workers) { index -> UnitOutcome in
            defer { renderer.release(units[index]) }
            switch units[index] {
            case let .village(_, id):
                if let outcome = written[id] { return outcome }
            case .cachedVillage:
                // Not loaded: `VillageReuse` saw its folder unchanged and its files in the output.
                if let cached = cache?.units[keys[index]] { return Self.unchanged(cached) }
            case .site, .township:
                break
            }
            if let cached = cache?.units[keys[index]], cached.fingerprint == prints[index], existing.holdsRecorded(cached.files.names) {
                return Self.unchanged(cached)
            }
            return stage(renderer.render(units[index]))
        }
        var placed = [UnitOutcome?](repeating: nil, count: units.count)
        for (position, index) in order.enumerated() { placed[index] = outcomesInOrder[position] }
        let outcomes = placed.map { $0! }
        timer.lap("render")
        if let failure = outcomes.lazy.compactMap({ (outcome: UnitOutcome) in outcome.failure }).first {
            abandon()
            throw failure
        }

        let pagesDigest = outcomes.reduce(FileSetDigest.empty) { $0 + $1.digest }
        // Every file of the site's units, made only when needed: a build that leaves the same
        // files as the last one, sitemaps included, needs none of their names.
        func pagePaths() -> [String] { outcomes.flatMap { (outcome: UnitOutcome) in outcome.paths.names } }
        let sitemapInput = Sitemap.input(pages: pagesDigest, config: renderer.site.config)
        let sitemapPaths: [String]
        if let recorded = cache?.sitemap, recorded.input == sitemapInput, existing.holdsRecorded(recorded.files) {
            earlyOutcomes.append(Self.unchanged(BuildCache.Unit(fingerprint: "", files: recorded.files)))
            sitemapPaths = recorded.files
        } else {
            let sitemaps = Sitemap.files(forPaths: pagePaths(), config: renderer.site.config)
            earlyOutcomes.append(stage(sitemaps))
            sitemapPaths = sitemaps.map(\.path)
        }
        timer.lap("sitemap")
        var extra = [OutputWriter.marker]
        // Written after the commit (`OutputFolders`), but one of the output's files.
        let afterCommit = [OutputFolders.path]
        var newCache = BuildCache(
            units: [:], villages: record.villages, siteFacts: fingerprints.siteFacts, inputs: record.inputs, warnings: record.warnings)
        for (index, key) in keys.enumerated() {
            newCache.units[key] = BuildCache.Unit(fingerprint: prints[index], files: outcomes[index].paths, digest: outcomes[index].digest)
        }
        newCache.units[Self.extraUnitKey] = BuildCache.Unit(fingerprint: "", files: extraPaths + sitemapPaths)
        newCache.manifest = manifestDigest
        newCache.sitemap = Sitemap.Record(input: sitemapInput, files: sitemapPaths)
        // Only the parts of the cache that changed, and are in the output, are written again.
        let cacheFiles = newCache.files(
            comparedWith: cache, present: existing,
            otherFiles: pagesDigest + FileSetDigest(extraPaths + sitemapPaths + extra.map(\.path) + afterCommit),
            unchanged: record.unchangedTownships(since: cache))
        // The shards to write are let go of once written: at 50,000 villages they are a copy of
        // every village's cache entry.
        var shards = cacheFiles.write
        extra.append(cacheFiles.index)
        let otherPaths = extraPaths + sitemapPaths + extra.map(\.path) + shards.map(\.path) + cacheFiles.kept + afterCommit
        let fileCount = pagesDigest.count + otherPaths.count
        timer.lap("new cache")

        let diagnostics = DiagnosticBag()
        // Every file the build leaves, until the commit (1.6 million names at 50,000 villages),
        // to find two files written to one path and what to remove. Not needed when the output is
        // as recorded and the build leaves the same set of files: the last build found no two
        // of them the same, and there is nothing to remove (`OutputInventory.notIn`).
        let recordedFolders = existing.folders(ifHolding: cacheFiles.outputs)
        let paths = recordedFolders != nil ? [] : pagePaths() + otherPaths
        var keep = recordedFolders != nil ? [] : Pipeline.checkCollisions(paths, diagnostics: diagnostics)
        guard !diagnostics.hasErrors else {
            abandon()
            return Result(written: 0, changes: .init(), diagnostics: diagnostics.items, renderedUnits: [])
        }
        let extraOutcomes = earlyOutcomes + [stage(extra)] + ParallelMap.map(shards, workers: workers) { self.stage([$0.file()]) }
        shards = []
        if let failure = extraOutcomes.lazy.compactMap(\.failure).first {
            abandon()
            throw failure
        }

        var changes = (outcomes + extraOutcomes).reduce(into: OutputWriter.Changes()) { total, outcome in
            total.added += outcome.changes.added
            total.changed += outcome.changes.changed
            total.unchanged += outcome.changes.unchanged
        }
        changes.unchanged += cacheFiles.kept.count
        let rendered = outcomes.indices.filter { outcomes[$0].rendered }.map { keys[$0] }
        timer.lap("stage cache")
        // The files the commit puts in place or removes, when it commits only the differences.
        var touched: [String]?
        if let cache {
            // Everything in the output that this build does not produce goes, including files
            // put there by hand: the result must equal a clean build.
            let removed = existing.notIn(keep, leaving: cacheFiles.outputs) { cache.recordedFiles }
            changes.removed = removed.count
            let staged = (outcomes + extraOutcomes).flatMap(\.staged)
            try DeltaCommit(output: output, delta: staging.url, staged: staged, removed: removed).apply()
            touched = staged + removed
        } else {
            changes.removed = OutputWriter.countRemoved(from: hasOutput ? output : nil, keeping: keep)
            try staging.commit()
        }
        keep = []
        timer.lap("commit")
        OutputFolders.record(
            in: output, files: paths, known: recordedFolders, touched: touched, outputs: cacheFiles.outputs,
            workers: workers)
        timer.lap("output stamp")
        if leavesMemoryToExit { ProcessExit.keep((outcomes, extraOutcomes, paths, newCache)) }
        return Result(written: fileCount, changes: changes, diagnostics: [], renderedUnits: rendered, times: timer.times)
    }

    /// A unit whose files the output already holds, as the cache recorded them.
    private static func unchanged(_ unit: BuildCache.Unit) -> UnitOutcome {
        var outcome = UnitOutcome(paths: unit.files, digest: unit.digest, rendered: false)
        outcome.changes.unchanged = unit.files.count
        return outcome
    }

    /// Villages, then townships, then the site.
    private static func renderOrder(_ unit: SiteRenderer.Unit) -> Int {
        switch unit {
        case .village, .cachedVillage: 0
        case .township: 1
        case .site: 2
        }
    }

    /// Writes files into the staging folder. With a previous output to compare with (an
    /// incremental build), files identical to the published ones are not staged.
    private func stage(_ files: [OutputFile]) -> UnitOutcome {
        let paths = files.map(\.path)
        var outcome = UnitOutcome(paths: FileList(paths), digest: FileSetDigest(paths))
        var toWrite: [OutputFile] = []
        for file in files {
            if let previous {
                if let old = FileManager.default.contents(atPath: previous.appending(path: file.path, directoryHint: .inferFromPath).path) {
                    if old == file.contents {
                        outcome.changes.unchanged += 1
                        continue
                    }
                    outcome.changes.changed += 1
                } else {
                    outcome.changes.added += 1
                }
            } else {
                outcome.changes.added += 1
            }
            toWrite.append(file)
        }
        do throws(OutputWriter.Failure) {
            try staging.write(toWrite)
        } catch {
            outcome.failure = error
        }
        // Only a commit of the differences needs them (a clean build moves the whole folder).
        if previous != nil { outcome.staged = toWrite.map(\.path) }
        return outcome
    }
}
