import Foundation

/// A file past a size limit without writing its bytes: `start`, then a hole up to `size` bytes.
enum SparseFile {
    struct CannotCreate: Error {
        var path: String
    }

    static func create(atPath path: String, size: Int, startingWith start: Data = Data()) throws {
        guard FileManager.default.createFile(atPath: path, contents: start),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw CannotCreate(path: path) }
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }
}
