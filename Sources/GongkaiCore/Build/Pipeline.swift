import Foundation

/// The build, in the order it runs:
///
/// 1. load      — read the site's own files, parse YAML and front matter, list the township
///    and village folders (`Load/`); an incremental build first decides which village folders
///    it can leave unread (`Incremental/VillageReuse`)
/// 2. validate  — check every field and build the typed model (`Validate/`, `Model/`); each
///    village folder is read here, on all cores, and its parsed files dropped once it is
///    checked; then every village is summarized for the pages above it (`Summary/`)
/// 3. privacy   — scan what would be published for personal data (`Privacy/`)
/// 4. integrity — compare with what was published before (`Integrity/`)
/// 5. render    — turn the model into pages with the templates (`Render/`, `Markdown/`,
///    `Charts/`), all in memory
/// 6. write     — put the files in a staging folder and swap it into place (`Write/`)
///
/// Rendering and writing go together, unit by unit on every core (`Write/SiteWriter`), so the
/// pages of a large site are never all in memory at once. `gongkai check` runs stages 1–4,
/// renders in memory and checks the links of the pages instead of writing.
/// Every stage reports its problems instead of throwing; nothing is written when there is an
/// error (or, under `--strict`, a warning).
public enum Pipeline {
    public static func build(_ options: BuildOptions, progress: (any BuildProgress)? = nil) -> BuildReport {
        var prepared = prepare(options, progress: progress, incremental: true)
        if let upToDate = prepared.upToDate {
            var changes = OutputWriter.Changes()
            changes.unchanged = upToDate.files
            var report = prepared.report(written: upToDate.files, changes: changes, unitsRendered: 0)
            report.villagesReused = upToDate.villages
            return report
        }
        guard !prepared.blocked, let renderer = prepared.renderer, let fingerprints = prepared.fingerprints else {
            return prepared.report(written: 0)
        }
        progress?.stage("render", count: nil)
        do {
            let (extra, cache, outputFiles) = (prepared.extraFiles, prepared.cache, prepared.outputFiles)
            let record = SiteWriter.Record(
                villages: prepared.villages, inputs: prepared.inputs, warnings: prepared.diagnostics.items.filter { $0.severity == .warning }.sorted())
            let workers = options.workers
            let result = try prepared.timer.measure("render+write") { () throws(OutputWriter.Failure) in
                try SiteWriter.write(
                    renderer, fingerprints: fingerprints, extraFiles: extra, to: options.outputFolder, cache: cache, outputFiles: outputFiles,
                    record: record, workers: workers)
            }
            prepared.diagnostics.add(contentsOf: result.diagnostics)
            return prepared.report(written: result.written, changes: result.changes, unitsRendered: result.unitsRendered)
        } catch {
            prepared.diagnostics.add(error.diagnostic)
            return prepared.report(written: 0)
        }
    }

    /// Stages 1 to 4, and what rendering needs. An `incremental` preparation (for writing into
    /// an output folder) reads the output's build cache and leaves unchanged village folders
    /// unread (`VillageReuse`); `reuseVillages: false` still reads the cache, for the units.
    public static func prepare(
        _ options: BuildOptions, progress: (any BuildProgress)? = nil, incremental: Bool = false, reuseVillages: Bool = true
    ) -> Prepared {
        var timer = StageTimer()
        let diagnostics = DiagnosticBag()
        func stop() -> Prepared {
            Prepared(diagnostics: diagnostics, renderer: nil, fingerprints: nil, extraFiles: [], timer: timer, strict: options.strict)
        }
        func shouldStop() -> Bool { diagnostics.hasErrors || (options.strict && !diagnostics.items.isEmpty) }

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
        let state = incremental && unsafe == nil
            ? timer.measure("stamps") { IncrementalState.read(options, fingerprints: fingerprints) } : nil
        if let state, let index = state.index, reuseVillages, state.isUpToDate {
            // Nothing to do: the output is what this build would write. Its warnings still stand.
            diagnostics.add(contentsOf: index.warnings)
            var prepared = stop()
            prepared.upToDate = (state.outputFiles.count, state.stamps.count)
            return prepared
        }
        let cache = state?.index.flatMap { index in timer.measure("cache") { BuildCache.read(from: options.outputFolder, index: index) } }
        let outputFiles = cache == nil ? nil : state?.outputFiles
        let reuse = state.map { VillageReuse.plan(state: $0, cache: reuseVillages ? cache : nil, fingerprints: fingerprints) }
        let reused = reuse?.reused ?? [:]
        let raw = timer.measure("load") { ContentLoader.load(from: options.contentFolder, diagnostics: diagnostics, reused: reused) }
        progress?.stage("validate", count: nil)
        var site = timer.measure("validate") { ContentValidator.validate(raw, diagnostics: diagnostics) }
        let templates = TemplateLibrary.load(from: options.templatesFolder, diagnostics: diagnostics)
        applyBaseURL(options.baseURL, to: &site, diagnostics: diagnostics)
        if site?.catalogue != nil { site?.asOf = asOf }
        site = site.map { site in timer.measure("summarize") { site.summarized() } }
        let facts = site.map(InputFingerprints.facts(of:))
        if let facts, !reused.isEmpty, facts != cache?.siteFacts {
            // Something every page may show changed (whether the site has a feed, the phone
            // numbers declared public): the villages left unread may be out of date.
            return prepare(options, progress: progress, incremental: true, reuseVillages: false)
        }
        // What the villages left unread found when they were read: in a clean build the
        // deadline warnings come only from a site that validated.
        for village in reused.keys.sorted() {
            diagnostics.add(contentsOf: reused[village]!.warnings.filter { site != nil || !DeadlineCheck.codes.contains($0.code) })
        }
        if let site {
            progress?.stage("privacy", count: nil)
            timer.measure("privacy") {
                PrivacyGuard.check(contentFolder: options.contentFolder, site: site, diagnostics: diagnostics, skipping: Set(reused.keys))
            }
            DeadlineCheck.check(site, diagnostics: diagnostics)
            if options.checkPublished {
                timer.measure("integrity") { checkPublished(site, options: options, diagnostics: diagnostics) }
            }
        }
        guard let site, let templates, !shouldStop() else { return stop() }
        timer.measure("digests") {
            let digests = reused.values.reduce(into: [String: String]()) { $0[$1.summary.id] = $1.fingerprint }
            fingerprints.addVillages(of: site, contentFolder: options.contentFolder, reused: digests)
        }
        fingerprints.siteFacts = facts ?? ""
        let villages = reuse.map { VillageReuse.entries(of: site, reuse: $0, fingerprints: fingerprints, diagnostics: diagnostics.items) }
        var extra = StaticAssets.collect(from: options.templatesFolder, diagnostics: diagnostics)
        extra.append(PublicationManifest(site: site).file())
        return Prepared(
            diagnostics: diagnostics, renderer: SiteRenderer(site, templates: templates), fingerprints: fingerprints, cache: cache,
            outputFiles: outputFiles, inputs: state?.inputs ?? "", villages: villages ?? [:], villagesReused: reused.count,
            extraFiles: extra, timer: timer, strict: options.strict)
    }

    private static func applyBaseURL(_ override: String?, to site: inout SiteContent?, diagnostics: DiagnosticBag) {
        guard let override else { return }
        if BaseURL.isValid(override) {
            site?.config.baseURL = BaseURL.normalized(override)
        } else {
            diagnostics.error(
                .invalidChoice, at: SourceLocation(file: "--base-url"), "网站网址“\(override)”不是以 http:// 或 https:// 开头的完整网址")
        }
    }

    /// The manifest of the previous build: given on the command line, or the output folder's.
    private static func checkPublished(_ site: SiteContent, options: BuildOptions, diagnostics: DiagnosticBag) {
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
