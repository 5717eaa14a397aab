import Foundation

/// Reads a Markdown file with front matter into a `RawPage` (pages and disclosures).
enum MarkdownFile {
    static func load(_ path: String, in folder: URL, diagnostics: DiagnosticBag) -> RawPage? {
        guard let file = TextFile.read(path, in: folder, required: true, diagnostics: diagnostics),
              let split = FrontMatter.split(file, diagnostics: diagnostics)
        else { return nil }
        var frontMatter: ParsedYAML?
        var bodyLine = 1
        if let yaml = split.yaml {
            let offset = split.yamlFirstLine - 1
            guard let node = YAMLDocument.parse(TextFile(path: path, text: yaml), lineOffset: offset, diagnostics: diagnostics) else {
                return nil
            }
            frontMatter = ParsedYAML(file: path, node: node, lineOffset: offset)
            bodyLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).count + 3
        }
        return RawPage(file: path, frontMatter: frontMatter, body: split.body, bodyFirstLine: bodyLine)
    }
}

/// Sorted, visible entries of a folder.
enum FolderListing {
    static func files(in folder: URL, withExtension fileExtension: String) -> [String] {
        entries(in: folder, directories: false).filter { $0.hasSuffix("." + fileExtension) }
    }

    static func folders(in folder: URL) -> [String] {
        entries(in: folder, directories: true)
    }

    private static func entries(in folder: URL, directories: Bool) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { name in
            guard !name.hasPrefix(".") else { return false }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appending(path: name, directoryHint: .inferFromPath).path, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue == directories
        }.sorted()
    }
}
