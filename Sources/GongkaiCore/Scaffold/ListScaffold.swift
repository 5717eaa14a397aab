import Foundation

/// `gongkai new list`: another list of a village (小微权力清单, 社区工作事项清单…):
/// `lists/<slug>.yaml` with its columns and `lists/<slug>.csv` with the header row.
public enum ListScaffold {
    public static func create(
        villageID: String, slug: String, title: String, columns: String, content: URL
    ) throws(ScaffoldError) -> ScaffoldResult {
        try ScaffoldID.slug(slug, what: "清单的文件名", example: "xiaowei-quanli")
        let title = try ScaffoldText.line(title, label: "清单名称")
        let names = try parseColumns(columns)
        let village = try ContentFolderIndex(content: content).requireVillage(villageID)
        let folder = content.appending(path: village.path, directoryHint: .inferFromPath)
        for name in ["\(slug).yaml", "\(slug).csv"] {
            let url = folder.appending(path: "lists/\(name)", directoryHint: .inferFromPath)
            if FileManager.default.fileExists(atPath: url.path) {
                throw ScaffoldError("已有文件 \(url.path)，这个清单已经有了。换一个文件名，或直接修改它。")
            }
        }
        var plan = ScaffoldPlan()
        plan.add(files(slug: slug, title: title, columns: names), under: village.path)
        return try ScaffoldWriter.write(plan, into: content)
    }

    /// `列1,列2,列3` (English or Chinese commas) as column names: none empty, none twice.
    static func parseColumns(_ text: String) throws(ScaffoldError) -> [String] {
        let names = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
            throw ScaffoldError("列名（--columns）要写成用逗号隔开的几个名称，如 序号,事项名称,责任主体，不能有空的列名。")
        }
        var seen: Set<String> = []
        for name in names {
            _ = try ScaffoldText.line(name, label: "列名")
            guard seen.insert(TableSchema.normalize(name)).inserted else { throw ScaffoldError("列名“\(name)”写了两次。") }
        }
        return names
    }

    /// The list's two files, relative to the village folder.
    static func files(slug: String, title: String, columns: [String]) -> ScaffoldPlan {
        var yaml = CommentedYAML()
        yaml.note("其他清单：lists/\(slug).yaml，数据在同名的 lists/\(slug).csv 里（用 Excel 或 WPS 打开，逐行填写）。")
        yaml.note("文件名“\(slug)”是网址的一部分，发布后不要再改。格式见 docs/content-format.md 的“其他清单：lists/”一节。")
        yaml.note("“#” 后面是注释，gongkai 不读。")
        yaml.blank()
        yaml.field("title: \(ScaffoldText.yaml(title))", "必填，清单名称")
        yaml.field("description:", "选填，清单说明（Markdown）")
        yaml.field(
            "columns: [\(columns.map { ScaffoldText.yaml($0, flow: true) }.joined(separator: ", "))]",
            "必填，列名，顺序即网页上的顺序；\(slug).csv 的表头必须正好是这些列")
        var plan = ScaffoldPlan()
        plan.files.append(ScaffoldFile(path: "lists/\(slug).yaml", text: yaml.text))
        plan.files.append(ScaffoldFile(path: "lists/\(slug).csv", csvRows: [columns]))
        return plan
    }
}
