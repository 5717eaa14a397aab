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
/// format, the digest of the output's files the build cache recorded (`BuildCache.Index.outputs`)
/// and the digest of the folders' stamps; then every folder, relative to the output ("" for the
/// output itself). It is written in place, after its own folder was stamped, so that writing
/// it does not change that folder's times.
enum OutputFolders {
    static let path = ".gongkai-cache/folders"
    private static let format = "gongkai-output-folders 1"

    /// Records the stamp of the folders holding `files` (paths relative to `output`, among them
    /// `path`), which are `known` when the files are those of the last build. A failure is not
    /// an error: the next build lists the output instead.
    static func record(in output: URL, files: some Sequence<String>, known: [String]?, outputs: String, workers: Int) {
        let file = output.appending(path: path, directoryHint: .notDirectory).path
        // Created before the folders are stamped, so that filling it in does not change them.
        if access(file, F_OK) != 0 { try? FileSink.write(Data(), to: file) }
        let folders = known ?? Array(folders(holding: files))
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
            guard start > committed, let stamp = stamp(of: folders, in: output, workers: workers) else { return }
            if stamp.latest < start {
                write(stamp.digest, outputs: outputs, folders: folders, to: file)
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

    private static func write(_ stamp: String, outputs: String, folders: [String], to file: String) {
        var data = Data("\(format) \(outputs) \(stamp)".utf8)
        data.reserveCapacity(folders.reduce(data.count) { $0 + $1.utf8.count + 1 })
        for folder in folders {
            data.append(0)
            data.append(contentsOf: folder.utf8)
        }
        try? FileSink.write(data, to: file)
    }

    /// The recorded folders, when every folder of `output` is as the last build recorded it,
    /// for the build whose files have the digest `outputs`; nil otherwise.
    static func unchanged(in output: URL, outputs: String, workers: Int) -> [String]? {
        guard let data = FileManager.default.contents(atPath: output.appending(path: path, directoryHint: .notDirectory).path) else { return nil }
        var fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard let header = fields.first?.split(separator: " "), header.count == 4,
              header.prefix(2).joined(separator: " ") == format, header[2] == outputs
        else { return nil }
        fields.removeFirst()
        return stamp(of: fields, in: output, workers: workers)?.digest == String(header[3]) ? fields : nil
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

    /// A digest of the folders' inode, modification and change times, whatever their order: two
    /// wrapping sums of a 64-bit FNV-1a hash of each folder's path and times (as in
    /// `IncrementalState.digest(of:)`), and the latest of those times, in nanoseconds. Nil when a
    /// folder is missing or not a folder.
    static func stamp(of folders: [String], in output: URL, workers: Int) -> (digest: String, latest: Int64)? {
        let root = open(output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return nil }
        defer { close(root) }
        let chunks = stride(from: 0, to: folders.count, by: 4096).map { $0..<min($0 + 4096, folders.count) }
        let sums = ParallelMap.map(chunks, workers: workers) { range -> (UInt64, UInt64, Int64)? in
            var first: UInt64 = 0
            var second: UInt64 = 0
            var latest = Int64.min
            for folder in folders[range] {
                var info = stat()
                guard fstatat(root, folder.isEmpty ? "." : folder, &info, AT_SYMLINK_NOFOLLOW) == 0,
                      (info.st_mode & S_IFMT) == S_IFDIR
                else { return nil }
                var hash = FNVPair()
                hash.add(folder.utf8)
                hash.add(0)
                var times = (
                    Int64(bitPattern: UInt64(info.st_ino)), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
                    Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec)
                )
                withUnsafeBytes(of: &times) { hash.add($0) }
                first &+= hash.first
                second &+= hash.second
                latest = max(latest, nanoseconds(info.st_mtim), nanoseconds(info.st_ctim))
            }
            return (first, second, latest)
        }
        var first: UInt64 = 0
        var second: UInt64 = 0
        var latest = Int64.min
        for sum in sums {
            guard let sum else { return nil }
            first &+= sum.0
            second &+= sum.1
            latest = max(latest, sum.2)
        }
        return ("\(folders.count)-\(String(first, radix: 16))-\(String(second, radix: 16))", latest)
    }
}
