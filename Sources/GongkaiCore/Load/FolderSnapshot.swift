import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A folder of the content (a village's), listed and read once. Loading a village, digesting
/// its folder for the build cache and scanning it for personal data each listed the folder and
/// read its files, three times for every village of a province; they now share one reading.
///
/// Files over `ContentLimits.maxFileBytes` are only measured, as the loaders measure them, and
/// read from disk when a reader allows more.
struct FolderSnapshot: ContentSource, Sendable {
    struct File: Sendable {
        /// Relative to the snapshot's folder.
        var path: String
        var outcome: ContentFileReader.Outcome
    }

    /// Relative to the content folder.
    let folder: String
    /// Every regular file below the folder, hidden ones too, sorted by path (as
    /// `DirectoryWalker.files` lists them).
    let files: [File]
    /// The content folder.
    let content: URL
    private let filesByPath: [String: Int]
    /// The folders below it, relative to it.
    private let folders: Set<String>
    /// False when the folder could not be listed (it is missing, or may be entered but not
    /// read): it then holds no file, and its files are asked of the disk by name, as they
    /// were before there were snapshots.
    private let listed: Bool

    /// The folder's `FolderStamp` and listing, when the snapshot was asked to stamp it.
    let stamp: (stamp: String, listing: StampListing?)?

    /// Lists and reads `folder` (relative to `content`). With `stampingSettledBefore`, the
    /// folder is stamped as it is listed (`FolderStamp.walk`), for a build that has no stamp of
    /// it yet: the stamp of a first build is not a pass of its own over the content folder.
    init(_ folder: String, in content: URL, stampingSettledBefore settledBefore: Int64? = nil) {
        self.folder = folder
        self.content = content
        let root = content.path + "/" + folder
        var tree: (files: [String], folders: [String])?
        if let settledBefore {
            let walked = FolderStamp.walk(path: root, settledBefore: settledBefore)
            stamp = (walked.stamp, walked.listing)
            if let found = walked.tree {
                // Deeper than a stamp goes, the folder is listed as if it were not stamped.
                tree = found.complete
                    ? (found.files.sorted(), found.folders.sorted())
                    : DirectoryWalker.tree(under: URL(fileURLWithPath: root, isDirectory: true))
            }
        } else {
            stamp = nil
            tree = DirectoryWalker.tree(under: URL(fileURLWithPath: root, isDirectory: true))
        }
        let files = (tree?.files ?? []).map { path in File(path: path, outcome: ContentFileReader.read(root + "/" + path)) }
        self.files = files
        filesByPath = Dictionary(uniqueKeysWithValues: files.indices.map { (files[$0].path, $0) })
        folders = Set(tree?.folders ?? [])
        listed = tree != nil
    }

    /// The bytes of `file`, read again from disk when the snapshot only measured it; nil when
    /// it cannot be read.
    func contents(of file: File) -> Data? {
        switch file.outcome {
        case let .contents(data): data
        case .tooLarge:
            if case let .contents(data) = ContentFileReader.read(content.path + "/" + folder + "/" + file.path, limit: .max) { data } else { nil }
        case .missing, .unreadable: nil
        }
    }

    func read(_ path: String, limit: Int) -> ContentFileReader.Outcome {
        guard listed, let inner = inside(path) else { return ContentFolder(content).read(path, limit: limit) }
        guard let index = filesByPath[inner] else {
            return inner.isEmpty || folders.contains(inner) ? .unreadable(String(cString: strerror(EISDIR))) : .missing
        }
        switch files[index].outcome {
        case let .contents(data) where data.count > limit: return .tooLarge(data.count)
        case let .tooLarge(size) where size <= limit: return ContentFolder(content).read(path, limit: limit)
        case let outcome: return outcome
        }
    }

    func entries(in path: String, directories: Bool?) -> [String] {
        guard listed, let inner = inside(path) else { return ContentFolder(content).entries(in: path, directories: directories) }
        guard inner.isEmpty || folders.contains(inner) else { return [] }
        let prefix = inner.isEmpty ? "" : inner + "/"
        func children(_ paths: some Sequence<String>) -> [String] {
            paths.compactMap { path -> String? in
                guard path.hasPrefix(prefix) else { return nil }
                let name = path.dropFirst(prefix.count)
                return name.contains("/") || name.hasPrefix(".") ? nil : String(name)
            }
        }
        var names: [String] = []
        if directories != true { names += children(files.lazy.map(\.path)) }
        if directories != false { names += children(folders) }
        return names.sorted()
    }

    /// `path` (relative to the content folder) relative to the snapshot's folder: empty for the
    /// folder itself, nil outside it.
    private func inside(_ path: String) -> String? {
        if path == folder { return "" }
        let bytes = path.utf8, length = folder.utf8.count
        guard bytes.starts(with: folder.utf8), bytes.dropFirst(length).first == UInt8(ascii: "/") else { return nil }
        return String(decoding: bytes.dropFirst(length + 1), as: UTF8.self)
    }
}
