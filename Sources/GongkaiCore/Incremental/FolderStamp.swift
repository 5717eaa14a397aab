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
///
/// Each folder is opened once and its entries are looked at relative to it (`fstatat`), so the
/// kernel does not walk the whole path again for every file. What is stamped is gathered in one
/// buffer and hashed once, not entry by entry.
enum FolderStamp {
    /// The stamp of the folder at `path` (absolute, or relative to the working folder). Folders
    /// whose relative path is in `skipping` are left out, with everything below them.
    static func of(path: String, skipping: Set<String> = []) -> String {
        var record = Record()
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            add(directory: descriptor, prefix: "", depth: 0, skipping: skipping, to: &record)
        }
        var digest = InputFingerprints.Digest()
        record.bytes.withUnsafeBytes { digest.add($0) }
        return digest.finish()
    }

    /// What is stamped: each entry's relative path after its length, and what the file system
    /// says about it, as fixed-width numbers.
    private struct Record {
        var bytes: [UInt8] = []

        init() {
            bytes.reserveCapacity(4096)
        }

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                add(fixed: UInt32(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }

        mutating func add<Value>(fixed value: Value) {
            withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
        }
    }

    /// Deeper than any content folder; stops a link to a folder above it from looping.
    private static let maximumDepth = 16

    /// Adds the entries of the open folder `descriptor`, which it closes.
    private static func add(directory descriptor: Int32, prefix: String, depth: Int, skipping: Set<String>, to record: inout Record) {
        guard depth < maximumDepth else {
            close(descriptor)
            record.add("(too deep)")
            return
        }
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryWalker.name(of: entry)
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            guard skipping.isEmpty || !skipping.contains(relative) else { continue }
            var info = stat()
            record.add(relative)
            // Links are followed; a broken link is stamped as the link itself.
            guard fstatat(descriptor, name, &info, 0) == 0 || fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                record.add("(gone)")
                continue
            }
            // Kind and permissions, size, inode, modification and change times.
            record.add(fixed: (
                Int64(info.st_mode), Int64(info.st_size), Int64(bitPattern: UInt64(info.st_ino)),
                Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec)
            ))
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if child >= 0 { add(directory: child, prefix: relative, depth: depth + 1, skipping: skipping, to: &record) }
            }
        }
    }
}
