import Foundation

/// The build, in the order it runs:
///
/// 1. load      — read the site's own files, parse YAML and front matter, list the township
///    and village folders (`Load/`); an incremental build first decides which village folders
///    it can leave unread (`Incremental/VillageReuse`)
/// 2. validate  — check every field above the villages and build the typed model
///    (`Validate/`, `Model/`)
/// 3. villages  — township by township (`Build/VillageStream`): read and check the village
///    folders on all cores, summarize each village for the pages above it (`Summary/`), scan
///    it for personal data (`Privacy/`) and, when building, render and write its pages
///    (`Render/`, `Markdown/`, `Charts/`, `Write/`) and drop its model
/// 4. checks    — what needs the whole site: deadlines, the declared public numbers, and what
///    was published before (`Integrity/`)
/// 5. render    — the townships' and the site's pages, made from the villages' summaries
/// 6. write     — the sitemap, the manifest and the build cache, then the staging folder is
///    put in place of the output (`Write/SiteWriter`)
///
/// Memory holds one township's villages at a time, and their summaries. `gongkai check` runs
/// stages 1–4 keeping every village in memory, renders in memory and checks the links of the
/// pages instead of writing. Every stage reports its problems instead of throwing; nothing is
/// published when there is an error (or, under `--strict`, a warning): the staging folder is
/// abandoned.
public enum Pipeline {
    public static func build(_ options: BuildOptions, progress: (any BuildProgress)? = nil) -> BuildReport {
        let start = DispatchTime.now().uptimeNanoseconds
        var report = runBuild(options, progress: progress)
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    private static func runBuild(
        _ options: BuildOptions, progress: (any BuildProgress)?, output: PendingOutputInventory? = nil
    ) -> BuildReport {
        var prepared = prepare(options, progress: progress, incremental: true, writing: true, output: output)
        defer { if options.leavesMemoryToExit { ProcessExit.keep(prepared) } }
        if let pending = prepared.outputFiles, pending.assumedWrongly {
            // Someone changed the output by hand: what this pass left unread or unrendered
            // because the output held it may not be there. Again, knowing what it holds.
            prepared.writer?.abandon()
            let firstPass = prepared.timer.times.reduce(0) { $0 + $1.seconds }
            var report = runBuild(options, progress: progress, output: PendingOutputInventory(pending.value))
            report.stageTimes.insert(StageTime("first pass", seconds: firstPass), at: 0)
            return report
        }
        if let upToDate = prepared.upToDate {
            var changes = OutputWriter.Changes()
            changes.unchanged = upToDate.files
            var report = prepared.report(written: upToDate.files, changes: changes, renderedUnits: [])
            report.villagesReused = upToDate.villages
            return report
        }
        guard !prepared.blocked, let renderer = prepared.renderer, let fingerprints = prepared.fingerprints, let writer = prepared.writer else {
            prepared.writer?.abandon()
            return prepared.report(written: 0)
        }
        progress?.stage("render", count: nil)
        do {
            // Handed over, not shared: the writer lets go of the manifest as soon as it is staged.
            let extra = prepared.extraFiles
            prepared.extraFiles = []
            let record = SiteWriter.Record(
                villages: prepared.villages, leftUnread: prepared.villagesLeftUnread, inputs: prepared.inputs,
                warnings: prepared.diagnostics.items.filter { $0.severity == .warning }.sorted())
            let workers = options.workers
            let result = try writer.finish(renderer, fingerprints: fingerprints, extraFiles: consume extra, record: record, workers: workers)
            prepared.timer.append(result.times)
            prepared.diagnostics.add(contentsOf: result.diagnostics)
            return prepared.report(written: result.written, changes: result.changes, renderedUnits: result.renderedUnits)
        } catch {
            prepared.diagnostics.add(error.diagnostic)
            return prepared.report(written: 0)
        }
    }

    /// Stages 1 to 4, and what rendering needs. An `incremental` preparation (for writing into
    /// an output folder) reads the output's build cache and leaves unchanged village folders
    /// unread (`VillageReuse`); `reuseVillages: false` still reads the cache, for the units.
    /// Without `writing`, every village stays in memory for `Prepared.renderAll`.
    public static func prepare(
        _ options: BuildOptions, progress: (any BuildProgress)? = nil, incremental: Bool = false, reuseVillages: Bool = true
    ) -> Prepared {
        prepare(options, progress: progress, incremental: incremental, reuseVillages: reuseVillages, writing: false)
    }

    /// `writing` renders and writes each village's pages as it is checked, into a staging
    /// folder that `build` puts in place. `knownFacts` are the site facts when an earlier pass
    /// found them (`InputFingerprints.siteFacts`); otherwise the cache's are assumed.
    static func prepare(
        _ options: BuildOptions, progress: (any BuildProgress)?, incremental: Bool, reuseVillages: Bool = true, writing: Bool,
        knownFacts: String? = nil, output: PendingOutputInventory? = nil
    ) -> Prepared {
        var timer = StageTimer()
        let diagnostics = DiagnosticBag()
        func stop(abandoning writer: SiteWriter? = nil) -> Prepared {
            writer?.abandon()
            return Prepared(diagnostics: diagnostics, renderer: nil, fingerprints: nil, extraFiles: [], timer: timer, strict: options.strict)
        }
        let shouldStop = { diagnostics.hasErrors || (options.strict && !diagnostics.items.isEmpty) }

        guard folderExists(options.contentFolder, label: "内容文件夹", diagnostics: diagnostics) else { return stop() }
        let hasCatalogue = FileManager.default.fileExists(
            atPath: options.contentFolder.appending(path: ContentLoader.catalogueFile, directoryHint: .inferFromPath).path)
        let asOf = hasCatalogue ? options.asOf ?? DeadlineCheck.today() : nil
        progress?.stage("load", count: nil)
        var fingerprints = timer.measure("fingerprints") {
            InputFingerprints.context(
                contentFolder: options.contentFolder, templatesFolder: options.templatesFolder, baseURL: options.baseURL, asOf: asOf)
        }
        let unsafe = OutputWriter.checkSafe(output: options.outputFolder, protected: [options.contentFolder, options.templatesFolder, cwd()])
        if let unsafe { diagnostics.add(unsafe) }
        // An output folder that may not be written is not read either; every other problem is
        // still found and reported.
        var state = incremental && unsafe == nil
            ? timer.measure("stamps") { IncrementalState.read(options, fingerprints: fingerprints, output: output) } : nil
        if let state, let index = state.index, reuseVillages, state.isUpToDate {
            // Nothing to do: the output is what this build would write. Its warnings still stand.
            diagnostics.add(contentsOf: index.warnings)
            var prepared = stop()
            prepared.upToDate = (state.output.count, state.stamps.count)
            return prepared
        }
        // Encoded now and let go of as values: a province's listings are 50,000 of them.
        func encodeListings() -> OutputFile? {
            defer {
                state?.listings = [:]
                state?.recordedListings = nil
            }
            return state.map { state in
                timer.measure("listings") { ContentListings.file(state.listings, recorded: state.recordedListings) }
            }
        }
        var listingsFile = state?.stampsAwaited == nil ? encodeListings() : nil
        let cache = state?.index.flatMap { index in timer.measure("cache") { BuildCache.read(from: options.outputFolder, index: index) } }
        let outputFiles = cache == nil ? nil : state?.pendingOutput
        var reuse = state.map { state in
            timer.measure("reuse") { VillageReuse.plan(state: state, cache: reuseVillages ? cache : nil, fingerprints: fingerprints) }
        }
        let reused = reuse?.reused ?? [:]
        let raw = timer.measure("load") { ContentLoader.load(from: options.contentFolder, diagnostics: diagnostics, reused: reused) }
        progress?.stage("validate", count: nil)
        var outline = timer.measure("validate") { ContentValidator.outline(raw, diagnostics: diagnostics) }
        let templates = timer.measure("templates") { TemplateLibrary.load(from: options.templatesFolder, diagnostics: diagnostics) }
        applyBaseURL(options.baseURL, to: &outline.config, diagnostics: diagnostics)
        if outline.catalogue != nil { outline.asOf = asOf }
        var writer: SiteWriter?
        if writing, unsafe == nil {
            do throws(OutputWriter.Failure) {
                writer = try SiteWriter(output: options.outputFolder, cache: cache, outputFiles: outputFiles)
                writer?.leavesMemoryToExit = options.leavesMemoryToExit
            } catch {
                diagnostics.add(error.diagnostic)
            }
        }
        var assumed = fingerprints
        assumed.siteFacts = knownFacts ?? cache?.siteFacts ?? ""
        progress?.stage("villages", count: nil)
        let stream = VillageStream(
            outline: outline, townships: raw.townships, templates: templates, writer: writer,
            fingerprints: assumed, diagnostics: diagnostics, workers: options.workers, blocked: shouldStop,
            stampingSettledBefore: state?.stampsAwaited)
        timer.measure("villages") { stream.run() }
        if state?.stampsAwaited != nil {
            timer.measure("stamps taken") {
                state?.complete(stamps: stream.stamps)
                reuse?.stamps = state?.stamps ?? [:]
            }
            listingsFile = encodeListings()
        }
        let (site, facts) = timer.measure("site") {
            let site = stream.outline.site(diagnostics: diagnostics)
            return (site, site.map(InputFingerprints.facts(of:)))
        }
        if let facts, facts != assumed.siteFacts, !reused.isEmpty || stream.keptAny {
            // Something every page may show changed (whether the site has a feed, the phone
            // numbers declared public): the villages left unread or unrendered may be out of date.
            writer?.abandon()
            return prepare(
                options, progress: progress, incremental: true, reuseVillages: false, writing: writing, knownFacts: facts,
                output: state?.pendingOutput)
        }
        // The publication manifest and the model of the site's pages need nothing that the checks
        // below find or change: they are made on a thread of their own meanwhile, which takes a
        // tenth off a one-village rebuild's single-threaded middle (0.07 s at 10,000 villages).
        let manifestAndModel = site.flatMap { site in
            templates.map { templates in
                let streamed = writer == nil ? Set<String>() : Set(stream.digests.keys)
                return Background {
                    (manifest: PublicationManifest.file(of: site), model: SiteRenderer(site, templates: templates, streamed: streamed))
                }
            }
        }
        // What the villages left unread found when they were read: in a clean build the
        // deadline warnings come only from a site that validated.
        for path in reused.keys.filter({ !reused[$0]!.warnings.isEmpty }).sorted() {
            diagnostics.add(contentsOf: reused[path]!.warnings.filter { site != nil || !DeadlineCheck.codes.contains($0.code) })
        }
        if let site {
            diagnostics.add(contentsOf: stream.deadlineWarnings)
            progress?.stage("privacy", count: nil)
            let allowed = site.declaredPublicNumbers
            timer.measure("privacy") {
                diagnostics.add(contentsOf: PrivacyFinding.standing(stream.privacyFindings, allowed: allowed))
                let villageFolders = Set(raw.townships.flatMap { township in
                    township.villageFolders.map(\.path) + township.reused.map { ContentPaths.village($0.id, inTownship: township.id) }
                })
                PrivacyGuard.checkSiteFiles(
                    contentFolder: options.contentFolder, skipping: villageFolders, policy: site.config.privacy, allowed: allowed,
                    diagnostics: diagnostics)
            }
            if options.checkPublished {
                timer.measure("integrity") {
                    let fromCache = PreviousManifest.fromCache(
                        cache, outputManifestDigest: state?.manifest ?? "", leftUnread: reused,
                        explicitManifestGiven: options.previousManifest != nil)
                    checkPublished(site, options: options, fromCache: fromCache, diagnostics: diagnostics)
                }
            }
            if !shouldStop() {
                timer.measure("villages again") {
                    stream.rewriteAssumptions(
                        siteHasFeed: site.hasFeed,
                        publicNumbers: site.config.privacy == .mask ? allowed : [])
                }
            }
        }
        guard let site, let manifestAndModel, !shouldStop() else { return stop(abandoning: writer) }
        fingerprints.siteFacts = facts ?? ""
        timer.measure("village digests") {
            fingerprints.villages = reused.values.reduce(into: stream.digests) { $0[$1.summary.id] = $1.fingerprint }
        }
        let villages = reuse.map { reuse in
            timer.measure("cache entries") {
                VillageReuse.entries(of: site, reuse: reuse, fingerprints: fingerprints, diagnostics: diagnostics.items)
            }
        }
        var extra = timer.measure("assets") { StaticAssets.collect(from: options.templatesFolder, diagnostics: diagnostics) }
        // The time waited for them, not the time they took.
        let (manifest, renderer) = timer.measure("manifest and site model") { manifestAndModel.value }
        extra.append(manifest)
        if let listingsFile { extra.append(listingsFile) }
        let leftUnread = timer.measure("left unread") { Set(reused.keys) }
        var prepared = Prepared(
            diagnostics: diagnostics,
            renderer: renderer,
            fingerprints: fingerprints, cache: cache, outputFiles: outputFiles, inputs: state?.inputs ?? "", villages: villages ?? [:],
            villagesLeftUnread: leftUnread, extraFiles: extra, timer: timer, strict: options.strict)
        prepared.writer = writer
        return prepared
    }

    private static func applyBaseURL(_ override: String?, to config: inout SiteConfig?, diagnostics: DiagnosticBag) {
        guard let override else { return }
        if BaseURL.isValid(override) {
            config?.baseURL = BaseURL.normalized(override)
        } else {
            diagnostics.error(
                .invalidChoice, at: SourceLocation(file: "--base-url"), "网站网址“\(override)”不是以 http:// 或 https:// 开头的完整网址")
        }
    }

    /// The manifest of the previous build: given on the command line, or the output folder's
    /// (the part of it that matters, when the cache has it: `PreviousManifest`).
    private static func checkPublished(
        _ site: SiteContent, options: BuildOptions, fromCache: PublicationManifest?, diagnostics: DiagnosticBag
    ) {
        if let fromCache {
            PublicationCheck.check(site, against: fromCache, contentFolder: options.contentFolder, diagnostics: diagnostics)
            return
        }
        let previousURL = options.previousManifest ?? options.outputFolder.appending(path: PublicationManifest.fileName, directoryHint: .inferFromPath)
        if let previous = PublicationManifest.read(from: previousURL, diagnostics: diagnostics) {
            PublicationCheck.check(site, against: previous, contentFolder: options.contentFolder, diagnostics: diagnostics)
        } else if let explicit = options.previousManifest, !FileManager.default.fileExists(atPath: explicit.path) {
            diagnostics.error(
                .manifestUnreadable, at: SourceLocation(file: explicit.path), "找不到上次发布的清单 \(explicit.path)",
                hint: "检查 --previous-manifest 的路径；第一次发布时不要给这个选项。")
        }
    }

    private static func folderExists(_ url: URL, label: String, diagnostics: DiagnosticBag) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(.folderMissing, at: SourceLocation(file: url.path), "找不到\(label) \(url.path)")
            return false
        }
        return true
    }

    private static func cwd() -> URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// Two things written to the same path would silently lose one of them. Returns the paths
    /// as a set.
    @discardableResult
    static func checkCollisions(_ paths: [String], diagnostics: DiagnosticBag) -> Set<String> {
        var seen: Set<String> = []
        seen.reserveCapacity(paths.count)
        for path in paths where !seen.insert(path).inserted {
            diagnostics.error(.outputPathCollision, at: SourceLocation(file: path), "有两个页面都要写到 \(path)")
        }
        return seen
    }
}

/// Told when each stage starts, for a progress display. Called on the building thread.
public protocol BuildProgress {
    func stage(_ name: String, count: Int?)
}
