import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A SHA-256 over what the file system says about every entry below a folder, without reading
/// any file: relative path, kind, size, inode, and the modification and change times to the
/// nanosecond (as git's index does). Any write to a file changes its change time, which no
/// program can set back; a folder's times change when an entry is added, removed or renamed in
/// it, so empty folders and broken links count too. Links are followed, as the loaders follow
/// them, so editing a linked file changes the stamp of the folder that links to it.
///
/// An equal stamp means the folder is as it was last read. A different stamp only means the
/// folder is read again; whether its pages change is then decided by the content digests of
/// `InputFingerprints`. Known limit, shared with make and git: a file rewritten with the same
/// size within the file system's timestamp tick after it was stamped looks unchanged (on ext4 and
/// tmpfs the tick is a few milliseconds; on FAT it is two seconds).
enum FolderStamp {
    /// Folders whose relative path is in `skipping` are left out, with everything below them.
    static func of(_ folder: URL, skipping: Set<String> = []) -> String {
        var digest = InputFingerprints.Digest()
        add(folder.path, prefix: "", depth: 0, skipping: skipping, to: &digest)
        return digest.finish()
    }

    /// Deeper than any content folder; stops a link to a folder above it from looping.
    private static let maximumDepth = 16

    private static func add(
        _ path: String, prefix: String, depth: Int, skipping: Set<String>, to digest: inout InputFingerprints.Digest
    ) {
        guard depth < maximumDepth else {
            digest.add("(too deep)")
            return
        }
        guard let directory = opendir(path) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names.sorted() {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            guard !skipping.contains(relative) else { continue }
            let full = path + "/" + name
            var info = stat()
            digest.add(relative)
            guard stat(full, &info) == 0 || lstat(full, &info) == 0 else {
                digest.add("(gone)")
                continue
            }
            digest.add(
                "\(info.st_mode) \(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) "
                    + "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)")
            if (info.st_mode & S_IFMT) == S_IFDIR {
                add(full, prefix: relative, depth: depth + 1, skipping: skipping, to: &digest)
            }
        }
    }
}
