import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A folder beside the output that a build writes into, from several threads at once, and
/// that replaces the output in one move when every file is written. Until then the published
/// output is untouched; if anything fails the staging folder is removed.
final class StagingFolder: @unchecked Sendable {
    let output: URL
    let url: URL
    /// `url.path`: files' paths are joined to it as text, not as URLs (Foundation checks every
    /// URL it builds, which for each of a province's million files was a measurable cost).
    private let root: String
    private let lock = NSLock()
    private var createdFolders: Set<String> = [""]

    init(for output: URL) throws(OutputWriter.Failure) {
        self.output = output
        let pid = ProcessInfo.processInfo.processIdentifier
        url = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).staging-\(pid)", directoryHint: .inferFromPath)
        root = url.path
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.failure(output, "无法创建临时文件夹 \(url.path)：\(error.localizedDescription)")
        }
    }

    /// Writes files (safe to call from several threads for different paths).
    func write(_ files: [OutputFile]) throws(OutputWriter.Failure) {
        // A unit's files come folder by folder: a folder made for one file is not looked up
        // again for the next.
        var lastFolder: Substring?
        for file in files {
            let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { file.path[..<$0] } ?? ""
            do {
                if folder != lastFolder {
                    try ensureFolder(String(folder))
                    lastFolder = folder
                }
                try FileSink.write(file.contents, to: root + "/" + file.path)
            } catch {
                throw OutputWriter.failure(output, "无法写入 \(file.path)：\(error)")
            }
        }
    }

    /// Makes `folder` (relative to the staging folder) and the folders above it that this build
    /// has not made yet. Two threads may make the same folder at once; the second finds it there.
    private func ensureFolder(_ folder: String) throws {
        lock.lock()
        let known = createdFolders.contains(folder)
        lock.unlock()
        guard !known else { return }
        if let slash = folder.lastIndex(of: "/") { try ensureFolder(String(folder[..<slash])) }
        try FileSink.makeFolder(root + "/" + folder)
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }

    /// Moves the staging folder into place of the output (the old output is removed after).
    func commit() throws(OutputWriter.Failure) {
        let manager = FileManager.default
        let retired = output.deletingLastPathComponent()
            .appending(path: ".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)", directoryHint: .inferFromPath)
        let hadOutput = manager.fileExists(atPath: output.path)
        do {
            if hadOutput { try manager.moveItem(at: output, to: retired) }
        } catch {
            abandon()
            throw OutputWriter.failure(output, "无法移开原来的输出文件夹：\(error.localizedDescription)")
        }
        do {
            try manager.moveItem(at: url, to: output)
        } catch {
            if hadOutput { try? manager.moveItem(at: retired, to: output) }
            abandon()
            throw OutputWriter.failure(output, "无法把新生成的网站放到 \(output.path)：\(error.localizedDescription)")
        }
        if hadOutput { try? manager.removeItem(at: retired) }
    }

    func abandon() {
        try? FileManager.default.removeItem(at: url)
    }
}
