import Foundation

/// Static files shipped with the templates (`templates/assets/`: the stylesheet, icons),
/// copied unchanged to `assets/` in the output.
enum StaticAssets {
    static func collect(from templatesFolder: URL, diagnostics: DiagnosticBag) -> [OutputFile] {
        let assets = templatesFolder.appending(path: "assets", directoryHint: .inferFromPath)
        guard let enumerator = FileManager.default.enumerator(atPath: assets.path) else { return [] }
        var files: [OutputFile] = []
        for case let relative as String in enumerator {
            let url = assets.appending(path: relative, directoryHint: .inferFromPath)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            do {
                files.append(OutputFile(path: "assets/" + relative, contents: try Data(contentsOf: url)))
            } catch {
                diagnostics.error(
                    .assetUnreadable, at: SourceLocation(file: "\(templatesFolder.lastPathComponent)/assets/\(relative)"),
                    "无法读取静态文件：\(error.localizedDescription)")
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
