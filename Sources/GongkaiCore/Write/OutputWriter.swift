import Foundation

/// The write stage. The whole site is written into a staging folder beside the output folder
/// and moved into place only once every file is written: a build that fails at any point
/// leaves the previously published folder exactly as it was.
///
/// The output folder carries a marker file (`.gongkai-output`) so that gongkai never replaces
/// a folder it did not create.
public enum OutputWriter {
    public static let markerName = ".gongkai-output"

    public struct Failure: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    /// How the new output differs from the folder it replaced.
    public struct Changes: Sendable, Equatable {
        public var added = 0
        public var changed = 0
        public var unchanged = 0
        public var removed = 0
    }

    /// Checks that replacing `output` cannot destroy the content, the templates or anything
    /// that is not a previous build.
    static func checkSafe(output: URL, protected: [URL]) -> Diagnostic? {
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path
        let location = SourceLocation(file: output.path)
        if outputPath == "/" || outputPath == FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path {
            return Diagnostic(.outputUnsafe, at: location, message: "不能把网站输出到 \(outputPath)")
        }
        for folder in protected {
            let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if path == outputPath || path.hasPrefix(outputPath + "/") {
                return Diagnostic(.outputUnsafe, at: location, message: "输出文件夹 \(output.path) 包含或就是 \(folder.path)，生成时会把它覆盖")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                return Diagnostic(.outputNotOurs, at: location, message: "\(output.path) 是一个文件，不是文件夹")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
            let marker = output.appending(path: markerName, directoryHint: .inferFromPath).path
            if !entries.isEmpty && !FileManager.default.fileExists(atPath: marker) {
                return Diagnostic(.outputNotOurs, at: location, message: "输出文件夹 \(output.path) 里已有不是 gongkai 生成的文件")
            }
        }
        return nil
    }

    /// Writes `files` as the new content of `output`, atomically replacing the old one.
    @discardableResult
    public static func write(_ files: [OutputFile], to output: URL) throws(Failure) -> Changes {
        let staging = try StagingFolder(for: output)
        do {
            try staging.write(files + [marker])
        } catch {
            staging.abandon()
            throw error
        }
        let changes = compare(files, with: FileManager.default.fileExists(atPath: output.path) ? output : nil)
        try staging.commit()
        return changes
    }

    /// The file that marks a folder as gongkai's output.
    static let marker = OutputFile(path: markerName, text: "此文件夹由 gongkai 生成，每次生成时整体替换。\n")

    static func failure(_ output: URL, _ message: String) -> Failure {
        Failure(diagnostic: Diagnostic(.outputWriteFailed, at: SourceLocation(file: output.path), message: message))
    }

    /// Counts files added, changed and unchanged against the previous output, and removed.
    static func compare(_ files: [OutputFile], with previous: URL?) -> Changes {
        var changes = compareFiles(files, with: previous)
        changes.removed = countRemoved(from: previous, keeping: Set(files.map(\.path)))
        return changes
    }

    /// Added, changed and unchanged, for some files of a build.
    static func compareFiles(_ files: [OutputFile], with previous: URL?) -> Changes {
        var changes = Changes()
        guard let previous else {
            changes.added = files.count
            return changes
        }
        for file in files {
            guard let old = FileManager.default.contents(atPath: previous.appending(path: file.path, directoryHint: .inferFromPath).path) else {
                changes.added += 1
                continue
            }
            if old == file.contents { changes.unchanged += 1 } else { changes.changed += 1 }
        }
        return changes
    }

    /// Files of the previous output that the new one no longer has.
    static func countRemoved(from previous: URL?, keeping paths: Set<String>) -> Int {
        guard let previous else { return 0 }
        return filesOf(previous).filter { $0 != markerName && !paths.contains($0) }.count
    }

    /// Every file below a folder, as relative paths.
    static func filesOf(_ folder: URL) -> [String] {
        DirectoryWalker.files(under: folder)
    }
}

/// Plain POSIX writes: no fsync per file (the swap at the end is what makes the build safe).
enum FileSink {
    struct WriteError: Error, CustomStringConvertible {
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// Makes one folder, whose parent must exist; a folder already there is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw WriteError(code: errno) }
    }

    static func write(_ data: some ContiguousBytes, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(code: errno)
                }
                offset += written
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
