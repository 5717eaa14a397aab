import Foundation

/// The build, in the order it runs:
///
/// 1. load     — read the content files, parse YAML and front matter (`Load/`)
/// 2. validate — check every field and build the typed model (`Validate/`, `Model/`), and
///    scan what would be published for personal data (`Privacy/`)
/// 3. render   — turn the model into pages with the templates (`Render/`, `Markdown/`)
/// 4. write    — put the files in a staging folder and swap it into place (`Write/`), with
///    the manifest of what is published (`Integrity/`), checked against the previous one
///    before anything is rendered
///
/// Every stage reports its problems instead of throwing; the build stops before writing
/// anything when there is an error (or, under `--strict`, a warning).
public enum Pipeline {
    public static func build(_ options: BuildOptions) -> BuildReport {
        var timer = StageTimer()
        let diagnostics = DiagnosticBag()
        func finish(written: Int) -> BuildReport {
            let blocking = diagnostics.items.contains { $0.severity == .error || options.strict }
            return BuildReport(
                diagnostics: diagnostics.items.sorted(), filesWritten: blocking ? 0 : written,
                succeeded: !blocking && written > 0, stageTimes: timer.times)
        }
        func shouldStop() -> Bool {
            diagnostics.hasErrors || (options.strict && !diagnostics.items.isEmpty)
        }

        guard folderExists(options.contentFolder, label: "内容文件夹", diagnostics: diagnostics) else { return finish(written: 0) }
        let raw = timer.measure("load") { ContentLoader.load(from: options.contentFolder, diagnostics: diagnostics) }
        var site = timer.measure("validate") { ContentValidator.validate(raw, diagnostics: diagnostics) }
        let templates = TemplateLibrary.load(from: options.templatesFolder, diagnostics: diagnostics)
        if let override = options.baseURL {
            if BaseURL.isValid(override) {
                site?.config.baseURL = BaseURL.normalized(override)
            } else {
                diagnostics.error(
                    .invalidChoice, at: SourceLocation(file: "--base-url"), "网站网址“\(override)”不是以 http:// 或 https:// 开头的完整网址")
            }
        }
        if let unsafe = OutputWriter.checkSafe(
            output: options.outputFolder, protected: [options.contentFolder, options.templatesFolder, cwd()]) {
            diagnostics.add(unsafe)
        }
        if let site {
            timer.measure("privacy") { PrivacyGuard.check(contentFolder: options.contentFolder, site: site, diagnostics: diagnostics) }
            timer.measure("integrity") {
                let previousURL = options.previousManifest ?? options.outputFolder.appendingPathComponent(PublicationManifest.fileName)
                if let previous = PublicationManifest.read(from: previousURL, diagnostics: diagnostics) {
                    PublicationCheck.check(site, against: previous, contentFolder: options.contentFolder, diagnostics: diagnostics)
                } else if let explicit = options.previousManifest, !FileManager.default.fileExists(atPath: explicit.path) {
                    diagnostics.error(
                        .manifestUnreadable, at: SourceLocation(file: explicit.path), "找不到上次发布的清单 \(explicit.path)",
                        hint: "检查 --previous-manifest 的路径；第一次发布时不要给这个选项。")
                }
            }
        }
        guard let site, let templates, !shouldStop() else { return finish(written: 0) }

        var files = timer.measure("render") { PrivacyGuard.mask(SiteRenderer.render(site, templates: templates), site: site) }
        files += StaticAssets.collect(from: options.templatesFolder, diagnostics: diagnostics)
        files.append(PublicationManifest(site: site).file())
        checkCollisions(files, diagnostics: diagnostics)
        guard !shouldStop() else { return finish(written: 0) }

        do {
            try timer.measure("write") { () throws(OutputWriter.Failure) in
                try OutputWriter.write(files, to: options.outputFolder)
            }
        } catch {
            diagnostics.add(error.diagnostic)
            return finish(written: 0)
        }
        return finish(written: files.count)
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
