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
/// buffer and hashed once, not entry by entry. A village folder's stamp also gives its
/// `StampListing`, with which the next stamp need not list the folder again.
enum FolderStamp {
    /// How long a folder must have been left alone before the listing of its entries is kept:
    /// more than a tick of any file system's clock (two seconds on FAT).
    static let settling: Int64 = 3_000_000_000

    /// The stamp of the folder at `path` (absolute, or relative to the working folder). Folders
    /// whose relative path is in `skipping` are left out, with everything below them.
    static func of(path: String, skipping: Set<String> = []) -> String {
        var record = Record()
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            var walk = Walk(skipping: skipping, listing: nil)
            walk.add(directory: descriptor, prefix: "", depth: 0, to: &record)
        }
        return record.digest()
    }

    /// The stamp of the folder at `path`, the same as `of(path:)`, and the listing to keep for
    /// the next stamp (nil when it should not be kept). With `recorded`, the folder is not listed
    /// when every folder it recorded still has the same times; it is listed when one moved.
    /// Folders whose times are not older than `settledBefore` (nanoseconds since 1970; by default
    /// `settling` before now) are not kept in a listing.
    static func of(
        path: String, recorded: StampListing?, settledBefore: Int64 = settledBeforeNow()
    ) -> (stamp: String, listing: StampListing?) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return (Record().digest(), nil) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return (Record().digest(), nil)
        }
        let times = FolderTimes(info)
        if let recorded, recorded.folders.first == times, let stamp = stamp(descriptor, following: recorded) {
            close(descriptor)
            return (stamp, recorded)
        }
        var record = Record()
        var walk = Walk(skipping: [], listing: ListingBuilder(root: times, settledBefore: settledBefore))
        walk.add(directory: descriptor, prefix: "", depth: 0, to: &record)
        return (record.digest(), walk.listing?.finished)
    }

    /// What a stamp of a folder saw below it, as `DirectoryWalker.tree` lists it: its regular
    /// files and its folders (links followed), by relative path in the order visited.
    struct Tree: Sendable {
        var files: [String] = []
        var folders: [String] = []
        /// False when the walk stopped short of the bottom (`maximumDepth`), below which
        /// `DirectoryWalker` would have gone on.
        var complete = true
    }

    /// The stamp and listing of the folder at `path`, the same as `of(path:recorded: nil,
    /// settledBefore:)`, and what it holds, seen by the same walk: a build that stamps a folder
    /// and then reads it lists it once, and every file is looked at (`fstatat`) before it is
    /// read, so that a change made while it is read shows in the next build's stamp. The tree
    /// is nil when the folder cannot be listed.
    static func walk(
        path: String, settledBefore: Int64
    ) -> (stamp: String, listing: StampListing?, tree: Tree?) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return (Record().digest(), nil, nil) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return (Record().digest(), nil, nil)
        }
        var record = Record()
        var walk = Walk(skipping: [], listing: ListingBuilder(root: FolderTimes(info), settledBefore: settledBefore))
        walk.tree = Tree()
        guard walk.add(directory: descriptor, prefix: "", depth: 0, to: &record) else {
            return (record.digest(), walk.listing?.finished, nil)
        }
        return (record.digest(), walk.listing?.finished, walk.tree)
    }

    static func settledBeforeNow() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return FolderTimes.nanoseconds(now) - settling
    }

    /// The stamp of the open folder `descriptor` from its recorded entries, when every recorded
    /// folder still has its recorded times and every entry is still of its kind; nil otherwise.
    private static func stamp(_ descriptor: Int32, following listing: StampListing) -> String? {
        var record = Record()
        var folders = listing.folders.dropFirst()
        var entries = listing.entries
        let complete = entries.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var start = 0
            while start < bytes.count {
                guard let found = memchr(base + start, 0, bytes.count - start) else { return false }
                let end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                let isFolder = end > start && bytes[end - 1] == UInt8(ascii: "/")
                record.add(UnsafeBufferPointer(rebasing: bytes[start..<(isFolder ? end - 1 : end)]))
                var info = stat()
                let path = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
                guard fstatat(descriptor, path, &info, 0) == 0 || fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0
                else { return false }
                record.add(info)
                if isFolder {
                    guard (info.st_mode & S_IFMT) == S_IFDIR, folders.popFirst() == FolderTimes(info) else { return false }
                } else if (info.st_mode & S_IFMT) == S_IFDIR {
                    return false
                }
                start = end + 1
            }
            return true
        }
        return complete && folders.isEmpty ? record.digest() : nil
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
            text.withUTF8 { add($0) }
        }

        mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) {
            add(fixed: UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }

        /// Kind and permissions, size, inode, modification and change times.
        mutating func add(_ info: stat) {
            add(fixed: (
                Int64(info.st_mode), Int64(info.st_size), Int64(bitPattern: UInt64(info.st_ino)),
                Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec)
            ))
        }

        mutating func add<Value>(fixed value: Value) {
            withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
        }

        func digest() -> String {
            var digest = InputFingerprints.Digest()
            bytes.withUnsafeBytes { digest.add($0) }
            return digest.finish()
        }
    }

    /// The listing a walk makes as it goes, until something makes it not worth keeping.
    private struct ListingBuilder {
        var entries: [UInt8] = []
        var folders: [FolderTimes]
        let settledBefore: Int64
        var keep: Bool

        init(root: FolderTimes, settledBefore: Int64) {
            folders = [root]
            self.settledBefore = settledBefore
            keep = root.settled(before: settledBefore)
        }

        mutating func add(_ relative: String, folder: FolderTimes?) {
            entries.append(contentsOf: relative.utf8)
            if let folder {
                entries.append(UInt8(ascii: "/"))
                folders.append(folder)
                if !folder.settled(before: settledBefore) { keep = false }
            }
            entries.append(0)
        }

        var finished: StampListing? {
            keep ? StampListing(entries: String(decoding: entries, as: UTF8.self), folders: folders) : nil
        }
    }

    /// Deeper than any content folder; stops a link to a folder above it from looping.
    private static let maximumDepth = 16

    private struct Walk {
        let skipping: Set<String>
        var listing: ListingBuilder?
        /// What the walk finds, when it is asked for.
        var tree: Tree?

        /// Adds the entries of the open folder `descriptor`, which it closes. False when the
        /// folder cannot be listed.
        @discardableResult
        mutating func add(directory descriptor: Int32, prefix: String, depth: Int, to record: inout Record) -> Bool {
            guard depth < maximumDepth else {
                close(descriptor)
                record.add("(too deep)")
                listing?.keep = false
                tree?.complete = false
                return true
            }
            guard let directory = fdopendir(descriptor) else {
                close(descriptor)
                listing?.keep = false
                return false
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
                    listing?.keep = false
                    continue
                }
                record.add(info)
                let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                listing?.add(relative, folder: isFolder ? FolderTimes(info) : nil)
                if tree != nil {
                    if isFolder {
                        tree?.folders.append(relative)
                    } else if (info.st_mode & S_IFMT) == S_IFREG {
                        tree?.files.append(relative)
                    }
                }
                if isFolder {
                    let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                    if child >= 0 {
                        add(directory: child, prefix: relative, depth: depth + 1, to: &record)
                    } else {
                        listing?.keep = false
                    }
                }
            }
            return true
        }
    }
}
