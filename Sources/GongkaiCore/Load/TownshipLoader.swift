import Foundation

/// Loads `townships/<id>/township.yaml` and, below it, `villages/<id>/` with `village.yaml`,
/// the list tables, `lists/<slug>.yaml|csv` and `disclosures/*.md`.
enum TownshipLoader {
    static let folder = "townships"
    /// The built-in list tables a village folder may hold.
    static let tableFiles = ["services.csv", "needs.csv", "resources.csv", "projects.csv", "milestones.csv", "responsibilities.csv", "decisions.csv"]

    /// Villages are read in parallel (each with its own diagnostics, merged in folder order), so
    /// the result and the order of the problems found do not depend on the number of workers.
    /// Village folders in `reused` (by path) are not read: their cached summaries stand in.
    static func load(
        from content: URL, diagnostics: DiagnosticBag, reused: [String: CachedVillage] = [:],
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> [RawTownship] {
        let root = content.appending(path: folder, directoryHint: .inferFromPath)
        var townships = FolderListing.folders(in: root).map { id in
            let path = "\(folder)/\(id)"
            let yaml = loadYAML("\(path)/township.yaml", in: content, diagnostics: diagnostics)
            return RawTownship(id: id, folder: path, yaml: yaml, villages: [])
        }
        let jobs = townships.indices.flatMap { (index: Int) -> [VillageJob] in
            let villagesPath = "\(townships[index].folder)/villages"
            return FolderListing.folders(in: content.appending(path: villagesPath, directoryHint: .inferFromPath)).compactMap { (id: String) -> VillageJob? in
                let path = "\(villagesPath)/\(id)"
                if let cached = reused[path] {
                    townships[index].reused.append(cached.summary)
                    return nil
                }
                return VillageJob(township: index, id: id, path: path)
            }
        }
        let loaded = ParallelMap.map(jobs, workers: workers) { job in
            let bag = DiagnosticBag()
            let village = loadVillage(id: job.id, path: job.path, in: content, diagnostics: bag)
            return LoadedVillage(village: village, diagnostics: bag.items)
        }
        for (job, result) in zip(jobs, loaded) {
            townships[job.township].villages.append(result.village)
            diagnostics.add(contentsOf: result.diagnostics)
        }
        return townships
    }

    private struct VillageJob: Sendable {
        var township: Int
        var id: String
        var path: String
    }

    /// A village as read by one worker. Parsed YAML nodes are not marked `Sendable`, but each
    /// is built by one worker and only read after the workers are done.
    private struct LoadedVillage: @unchecked Sendable {
        var village: RawVillage
        var diagnostics: [Diagnostic]
    }

    private static func loadVillage(id: String, path: String, in content: URL, diagnostics: DiagnosticBag) -> RawVillage {
        var tables: [String: CSVTable] = [:]
        var unreadable: Set<String> = []
        for name in tableFiles where FileManager.default.fileExists(atPath: content.appending(path: "\(path)/\(name)", directoryHint: .inferFromPath).path) {
            if let table = CSVTable.read("\(path)/\(name)", in: content, diagnostics: diagnostics) {
                tables[name] = table
            } else {
                unreadable.insert(name)
            }
        }
        let listsPath = "\(path)/lists"
        let listsURL = content.appending(path: listsPath, directoryHint: .inferFromPath)
        let slugs = Set((FolderListing.files(in: listsURL, withExtension: "yaml") + FolderListing.files(in: listsURL, withExtension: "csv"))
            .map { String($0[..<$0.lastIndex(of: ".")!]) }).sorted()
        let customLists = slugs.map { slug in
            let yamlPath = "\(listsPath)/\(slug).yaml", csvPath = "\(listsPath)/\(slug).csv"
            let hasCSV = FileManager.default.fileExists(atPath: content.appending(path: csvPath, directoryHint: .inferFromPath).path)
            return RawCustomList(
                slug: slug,
                yaml: loadYAML(yamlPath, in: content, diagnostics: diagnostics),
                table: hasCSV ? CSVTable.read(csvPath, in: content, diagnostics: diagnostics) : nil,
                folder: listsPath)
        }
        let disclosuresPath = "\(path)/disclosures"
        let disclosures = FolderListing.files(in: content.appending(path: disclosuresPath, directoryHint: .inferFromPath), withExtension: "md").compactMap {
            MarkdownFile.load("\(disclosuresPath)/\($0)", in: content, diagnostics: diagnostics)
        }
        var village = RawVillage(
            id: id, folder: path, yaml: loadYAML("\(path)/village.yaml", in: content, diagnostics: diagnostics),
            tables: tables, unreadableTables: unreadable, customLists: customLists, disclosures: disclosures,
            finance: FinanceLoader.load(village: path, in: content, diagnostics: diagnostics))
        village.attachmentFolders = AttachmentLoader.load(disclosuresPath: disclosuresPath, in: content)
        return village
    }

    /// Reads and parses a YAML file; a missing file is reported as `GK002`.
    private static func loadYAML(_ path: String, in content: URL, diagnostics: DiagnosticBag) -> ParsedYAML? {
        guard let file = TextFile.read(path, in: content, required: true, diagnostics: diagnostics),
              let node = YAMLDocument.parse(file, diagnostics: diagnostics)
        else { return nil }
        return ParsedYAML(file: path, node: node)
    }
}
