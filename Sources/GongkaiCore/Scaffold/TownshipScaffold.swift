import Foundation

/// `gongkai new township`: `townships/<id>/township.yaml` with every field commented, and an
/// empty `villages/` folder.
public enum TownshipScaffold {
    public static func create(id: String, name: String, kind: String, content: URL) throws(ScaffoldError) -> ScaffoldResult {
        try ScaffoldID.township(id)
        let name = try ScaffoldText.line(name, label: "名称")
        let kind = try ScaffoldText.choice(kind, label: "类型（--kind）", options: Township.Kind.allCases.map { ($0.rawValue, $0) })
        let index = try ContentFolderIndex(content: content)
        if index.townshipIDs.contains(id) {
            throw ScaffoldError("乡镇（街道）“\(id)”已经有了：\(content.appending(path: index.townshipPath(id), directoryHint: .inferFromPath).path)。换一个标识，或直接修改它的 township.yaml。")
        }
        var plan = ScaffoldPlan()
        plan.add(files(id: id, name: name, kind: kind), under: index.townshipPath(id))
        return try ScaffoldWriter.write(plan, into: content)
    }

    /// The township's files, relative to its own folder.
    static func files(id: String, name: String, kind: Township.Kind) -> ScaffoldPlan {
        var yaml = CommentedYAML()
        yaml.note("乡镇（街道）信息：townships/\(id)/township.yaml")
        yaml.note("文件夹名“\(id)”就是这个乡镇（街道）的标识，写进网址 /townships/\(id)/，发布后不要再改。")
        yaml.note("格式见 docs/content-format.md 的“townships/：乡镇（街道）”一节。“#” 后面是注释，gongkai 不读。")
        yaml.note("选填的字段可以空着；要填写时，把内容写在冒号后面（冒号后面要有一个空格）。")
        yaml.blank()
        yaml.field("name: \(ScaffoldText.yaml(name))", "必填，名称")
        yaml.field("kind: \(kind.rawValue)", "必填：乡、镇 或 街道")
        yaml.field("code:", DivisionCode.isDigits(id)
            ? "选填，9 位行政区划代码；文件夹名已是代码，不用写"
            : "选填，9 位行政区划代码，用英文双引号括起来，如 \"220681100\"")
        yaml.field("address:", "选填，地址")
        yaml.field("phone:", "选填，乡镇（街道）对外公开的办公电话（座机）")
        yaml.field("summary:", ScaffoldText.summaryComment)
        var plan = ScaffoldPlan()
        plan.files.append(ScaffoldFile(path: "township.yaml", text: yaml.text))
        plan.emptyFolders.append("villages")
        return plan
    }
}
