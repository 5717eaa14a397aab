import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Lists the regular files below a folder with `opendir`/`readdir`, using the entry type the
/// directory already holds instead of asking for each file's attributes (Foundation's
/// enumerators did, and at 30,000 files that was a fifth of a rebuild). Hidden entries
/// (names starting with a dot) are included only when asked for.
enum DirectoryWalker {
    /// The name of an entry `readdir` returned.
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    /// Relative paths, sorted; folders in `skipping` (relative paths) are not entered.
    static func files(under folder: URL, includeHidden: Bool = true, skipping: Set<String> = []) -> [String] {
        var result: [String] = []
        walk(folder.path, prefix: "", includeHidden: includeHidden, skipping: skipping, into: &result)
        return result.sorted()
    }

    /// The relative paths of every regular file and every folder below `folder`, hidden ones
    /// too, each list sorted; nil when `folder` itself cannot be listed.
    static func tree(under folder: URL) -> (files: [String], folders: [String])? {
        var files: [String] = []
        var folders: [String] = []
        var unused: [String] = []
        guard walk(folder.path, prefix: "", includeHidden: true, skipping: [], into: &files, folders: &folders, deeper: &unused)
        else { return nil }
        return (files.sorted(), folders.sorted())
    }

    /// Relative paths in no particular order, for lookups. A large output folder is mostly
    /// folders (one per page): listing them is system calls, so the folders two levels down
    /// (`villages/<id>` …) are walked on all cores.
    static func fileSet(under folder: URL, workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> Set<String> {
        var result: [String] = []
        var deeper: [String] = []
        var folders: [String] = []
        walk(folder.path, prefix: "", includeHidden: true, skipping: [], into: &result, folders: &folders, stoppingAt: 2, deeper: &deeper)
        let parts = ParallelMap.map(deeper, workers: workers) { relative in
            var files: [String] = []
            walk(folder.path + "/" + relative, prefix: relative, includeHidden: true, skipping: [], into: &files)
            return files
        }
        var set = Set(result)
        set.reserveCapacity(result.count + parts.reduce(0) { $0 + $1.count })
        for part in parts { set.formUnion(part) }
        return set
    }

    private static func walk(_ path: String, prefix: String, includeHidden: Bool, skipping: Set<String>, into result: inout [String]) {
        var unused: [String] = []
        var folders: [String] = []
        walk(path, prefix: prefix, includeHidden: includeHidden, skipping: skipping, into: &result, folders: &folders, stoppingAt: nil, deeper: &unused)
    }

    /// Walks below `path`, putting files in `result` and the folders it enters in `folders`.
    /// With `stoppingAt`, folders that many levels down are put in `deeper` instead of being entered.
    /// False when `path` itself cannot be listed.
    @discardableResult
    private static func walk(
        _ path: String, prefix: String, includeHidden: Bool, skipping: Set<String>, into result: inout [String],
        folders: inout [String], stoppingAt levels: Int? = nil, deeper: inout [String]
    ) -> Bool {
        guard let directory = opendir(path) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = DirectoryWalker.name(of: entry)
            if name == "." || name == ".." || (!includeHidden && name.hasPrefix(".")) { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                var info = stat()
                guard stat(path + "/" + name, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : ((info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : 0)
            }
            if type == Int32(DT_DIR) {
                guard skipping.isEmpty || !skipping.contains(relative) else { continue }
                if levels == 1 {
                    deeper.append(relative)
                    continue
                }
                folders.append(relative)
                walk(
                    path + "/" + name, prefix: relative, includeHidden: includeHidden, skipping: skipping, into: &result,
                    folders: &folders, stoppingAt: levels.map { $0 - 1 }, deeper: &deeper)
            } else if type == Int32(DT_REG) {
                result.append(relative)
            }
        }
        return true
    }
}
