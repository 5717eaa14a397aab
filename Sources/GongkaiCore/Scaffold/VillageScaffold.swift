import Foundation

/// `gongkai new village`: a village folder with `village.yaml` (every field commented), the
/// list tables of its list system and an empty `disclosures/` folder.
public enum VillageScaffold {
    public static func create(
        townshipID: String, id: String, name: String, kind: String, lists: String, content: URL
    ) throws(ScaffoldError) -> ScaffoldResult {
        let index = try ContentFolderIndex(content: content)
        let townshipPath = try index.requireTownship(townshipID)
        try ScaffoldID.village(id, townshipID: townshipID, townshipCode: index.townshipCode(townshipID))
        let name = try ScaffoldText.line(name, label: "名称")
        let kind = try ScaffoldText.choice(kind, label: "类型（--kind）", options: Village.Kind.allCases.map { ($0.rawValue, $0) })
        let system = try ScaffoldText.choice(lists, label: "清单制度（--lists）", options: ListSystem.allCases.map { ($0.rawValue, $0) })
        if let existing = index.villages.first(where: { $0.id == id }) {
            throw ScaffoldError(
                "村（社区）标识“\(id)”已被 \(content.appending(path: existing.path, directoryHint: .inferFromPath).path) 使用。"
                    + "村（社区）的文件夹名在全站必须唯一，换一个标识。")
        }
        var plan = ScaffoldPlan()
        plan.add(files(id: id, name: name, kind: kind, lists: system), under: "\(townshipPath)/villages/\(id)")
        return try ScaffoldWriter.write(plan, into: content)
    }

    /// The village's files, relative to its own folder.
    static func files(id: String, name: String, kind: Village.Kind, lists: ListSystem) -> ScaffoldPlan {
        var plan = ScaffoldPlan()
        plan.files.append(ScaffoldFile(path: "village.yaml", text: villageYAML(id: id, name: name, kind: kind, lists: lists)))
        plan.files += VillageTablesScaffold.files(for: lists)
        plan.emptyFolders.append("disclosures")
        return plan
    }

    private static func villageYAML(id: String, name: String, kind: Village.Kind, lists: ListSystem) -> String {
        var yaml = CommentedYAML()
        yaml.note("村（社区）信息：village.yaml")
        yaml.note("文件夹名“\(id)”就是这个村（社区）在全站唯一的标识，写进网址 /villages/\(id)/，发布后不要再改。")
        yaml.note("格式见 docs/content-format.md 的“村（社区）：villages/<标识>/”一节。“#” 后面是注释，gongkai 不读。")
        yaml.note("选填的字段可以空着；要填写时，把内容写在冒号后面（冒号后面要有一个空格）。")
        yaml.note("清单是同一文件夹里的 CSV 表格，用 Excel 或 WPS 打开填写；每张表的第二行是示例，请改成实际内容或删去。")
        yaml.blank()
        yaml.field("name: \(ScaffoldText.yaml(name))", "必填，名称")
        yaml.field("kind: \(kind.rawValue)", "必填：村 或 社区")
        yaml.field("code:", DivisionCode.isDigits(id)
            ? "选填，12 位行政区划代码；文件夹名已是代码，不用写"
            : "选填，12 位行政区划代码（前 9 位是所属乡镇的代码），用英文双引号括起来")
        yaml.field("address:", "选填，地址")
        yaml.field("station:", "选填，综合服务站（党群服务中心）")
        yaml.field("  name:", "  服务站名称")
        yaml.field("  address:", "  服务站地址")
        yaml.field("  hours:", "  开放时间，如 周一至周五 8:30—17:00")
        yaml.field("  phone:", "  服务站对外公开的电话（座机）")
        yaml.field("contacts:", "选填，对外公开的联系人，每人一项，以“- ”开头；")
        yaml.note("填写时删去下面三行行首的 “# ”：", indent: 2)
        yaml.note("- role: 村党组织书记、村委会主任   # 职务（必填）", indent: 2)
        yaml.note("  name: 王某某                     # 姓名（必填）", indent: 2)
        yaml.note("  phone:                           # 对外公开的电话（选填）", indent: 2)
        yaml.field("households:", "选填，户数（只写数字）")
        yaml.field("population:", "选填，常住人口（只写数字）")
        yaml.field("lists: \(lists.rawValue)", "选填：三项清单 或 四项清单")
        yaml.field("facts:", "选填，计算规划指标用的基础数据")
        yaml.field("  as_of:", "  数据日期，如 2024-12-31")
        yaml.field("  has_facility:", "  是否有综合服务设施：true 或 false")
        yaml.field("  facility_area:", "  综合服务设施建筑面积（平方米，只写数字）")
        yaml.field("  activity_area:", "  其中居民活动区域面积（平方米，只写数字）")
        yaml.field("  community_workers:", "  社区（村）工作者人数")
        yaml.field("  social_workers:", "  持证社会工作者（社工师）人数")
        yaml.field("  self_service_kiosk:", "  是否设有政务通用自助服务终端：true 或 false")
        yaml.field("summary:", ScaffoldText.summaryComment)
        yaml.field("nothing_to_publish:", "选填，公开目录中某期确实无应公开事项时在这里声明，页面显示“本期无应公开事项”")
        yaml.note("- item: caiwu-shouzhi   # 公开目录（catalogue.yaml）中的事项标识", indent: 2)
        yaml.note("  period: 2025-Q1       # 期间：月度 2025-03，季度 2025-Q1，年度 2025", indent: 2)
        return yaml.text
    }
}
