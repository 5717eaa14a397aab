#if canImport(Glibc)
import Glibc
#endif

/// What a village folder held when `FolderStamp` last listed it: the relative path of every
/// entry below it, and the times of every folder among them. As git's untracked cache does, the
/// next stamp lists a folder again only when one of those folders' times moved: a folder's
/// modification and change times move whenever an entry is added to it, removed from it or
/// renamed in it. Otherwise it looks at the recorded entries one by one (`fstatat`) without
/// opening a folder or reading its entries, which on ext4 takes about half the time
/// (`getdents64` hashes every name of an indexed folder).
///
/// A listing is only an accelerator: the stamp it gives is the one a listing gives, byte for
/// byte. It is kept only when every folder's times are older than `FolderStamp.settling` before
/// the listing began, so that a change made while or right after it was listed, in the same
/// tick of a coarse file-system clock, cannot carry the times it recorded. Known limit: a
/// content folder on a network file system whose server's clock runs more than that behind this
/// machine's could have such a change hidden, as `FolderStamp` says of files rewritten within a
/// tick.
struct StampListing: Sendable, Equatable {
    /// Each entry below the folder, relative to it, in the order the stamp visits them, each
    /// followed by a NUL byte (no path can hold one); a folder's path ends with "/".
    var entries: String
    /// The times of the folder itself, then of each folder among `entries`, in their order.
    var folders: [FolderTimes]
}

/// What tells whether a folder's entries changed: its inode, and its modification and change
/// times in nanoseconds since 1970.
struct FolderTimes: Sendable, Equatable {
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    init(inode: UInt64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        self.init(
            inode: UInt64(info.st_ino), modified: Self.nanoseconds(info.st_mtim), changed: Self.nanoseconds(info.st_ctim))
    }

    /// Whether both times are older than `instant` (nanoseconds since 1970).
    func settled(before instant: Int64) -> Bool {
        modified < instant && changed < instant
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}

/// In the listings file: the entries as one text, then each folder's inode and two times.
extension StampListing: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        entries = try reader.read()
        folders = try reader.read()
        var text = entries
        let folderEntries = text.withUTF8 { bytes in
            zip(bytes, bytes.dropFirst()).reduce(0) { $1 == (UInt8(ascii: "/"), 0) ? $0 + 1 : $0 }
        }
        guard entries.isEmpty || entries.utf8.last == 0, folders.count == folderEntries + 1 else {
            throw CacheReader.Malformed(description: "a listing of \(folderEntries) folders with \(folders.count) times")
        }
    }

    func write(to writer: inout CacheWriter) {
        writer.write(entries)
        writer.write(folders)
    }
}

extension FolderTimes: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let inode = try reader.read(Int.self)
        modified = Int64(try reader.read(Int.self))
        changed = Int64(try reader.read(Int.self))
        self.inode = UInt64(bitPattern: Int64(inode))
    }

    func write(to writer: inout CacheWriter) {
        writer.write(Int(Int64(bitPattern: inode)))
        writer.write(Int(modified))
        writer.write(Int(changed))
    }
}
