import Foundation

/// The build, in the order it runs:
///
/// 1. load      — read the content files, parse YAML and front matter (`Load/`)
/// 2. validate  — check every field and build the typed model (`Validate/`, `Model/`)
/// 3. privacy   — scan what would be published for personal data (`Privacy/`)
/// 4. integrity — compare with what was published before (`Integrity/`)
/// 5. render    — turn the model into pages with the templates (`Render/`, `Markdown/`,
///    `Charts/`), all in memory
/// 6. write     — put the files in a staging folder and swap it into place (`Write/`)
///
/// `gongkai check` runs stages 1–5 and checks the links of the pages instead of writing.
/// Every stage reports its problems instead of throwing; nothing is written when there is an
/// error (or, under `--strict`, a warning).
public enum Pipeline {
    /// Everything up to and including rendering: the site's files in memory, or the problems.
    public struct Prepared {
        public var files: [OutputFile]
        public var diagnostics: DiagnosticBag
        var timer: StageTimer
        let strict: Bool

        /// True when the problems found so far forbid publishing.
        public var blocked: Bool {
            diagnostics.hasErrors || (strict && !diagnostics.items.isEmpty)
        }

        func report(written: Int, changes: OutputWriter.Changes? = nil) -> BuildReport {
            BuildReport(
                diagnostics: diagnostics.items.sorted(), filesWritten: blocked ? 0 : written,
                succeeded: !blocked && written > 0, stageTimes: timer.times, changes: changes)
        }
    }

    public static func build(_ options: BuildOptions, progress: (any BuildProgress)? = nil) -> BuildReport {
        var prepared = prepare(options, progress: progress)
        guard !prepared.blocked, !prepared.files.isEmpty else { return prepared.report(written: 0) }
        progress?.stage("write", count: prepared.files.count)
        do {
            let files = prepared.files
            let changes = try prepared.timer.measure("write") { () throws(OutputWriter.Failure) in
                try OutputWriter.write(files, to: options.outputFolder)
            }
            return prepared.report(written: files.count, changes: changes)
        } catch {
            prepared.diagnostics.add(error.diagnostic)
            return prepared.report(written: 0)
        }
    }

    /// Stages 1 to 5. `files` is empty when a problem stopped the pipeline early.
    public static func prepare(_ options: BuildOptions, progress: (any BuildProgress)? = nil) -> Prepared {
        var timer = StageTimer()
        let diagnostics = DiagnosticBag()
        func stop() -> Prepared { Prepared(files: [], diagnostics: diagnostics, timer: timer, strict: options.strict) }
        func shouldStop() -> Bool { diagnostics.hasErrors || (options.strict && !diagnostics.items.isEmpty) }

        guard folderExists(options.contentFolder, label: "内容文件夹", diagnostics: diagnostics) else { return stop() }
        progress?.stage("load", count: nil)
        let raw = timer.measure("load") { ContentLoader.load(from: options.contentFolder, diagnostics: diagnostics) }
        progress?.stage("validate", count: nil)
        var site = timer.measure("validate") { ContentValidator.validate(raw, diagnostics: diagnostics) }
        let templates = TemplateLibrary.load(from: options.templatesFolder, diagnostics: diagnostics)
        applyBaseURL(options.baseURL, to: &site, diagnostics: diagnostics)
        if let unsafe = OutputWriter.checkSafe(
            output: options.outputFolder, protected: [options.contentFolder, options.templatesFolder, cwd()]) {
            diagnostics.add(unsafe)
        }
        if let site {
            progress?.stage("privacy", count: nil)
            timer.measure("privacy") { PrivacyGuard.check(contentFolder: options.contentFolder, site: site, diagnostics: diagnostics) }
            if options.checkPublished {
                timer.measure("integrity") { checkPublished(site, options: options, diagnostics: diagnostics) }
            }
        }
        guard let site, let templates, !shouldStop() else { return stop() }

        progress?.stage("render", count: nil)
        var files = timer.measure("render") { PrivacyGuard.mask(SiteRenderer.render(site, templates: templates), site: site) }
        files += StaticAssets.collect(from: options.templatesFolder, diagnostics: diagnostics)
        files.append(PublicationManifest(site: site).file())
        checkCollisions(files, diagnostics: diagnostics)
        return Prepared(files: files, diagnostics: diagnostics, timer: timer, strict: options.strict)
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
        let previousURL = options.previousManifest ?? options.outputFolder.appendingPathComponent(PublicationManifest.fileName)
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

    private static func checkCollisions(_ files: [OutputFile], diagnostics: DiagnosticBag) {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.error(.outputPathCollision, at: SourceLocation(file: file.path), "有两个页面都要写到 \(file.path)")
        }
    }
}

/// Told when each stage starts, for a progress display. Called on the building thread.
public protocol BuildProgress {
    func stage(_ name: String, count: Int?)
}
