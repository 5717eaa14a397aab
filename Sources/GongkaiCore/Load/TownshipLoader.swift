import Foundation

/// Loads `townships/<id>/township.yaml` and, below it, `villages/<id>/` with `village.yaml`,
/// the list tables, `lists/<slug>.yaml|csv` and `disclosures/*.md`.
enum TownshipLoader {
    static let folder = ContentPaths.townships
    /// The built-in list tables a village folder may hold.
    static let tableFiles = ["services.csv", "needs.csv", "resources.csv", "projects.csv", "milestones.csv", "responsibilities.csv", "decisions.csv"]

    /// The township folders with their `township.yaml`, and the village folders below them.
    /// The village folders are read later, one by one as they are checked
    /// (`TownshipDecoder`), so that a village's parsed files are dropped as soon as it is
    /// checked instead of the parsed files of a whole province being held at once. Village
    /// folders in `reused` (by path) are not read at all: their cached summaries stand in.
    static func load(from content: URL, diagnostics: DiagnosticBag, reused: [String: CachedVillage] = [:]) -> [RawTownship] {
        let root = content.appending(path: folder, directoryHint: .inferFromPath)
        return FolderListing.folders(in: root).map { id in
            let path = "\(folder)/\(id)"
            let yaml = loadYAML("\(path)/township.yaml", in: content, diagnostics: diagnostics)
            var township = RawTownship(id: id, folder: path, yaml: yaml, content: content, villageFolders: [])
            for village in FolderListing.folders(in: content.appending(path: "\(path)/villages", directoryHint: .inferFromPath)) {
                let villagePath = ContentPaths.village(village, inTownship: id)
                if let cached = reused[villagePath] {
                    township.reused.append(cached.summary)
                } else {
                    township.villageFolders.append(RawTownship.VillageFolder(id: village, path: villagePath))
                }
            }
            return township
        }
    }

    /// Reads one village folder: `village.yaml`, the tables, custom lists, notices, attachments
    /// and finance data.
    static func loadVillage(id: String, path: String, in content: URL, diagnostics: DiagnosticBag) -> RawVillage {
        loadVillage(id: id, from: FolderSnapshot(path, in: content), diagnostics: diagnostics)
    }

    /// Reads one village folder from its snapshot (attachments are measured on disk).
    static func loadVillage(id: String, from files: FolderSnapshot, diagnostics: DiagnosticBag) -> RawVillage {
        let path = files.folder
        var tables: [String: CSVTable] = [:]
        var unreadable: Set<String> = []
        let present = files.names(in: path)
        for name in tableFiles where present.contains(name) {
            if let table = CSVTable.read("\(path)/\(name)", from: files, diagnostics: diagnostics) {
                tables[name] = table
            } else {
                unreadable.insert(name)
            }
        }
        let listsPath = "\(path)/lists"
        let listFiles = files.files(in: listsPath, withExtensions: ["yaml", "csv"])
        let slugs = Set(listFiles.map { String($0[..<$0.lastIndex(of: ".")!]) }).sorted()
        let csvFiles = Set(listFiles.filter { $0.hasSuffix(".csv") })
        let customLists = slugs.map { slug in
            let yamlPath = "\(listsPath)/\(slug).yaml", csvPath = "\(listsPath)/\(slug).csv"
            let hasCSV = csvFiles.contains(slug + ".csv")
            return RawCustomList(
                slug: slug,
                yaml: loadYAML(yamlPath, from: files, diagnostics: diagnostics),
                table: hasCSV ? CSVTable.read(csvPath, from: files, diagnostics: diagnostics) : nil,
                folder: listsPath)
        }
        let disclosuresPath = "\(path)/disclosures"
        let disclosures = files.files(in: disclosuresPath, withExtensions: ["md"]).compactMap {
            MarkdownFile.load("\(disclosuresPath)/\($0)", from: files, diagnostics: diagnostics)
        }
        var village = RawVillage(
            id: id, folder: path, yaml: loadYAML("\(path)/village.yaml", from: files, diagnostics: diagnostics),
            tables: tables, unreadableTables: unreadable, customLists: customLists, disclosures: disclosures,
            finance: FinanceLoader.load(village: path, from: files, diagnostics: diagnostics))
        village.attachmentFolders = AttachmentLoader.load(disclosuresPath: disclosuresPath, from: files)
        return village
    }

    /// Reads and parses a YAML file; a missing file is reported as `GK002`.
    private static func loadYAML(_ path: String, in content: URL, diagnostics: DiagnosticBag) -> ParsedYAML? {
        loadYAML(path, from: ContentFolder(content), diagnostics: diagnostics)
    }

    private static func loadYAML(_ path: String, from source: some ContentSource, diagnostics: DiagnosticBag) -> ParsedYAML? {
        guard let file = TextFile.read(path, from: source, required: true, diagnostics: diagnostics),
              let node = YAMLDocument.parse(file, diagnostics: diagnostics)
        else { return nil }
        return ParsedYAML(file: path, node: node)
    }
}
