import Foundation

/// The files below some folders with their sizes and modification times: taken every half
/// second by `gongkai serve`, a difference between two snapshots means "rebuild".
struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
    }

    private(set) var files: [String: Stamp] = [:]

    init(_ folders: [URL]) {
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]) else {
                continue
            }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]),
                      values.isRegularFile == true
                else { continue }
                files[url.path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
    }
}
