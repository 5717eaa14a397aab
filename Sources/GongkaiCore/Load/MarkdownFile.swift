import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a Markdown file with front matter into a `RawPage` (pages and disclosures).
enum MarkdownFile {
    static func load(_ path: String, in folder: URL, diagnostics: DiagnosticBag) -> RawPage? {
        load(path, from: ContentFolder(folder), diagnostics: diagnostics)
    }

    static func load(_ path: String, from source: some ContentSource, diagnostics: DiagnosticBag) -> RawPage? {
        guard let file = TextFile.read(path, from: source, required: true, diagnostics: diagnostics),
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

/// Sorted, visible entries of a folder, read with `opendir`/`readdir`: the kind of each entry
/// comes with its name, so nothing is looked up again, except a link (followed, as every
/// loader follows links) or an entry of a file system that does not say.
enum FolderListing {
    static func files(in folder: URL, withExtension fileExtension: String) -> [String] {
        files(in: folder, withExtensions: [fileExtension])
    }

    /// Files with any of the extensions, each name once.
    static func files(in folder: URL, withExtensions extensions: [String]) -> [String] {
        ContentFolder(folder).files(in: ".", withExtensions: extensions)
    }

    /// The names of the files and folders in `folder`, for checking which are there.
    static func names(in folder: URL) -> Set<String> {
        ContentFolder(folder).names(in: ".")
    }

    static func folders(in folder: URL) -> [String] {
        entries(in: folder.path, directories: true)
    }

    /// `directories`: true for folders only, false for everything else, nil for both.
    static func entries(in path: String, directories: Bool?) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryWalker.name(of: entry)
            guard !name.hasPrefix(".") else { continue }
            guard let wanted = directories else {
                names.append(name)
                continue
            }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var info = stat()
                guard stat(path + "/" + name, &info) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder == wanted { names.append(name) }
        }
        return names.sorted()
    }
}
