import Foundation

/// The load stage: finds the content files, reads them as UTF-8 and parses YAML and front
/// matter. Everything that goes wrong is reported to the diagnostics; nothing is thrown.
enum ContentLoader {
    static let siteFile = "site.yaml"
    static let planFile = "plan/plan.yaml"
    static let indicatorsFile = "plan/indicators.yaml"
    static let columnsFile = "plan/columns.yaml"
    static let tasksFile = "plan/tasks.yaml"
    static let pagesFolder = "pages"

    static func load(from folder: URL, diagnostics: DiagnosticBag) -> RawContent {
        func yaml(_ path: String, required: Bool) -> ParsedYAML? {
            guard let file = TextFile.read(path, in: folder, required: required, diagnostics: diagnostics),
                  let node = YAMLDocument.parse(file, diagnostics: diagnostics)
            else { return nil }
            return ParsedYAML(file: path, node: node)
        }
        return RawContent(
            site: yaml(siteFile, required: true),
            plan: yaml(planFile, required: true),
            indicators: yaml(indicatorsFile, required: true),
            columns: yaml(columnsFile, required: false),
            tasks: yaml(tasksFile, required: false),
            pages: loadPages(from: folder, diagnostics: diagnostics)
        )
    }

    private static func loadPages(from folder: URL, diagnostics: DiagnosticBag) -> [RawPage] {
        let pagesURL = folder.appendingPathComponent(pagesFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: pagesURL.path) else { return [] }
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let path = "\(pagesFolder)/\(name)"
            guard let file = TextFile.read(path, in: folder, required: true, diagnostics: diagnostics),
                  let split = FrontMatter.split(file, diagnostics: diagnostics)
            else { return nil }
            var frontMatter: ParsedYAML?
            if let yaml = split.yaml {
                let offset = split.yamlFirstLine - 1
                let yamlFile = TextFile(path: path, text: yaml)
                guard let node = YAMLDocument.parse(yamlFile, lineOffset: offset, diagnostics: diagnostics) else {
                    return nil
                }
                frontMatter = ParsedYAML(file: path, node: node, lineOffset: offset)
            }
            let bodyLine = split.yaml == nil ? 1 : split.yaml!.split(separator: "\n", omittingEmptySubsequences: false).count + 3
            return RawPage(file: path, frontMatter: frontMatter, body: split.body, bodyFirstLine: bodyLine)
        }
    }
}
