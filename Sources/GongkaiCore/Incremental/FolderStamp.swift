import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A SHA-256 over what the file system says about every file below a folder, without reading
/// any: relative path, size, inode, and the modification and change times to the
/// nanosecond (as git's index does). Any write to a file changes its change time, which no
/// program can set back, so an equal stamp means the folder's files are the ones last read.
/// A different stamp only means the folder is read again; whether its pages change is then
/// decided by the content digests of `InputFingerprints`.
enum FolderStamp {
    static func of(_ folder: URL) -> String {
        var digest = InputFingerprints.Digest()
        let root = folder.path
        for path in DirectoryWalker.files(under: folder) {
            var info = stat()
            digest.add(path)
            guard lstat(root + "/" + path, &info) == 0 else {
                digest.add("(gone)")
                continue
            }
            digest.add(
                "\(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)")
        }
        return digest.finish()
    }
}
