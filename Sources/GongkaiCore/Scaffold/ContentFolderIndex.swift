import Foundation
import Yams

/// The townships and villages already in a content folder, found by their folder names, so a
/// scaffold can refuse an id that is taken and find the village a piece belongs to.
struct ContentFolderIndex {
    /// One village folder: its township's id, its own id and its path in the content folder.
    struct VillageEntry {
        var townshipID: String
        var id: String
        var path: String
    }

    let content: URL
    let townshipIDs: [String]
    let villages: [VillageEntry]

    /// Fails when the content folder does not exist.
    init(content: URL) throws(ScaffoldError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScaffoldError(
                "找不到内容文件夹 \(content.path)。先用 gongkai new site 新建网站，或用 --content 指明内容文件夹。")
        }
        self.content = content
        townshipIDs = FolderListing.folders(in: content.appending(path: ContentPaths.townships, directoryHint: .isDirectory))
        villages = ContentPaths.villageFolders(in: content).map { VillageEntry(townshipID: $0.township, id: $0.id, path: $0.path) }
    }

    func townshipPath(_ id: String) -> String { ContentPaths.township(id) }

    /// The township's folder, or an error listing the townships there are.
    func requireTownship(_ id: String) throws(ScaffoldError) -> String {
        guard townshipIDs.contains(id) else {
            let known = townshipIDs.isEmpty ? "内容文件夹里还没有乡镇（街道）" : "已有的乡镇（街道）：\(townshipIDs.joined(separator: "、"))"
            throw ScaffoldError(
                "找不到乡镇（街道）“\(id)”（\(content.appending(path: townshipPath(id), directoryHint: .inferFromPath).path)）。\(known)。"
                    + "先用 gongkai new township 新建它。")
        }
        return townshipPath(id)
    }

    /// The village's folder under whichever township holds it, or an error.
    func requireVillage(_ id: String) throws(ScaffoldError) -> VillageEntry {
        guard let entry = villages.first(where: { $0.id == id }) else {
            let known = villages.isEmpty ? "内容文件夹里还没有村（社区）" : "已有的村（社区）：\(villages.map(\.id).joined(separator: "、"))"
            throw ScaffoldError("找不到村（社区）“\(id)”。\(known)。先用 gongkai new village 新建它。")
        }
        return entry
    }

    /// The township's 9-digit code: its folder name when that is a code, else the `code` field
    /// of its `township.yaml` (nil when it has none or the file cannot be read).
    func townshipCode(_ id: String) -> String? {
        if DivisionCode.isDigits(id) { return id }
        let url = content.appending(path: "\(townshipPath(id))/township.yaml", directoryHint: .inferFromPath)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8),
              let fields = (try? Yams.load(yaml: text)) as? [String: Any],
              let code = fields["code"]
        else { return nil }
        let digits = "\(code)"
        return DivisionCode.isDigits(digits) && digits.count == 9 ? digits : nil
    }
}
