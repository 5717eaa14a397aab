import Foundation

/// Applies an incremental build to the output: files staged in the delta folder replace or
/// join the output's, and files no longer produced are removed. Every file it replaces or
/// removes is first moved to a backup folder; if any step fails, everything is moved back,
/// so the published output is either the old one or the new one.
struct DeltaCommit {
    let output: URL
    let delta: URL
    /// Paths (relative to the output) staged in the delta folder.
    let staged: [String]
    /// Paths to remove from the output.
    let removed: [String]

    func apply() throws(OutputWriter.Failure) {
        let manager = FileManager.default
        let backup = output.deletingLastPathComponent()
            .appending(path: ".\(output.lastPathComponent).backup-\(ProcessInfo.processInfo.processIdentifier)", directoryHint: .inferFromPath)
        try? manager.removeItem(at: backup)
        var movedAside: [String] = []
        var placed: [String] = []
        func rollBack() {
            for path in placed.reversed() { try? manager.removeItem(at: output.appending(path: path, directoryHint: .inferFromPath)) }
            for path in movedAside.reversed() {
                try? manager.moveItem(at: backup.appending(path: path, directoryHint: .inferFromPath), to: output.appending(path: path, directoryHint: .inferFromPath))
            }
            try? manager.removeItem(at: backup)
            try? manager.removeItem(at: delta)
        }
        do {
            for path in staged + removed where manager.fileExists(atPath: output.appending(path: path, directoryHint: .inferFromPath).path) {
                let target = backup.appending(path: path, directoryHint: .inferFromPath)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.moveItem(at: output.appending(path: path, directoryHint: .inferFromPath), to: target)
                movedAside.append(path)
            }
            for path in staged {
                let target = output.appending(path: path, directoryHint: .inferFromPath)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.moveItem(at: delta.appending(path: path, directoryHint: .inferFromPath), to: target)
                placed.append(path)
            }
        } catch {
            rollBack()
            throw OutputWriter.failure(output, "更新输出文件夹时出错，已恢复原样：\(error.localizedDescription)")
        }
        try? manager.removeItem(at: backup)
        try? manager.removeItem(at: delta)
        removeEmptyFolders(above: removed)
    }

    /// A clean build has no empty folders; removing a village's files must not leave its.
    private func removeEmptyFolders(above paths: [String]) {
        let manager = FileManager.default
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let url = output.appending(path: folder, directoryHint: .inferFromPath)
            if let entries = try? manager.contentsOfDirectory(atPath: url.path), entries.isEmpty {
                try? manager.removeItem(at: url)
            }
        }
    }
}
