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
    static let catalogueFile = "catalogue.yaml"

    /// Village folders in `reused` (an incremental build's `VillageReuse`) are not read.
    static func load(from folder: URL, diagnostics: DiagnosticBag, reused: [String: CachedVillage] = [:]) -> RawContent {
        func yaml(_ path: String, required: Bool) -> ParsedYAML? {
            guard let file = TextFile.read(path, in: folder, required: required, diagnostics: diagnostics),
                  let node = YAMLDocument.parse(file, diagnostics: diagnostics)
            else { return nil }
            return ParsedYAML(file: path, node: node)
        }
        var raw = RawContent(
            site: yaml(siteFile, required: true),
            plan: yaml(planFile, required: true),
            indicators: yaml(indicatorsFile, required: true),
            columns: yaml(columnsFile, required: false),
            tasks: yaml(tasksFile, required: false),
            catalogue: yaml(catalogueFile, required: false),
            pages: loadPages(from: folder, diagnostics: diagnostics),
            townships: TownshipLoader.load(from: folder, diagnostics: diagnostics, reused: reused)
        )
        raw.catalogueOverrides = CatalogueOverrideLoader.load(from: folder, diagnostics: diagnostics, skipping: Set(reused.keys))
        return raw
    }

    private static func loadPages(from folder: URL, diagnostics: DiagnosticBag) -> [RawPage] {
        FolderListing.files(in: folder.appending(path: pagesFolder, directoryHint: .inferFromPath), withExtension: "md").compactMap {
            MarkdownFile.load("\(pagesFolder)/\($0)", in: folder, diagnostics: diagnostics)
        }
    }
}
