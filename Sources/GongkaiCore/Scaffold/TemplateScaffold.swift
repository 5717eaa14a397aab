import Foundation

/// A copy of the default templates for a new site, read from the templates folder that
/// comes with gongkai, so the webmaster can change the pages of their own site.
enum TemplateScaffold {
    /// Every visible file below `folder`, as files relative to it; fails when the folder is
    /// missing or is not a templates folder.
    static func files(from folder: URL) throws(ScaffoldError) -> ScaffoldPlan {
        let missing = TemplateLibrary.requiredTemplates.filter {
            !FileManager.default.fileExists(atPath: folder.appending(path: "\($0).mustache", directoryHint: .inferFromPath).path)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
              missing.isEmpty
        else {
            throw ScaffoldError(
                "找不到默认模板文件夹 \(folder.path)（要有 layout.mustache 等模板）。"
                    + "请在 gongkai 的源代码文件夹里运行这条命令，或用 --templates 指明 gongkai 自带的 templates 文件夹的位置。")
        }
        var plan = ScaffoldPlan()
        for relative in visibleFiles(in: folder) {
            do {
                plan.files.append(ScaffoldFile(path: relative, contents: try Data(contentsOf: folder.appending(path: relative, directoryHint: .inferFromPath))))
            } catch {
                throw ScaffoldError("无法读取模板文件 \(folder.appending(path: relative, directoryHint: .inferFromPath).path)：\(error.localizedDescription)")
            }
        }
        return plan
    }

    /// Files below `folder`, relative to it and sorted, leaving out hidden files and folders.
    private static func visibleFiles(in folder: URL) -> [String] {
        var files: [String] = []
        func walk(_ relative: String) {
            let url = relative.isEmpty ? folder : folder.appending(path: relative, directoryHint: .inferFromPath)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder.appending(path: path, directoryHint: .inferFromPath).path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue { walk(path) } else { files.append(path) }
            }
        }
        walk("")
        return files
    }
}
