import Foundation
import Mustache

/// The site's templates: every `*.mustache` file in the templates folder, registered under its
/// name without the extension. Parse errors become `GK301` with file, line and column; a page
/// whose template is missing becomes `GK302`.
public struct TemplateLibrary: Sendable {
    /// The templates every build needs.
    public static let requiredTemplates = [
        "layout", "home", "plan", "indicator", "page", "township", "village", "list", "needs", "projects", "project",
        "disclosures", "disclosure", "search", "404", "finance", "finance-period",
    ]

    private let library: MustacheLibrary
    let folderName: String

    init(library: MustacheLibrary, folderName: String) {
        self.library = library
        self.folderName = folderName
    }

    static func load(from folder: URL, diagnostics: DiagnosticBag) -> TemplateLibrary? {
        let folderName = folder.lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            diagnostics.error(.folderMissing, at: SourceLocation(file: folder.path), "找不到模板文件夹 \(folder.path)")
            return nil
        }
        var library = MustacheLibrary()
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = "\(folderName)/\(name)"
            let bag = DiagnosticBag()
            guard let file = TextFile.read(name, in: folder, required: true, diagnostics: bag) else {
                diagnostics.add(contentsOf: bag.items.map { var item = $0; item.location.file = path; return item })
                continue
            }
            do {
                try library.register(file.text, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    .templateSyntax,
                    at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber),
                    "模板语法错误：\(error.error)")
            } catch {
                diagnostics.error(.templateSyntax, at: SourceLocation(file: path), "模板语法错误：\(error)")
            }
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil {
            if !diagnostics.items.contains(where: { $0.location.file == "\(folderName)/\(name).mustache" }) {
                diagnostics.error(.templateMissing, at: SourceLocation(file: "\(folderName)/\(name).mustache"), "缺少模板 \(name).mustache")
            }
        }
        return diagnostics.hasErrors ? nil : TemplateLibrary(library: library, folderName: folderName)
    }

    /// Renders `context` with the named template. The name was checked at load time.
    func render(_ context: Any, template name: String) -> String {
        library.render(TemplateValue.wrap(context), withTemplate: name) ?? ""
    }
}
