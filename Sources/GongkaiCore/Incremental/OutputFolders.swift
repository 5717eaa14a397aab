import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A stamp of every folder of the output, taken right after a build put its files in place and
/// kept in `.gongkai-cache/folders`, so that the next build can tell that the output still holds
/// exactly the files that build left without listing them (323,000 files at 10,000 villages:
/// most of a rebuild with nothing to do).
///
/// A folder's modification and change times move whenever an entry is added to it, removed from
/// it or renamed in it, so equal stamps of every folder mean the same files are there. A file
/// rewritten in place leaves its folder's times alone; the build never trusted the output's
/// contents anyway, only which files it holds. When a stamp differs, the build lists the output
/// as before (`IncrementalState`). A change made in the same tick of the file system's clock as
/// the build's last one would carry the same time; `record` waits for the clock to move on first.
///
/// The file holds, separated by NUL bytes (no path can contain one): a header naming the
/// format, the digest of the output's files the build cache recorded (`BuildCache.Index.outputs`),
/// the digest of the folders' stamps and what the file system says of the publication manifest
/// (`manifestSignature`); then every folder, relative to the output ("" for the output itself).
/// The manifest is the one file whose bytes a build compares with what it wrote
/// (`IncrementalState.manifest`): while its inode, size and times are the recorded ones, it is
/// the file the last build left, and 13 MB at 10,000 villages need not be hashed again. The
/// file is written in place, after its own folder was stamped, so that writing it does not
/// change that folder's times.
///
/// A build that leaves the same files stamps again only the folders its commit changed (those
/// of the files it put in place or removed, and the folders above them); the others keep the
/// stamps the build found at its start (`Stamps`). A folder changed by someone else while the
/// build ran then keeps its old stamp, which the next build finds different: it lists the
/// output.
enum OutputFolders {
    static let path = ".gongkai-cache/folders"
    private static let format = "gongkai-output-folders 2"

    /// Every folder of the output, as a build found it at its start, each with the hash of its
    /// path and stamp (`hashes(of:in:workers:)`).
    struct Stamps: Sendable {
        var folders: [String]
        var hashes: [FNVPair]
        /// Whether the publication manifest is the file that was there when they were recorded.
        var manifestAsRecorded = false
    }

    /// Records the stamp of the folders holding `files` (paths relative to `output`, among them
    /// `path`). When the files are those of the last build, `known` are its folders as found at
    /// the start of this build, and only those holding one of `touched` (the files the commit
    /// put in place or removed) are stamped again. A failure is not an error: the next build
    /// lists the output instead.
    static func record(
        in output: URL, files: some Sequence<String>, known: Stamps?, touched: [String]?, outputs: String, workers: Int
    ) {
        let file = output.appending(path: path, directoryHint: .notDirectory).path
        // Created before the folders are stamped, so that filling it in does not change them.
        if access(file, F_OK) != 0 { try? FileSink.write(Data(), to: file) }
        // Sorted, so that the next build stats them in the order of the tree: sibling folders
        // one after the other stat in about half the time of the same folders in hash order.
        let folders = known?.folders ?? folders(holding: files).sorted()
        // Stamped again: the folders the commit changed, or (nil) all of them.
        var again: [Int]?
        if known != nil, let touched {
            let changed = Self.folders(holding: touched + [path])
            again = folders.indices.filter { changed.contains(folders[$0]) }
        }
        // As git does with its index ("racy git"): a stamp is kept only if every time it holds
        // is older than the file system's clock when it was taken, so that any later change
        // carries a later time. The clock is read by touching the file, and is first let past
        // the commit's last change (one tick of a coarse clock, at most a few milliseconds).
        for _ in 0..<3 {
            guard let committed = touch(file) else { return }
            var start = committed
            var waits = 0
            while start <= committed, waits < 1000 {
                usleep(500)
                waits += 1
                guard let now = touch(file) else { return }
                start = now
            }
            guard start > committed, let stamped = hashes(of: again.map { $0.map { folders[$0] } } ?? folders, in: output, workers: workers)
            else { return }
            let manifest = manifestSignature(in: output)
            if stamped.latest < start, manifest.latest < start {
                var hashes = stamped.hashes
                if let known, let again {
                    hashes = known.hashes
                    for (position, index) in again.enumerated() { hashes[index] = stamped.hashes[position] }
                }
                write("\(digest(of: hashes)) \(manifest.text)", outputs: outputs, folders: folders, to: file)
                return
            }
        }
    }

    /// Sets the file's times to the file system's present time and returns it, in nanoseconds.
    private static func touch(_ file: String) -> Int64? {
        var info = stat()
        guard utimensat(AT_FDCWD, file, nil, 0) == 0, stat(file, &info) == 0 else { return nil }
        return nanoseconds(info.st_mtim)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }

    /// The publication manifest's inode, size, and modification and change times, and the
    /// later of the two times; "none" when there is no manifest.
    static func manifestSignature(in output: URL) -> (text: String, latest: Int64) {
        var info = stat()
        let path = output.appending(path: PublicationManifest.fileName, directoryHint: .notDirectory).path
        guard stat(path, &info) == 0 else { return ("none", .min) }
        let modified = nanoseconds(info.st_mtim)
        let changed = nanoseconds(info.st_ctim)
        return ("\(info.st_ino)-\(info.st_size)-\(modified)-\(changed)", max(modified, changed))
    }

    private static func write(_ stamp: String, outputs: String, folders: [String], to file: String) {
        // Bytes, not `Data`: appending a string's UTF-8 view to a `Data` goes byte by byte.
        var bytes = Array("\(format) \(outputs) \(stamp)".utf8)
        bytes.reserveCapacity(folders.reduce(bytes.count) { $0 + $1.utf8.count + 1 })
        for folder in folders {
            bytes.append(0)
            bytes.append(contentsOf: folder.utf8)
        }
        try? FileSink.write(bytes, to: file)
    }

    /// The recorded folders and their stamps, when every folder of `output` is as the last
    /// build recorded it, for the build whose files have the digest `outputs`; nil otherwise.
    static func unchanged(in output: URL, outputs: String, workers: Int) -> Stamps? {
        guard let data = FileManager.default.contents(atPath: output.appending(path: path, directoryHint: .notDirectory).path) else { return nil }
        let (first, folders) = fields(of: data)
        let header = first.split(separator: " ")
        guard header.count == 5, header.prefix(2).joined(separator: " ") == format, header[2] == outputs
        else { return nil }
        guard let stamped = hashes(of: folders, in: output, workers: workers), digest(of: stamped.hashes) == String(header[3]) else { return nil }
        return Stamps(folders: folders, hashes: stamped.hashes, manifestAsRecorded: header[4] == manifestSignature(in: output).text)
    }

    /// The header and the folders of a stamp file: NUL-separated fields, an empty one
    /// included. Split on the buffer with memchr (splitting the `Data` as a collection, a
    /// hundred thousand folders at 10,000 villages, was a tenth of the whole stamp check).
    static func fields(of data: Data) -> (header: String, folders: [String]) {
        data.withUnsafeBytes { raw -> (String, [String]) in
            guard let base = raw.baseAddress else { return ("", []) }
            /// The field starting at `start`, and where the next one starts (nil after the last).
            func field(at start: Int) -> (String, next: Int?) {
                let found = start < raw.count ? memchr(base + start, 0, raw.count - start) : nil
                let end = found.map { base.distance(to: UnsafeRawPointer($0)) } ?? raw.count
                return (String(decoding: UnsafeRawBufferPointer(rebasing: raw[start..<end]), as: UTF8.self), found.map { _ in end + 1 })
            }
            var (header, next) = field(at: 0)
            var folders: [String] = []
            while let start = next {
                let (folder, after) = field(at: start)
                folders.append(folder)
                next = after
            }
            return (header, folders)
        }
    }

    /// Every folder that holds one of `files`, and every folder above it, up to the output
    /// itself (""). Files of the same folder are usually next to each other (a unit's files
    /// are): a file in the same folder as the one before it is passed over without a lookup.
    static func folders(holding files: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = [""]
        var previous: Substring = ""
        for file in files {
            guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let parent = file[..<slash]
            if parent == previous { continue }
            previous = parent
            var end: String.Index? = slash
            while let current = end {
                guard folders.insert(String(file[..<current])).inserted else { break }
                end = file.utf8[..<current].lastIndex(of: UInt8(ascii: "/"))
            }
        }
        return folders
    }

    /// The folders' digest, whatever their order (`FileSetDigest`).
    static func digest(of hashes: [FNVPair]) -> String {
        FileSetDigest(hashes: hashes).text
    }

    /// Each folder's hash: a 64-bit FNV-1a hash, with two starting values, of its path, inode,
    /// modification and change times; and the latest of those times, in nanoseconds. Nil when
    /// a folder is missing or not a folder.
    static func hashes(of folders: [String], in output: URL, workers: Int) -> (hashes: [FNVPair], latest: Int64)? {
        let root = open(output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return nil }
        defer { close(root) }
        let chunks = stride(from: 0, to: folders.count, by: 4096).map { $0..<min($0 + 4096, folders.count) }
        let parts = ParallelMap.map(chunks, workers: workers) { range -> (hashes: [FNVPair], latest: Int64)? in
            var hashes: [FNVPair] = []
            hashes.reserveCapacity(range.count)
            var latest = Int64.min
            for folder in folders[range] {
                var info = stat()
                // In place: a native string's bytes end with a NUL already.
                guard (folder.isEmpty ? "." : folder).withCString({ fstatat(root, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0,
                      (info.st_mode & S_IFMT) == S_IFDIR
                else { return nil }
                var hash = FNVPair()
                hash.add(folder)
                hash.add(0)
                var times = (
                    Int64(bitPattern: UInt64(info.st_ino)), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
                    Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec)
                )
                withUnsafeBytes(of: &times) { hash.add($0) }
                hashes.append(hash)
                latest = max(latest, nanoseconds(info.st_mtim), nanoseconds(info.st_ctim))
            }
            return (hashes, latest)
        }
        var hashes: [FNVPair] = []
        hashes.reserveCapacity(folders.count)
        var latest = Int64.min
        for part in parts {
            guard let part else { return nil }
            hashes += part.hashes
            latest = max(latest, part.latest)
        }
        return (hashes, latest)
    }
}
