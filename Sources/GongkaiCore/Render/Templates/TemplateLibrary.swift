import Foundation

/// The site's templates: every `*.mustache` file in the templates folder, registered under its
/// name without the extension. Parse errors become `GK301` with file, line and column; a page
/// whose template is missing becomes `GK302`.
public struct TemplateLibrary: Sendable {
    /// The templates every build needs.
    public static let requiredTemplates = [
        "layout", "home", "plan", "indicator", "page", "township", "village", "list", "needs", "projects", "project",
        "disclosures", "disclosure", "search", "404", "finance", "finance-period",
    ]

    private let renderer: MustacheRenderer
    let folderName: String

    init(templates: [String: [MustacheNode]], folderName: String) {
        renderer = MustacheRenderer(templates: templates)
        self.folderName = folderName
    }

    static func load(from folder: URL, diagnostics: DiagnosticBag) -> TemplateLibrary? {
        let folderName = folder.lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            diagnostics.error(.folderMissing, at: SourceLocation(file: folder.path), "找不到模板文件夹 \(folder.path)")
            return nil
        }
        var templates: [String: [MustacheNode]] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = "\(folderName)/\(name)"
            let bag = DiagnosticBag()
            guard let file = TextFile.read(name, in: folder, required: true, diagnostics: bag) else {
                diagnostics.add(contentsOf: bag.items.map { var item = $0; item.location.file = path; return item })
                continue
            }
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheParser.parse(file.text)
            } catch {
                diagnostics.error(
                    .templateSyntax, at: SourceLocation(file: path, line: error.line, column: error.column),
                    "模板语法错误：\(error.message)")
            }
        }
        for name in requiredTemplates where templates[name] == nil {
            if !diagnostics.items.contains(where: { $0.location.file == "\(folderName)/\(name).mustache" }) {
                diagnostics.error(.templateMissing, at: SourceLocation(file: "\(folderName)/\(name).mustache"), "缺少模板 \(name).mustache")
            }
        }
        return diagnostics.hasErrors ? nil : TemplateLibrary(templates: templates, folderName: folderName)
    }

    /// Renders `context` with the named template into the file at `path`. The name was checked
    /// at load time.
    func page(_ path: String, _ context: some TemplateValue, template name: String) -> OutputFile {
        let data = context.templateData
        assert(
            TemplateCoverage.missingFields(of: context, in: data).isEmpty,
            "\(type(of: context)) leaves out of its template data: \(TemplateCoverage.missingFields(of: context, in: data))")
        return OutputFile(path: path, contents: Data(renderer.render(name, with: data) ?? []))
    }
}
