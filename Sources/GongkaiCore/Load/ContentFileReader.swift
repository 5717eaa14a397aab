import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads one content file whole with one `open`, one `fstat` and its `read`s: whether it is
/// there, its size against the limit and its bytes come from the same open file. (Asking the
/// file manager whether the file exists, then its size, then reading it through a URL was three
/// lookups of the path and a URL to check, for each of a province's hundreds of thousands of files.)
enum ContentFileReader {
    enum Outcome: Sendable {
        case contents(Data)
        /// No file at the path (or a folder on the way is missing).
        case missing
        /// Larger than the limit, with its size in bytes; not read.
        case tooLarge(Int)
        /// There but not readable: the system's reason.
        case unreadable(String)
    }

    /// `path` is the file's full path.
    static func read(_ path: String, limit: Int = ContentLimits.maxFileBytes) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return code == ENOENT || code == ENOTDIR ? .missing : .unreadable(String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { return .unreadable(String(cString: strerror(EISDIR))) }
        let size = Int(info.st_size)
        guard size <= limit else { return .tooLarge(size) }
        var data = Data(count: size)
        var filled = 0
        let failure: Int32? = data.withUnsafeMutableBytes { buffer in
            while filled < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if count == 0 { break }
                filled += count
            }
            return nil
        }
        if let failure { return .unreadable(String(cString: strerror(failure))) }
        // A file that shrank while it was read is what was there; one that grew is read to its
        // size when it was opened.
        if filled < size { data.count = filled }
        return .contents(data)
    }
}
