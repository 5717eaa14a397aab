import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a scaffold into a folder without ever replacing anything: every target is checked
/// before the first byte is written, each file is created with `O_EXCL`, and when anything
/// fails the files and folders already created are removed again.
enum ScaffoldWriter {
    static func write(_ plan: ScaffoldPlan, into root: URL) throws(ScaffoldError) -> ScaffoldResult {
        let fileManager = FileManager.default
        for file in plan.files where fileManager.fileExists(atPath: root.appending(path: file.path, directoryHint: .inferFromPath).path) {
            throw ScaffoldError("已有文件 \(root.appending(path: file.path, directoryHint: .inferFromPath).path)，gongkai new 不会覆盖已有的文件。")
        }
        var created = CreatedItems()
        do {
            for file in plan.files {
                let url = root.appending(path: file.path, directoryHint: .inferFromPath)
                try ensureFolder(url.deletingLastPathComponent(), created: &created)
                try createFile(url, contents: file.contents)
                created.files.append(url)
            }
            for folder in plan.emptyFolders {
                try ensureFolder(root.appending(path: folder, directoryHint: .inferFromPath), created: &created)
            }
        } catch {
            created.removeAll()
            throw error
        }
        let empty = plan.emptyFolders.filter { folder in !plan.files.contains { $0.path.hasPrefix(folder + "/") } }
        return ScaffoldResult(folder: root, files: plan.files.map(\.path), emptyFolders: empty)
    }

    /// What this run created, to take back on failure.
    private struct CreatedItems {
        var files: [URL] = []
        var folders: [URL] = []

        func removeAll() {
            for url in files.reversed() { try? FileManager.default.removeItem(at: url) }
            for url in folders.reversed() { try? FileManager.default.removeItem(at: url) }
        }
    }

    private static func ensureFolder(_ url: URL, created: inout CreatedItems) throws(ScaffoldError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ScaffoldError("\(url.path) 是一个文件，不是文件夹，无法在里面新建文件。") }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try ensureFolder(parent, created: &created) }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw ScaffoldError("无法新建文件夹 \(url.path)：\(error.localizedDescription)")
        }
        created.folders.append(url)
    }

    /// Creates `url` and writes `contents`; fails if the file already exists.
    private static func createFile(_ url: URL, contents: Data) throws(ScaffoldError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw ScaffoldError("已有文件 \(url.path)，gongkai new 不会覆盖已有的文件。") }
            throw ScaffoldError("无法新建文件 \(url.path)：\(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        let failure: Int32? = contents.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
        if let failure {
            unlink(url.path)
            throw ScaffoldError("无法写入文件 \(url.path)：\(String(cString: strerror(failure)))")
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }
}
