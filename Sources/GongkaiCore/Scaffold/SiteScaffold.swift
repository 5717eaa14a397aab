import Foundation

/// `gongkai new site`: a complete new site in an empty folder: `content/` (site settings, a
/// minimal plan, an about page, an example township with an example village and one
/// disclosure) and `templates/` (a copy of the default templates). It builds as it is.
public enum SiteScaffold {
    public static let exampleTownshipID = "shili-zhen"
    public static let exampleVillageID = "shili-cun"
    public static let exampleDisclosureSlug = "2025-q1-caiwu"

    public static func create(in folder: URL, templates: URL) throws(ScaffoldError) -> ScaffoldResult {
        try checkEmpty(folder)
        var plan = ScaffoldPlan()
        plan.add(contentFiles(), under: "content")
        plan.add(try TemplateScaffold.files(from: templates), under: "templates")
        return try ScaffoldWriter.write(plan, into: folder)
    }

    /// The folder may not exist yet; if it does, it may hold hidden files only (such as `.git`).
    private static func checkEmpty(_ folder: URL) throws(ScaffoldError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw ScaffoldError("\(folder.path) 是一个文件，不是文件夹。请给一个新文件夹的名字。")
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        guard entries.isEmpty else {
            let shown = entries.prefix(5).joined(separator: "、") + (entries.count > 5 ? "等" : "")
            throw ScaffoldError(
                "文件夹 \(folder.path) 不是空的（里面有 \(shown)）。gongkai new site 只在新文件夹或空文件夹里新建网站，"
                    + "不会改动已有的文件；请换一个文件夹。")
        }
    }

    /// Everything below `content/`.
    static func contentFiles() -> ScaffoldPlan {
        var plan = ScaffoldPlan()
        plan.files.append(ScaffoldFile(path: "site.yaml", text: siteYAML()))
        plan.add(PlanScaffold.files(), under: "plan")
        plan.files.append(ScaffoldFile(path: "pages/about.md", text: aboutPage()))
        let township = "townships/\(exampleTownshipID)"
        plan.add(TownshipScaffold.files(id: exampleTownshipID, name: "示例镇", kind: .zhen), under: township)
        let village = "\(township)/villages/\(exampleVillageID)"
        plan.add(VillageScaffold.files(id: exampleVillageID, name: "示例村", kind: .village, lists: .three), under: village)
        var disclosure = ScaffoldPlan()
        disclosure.files.append(DisclosureScaffold.file(
            slug: exampleDisclosureSlug, title: "2025年第一季度财务收支公开（示例）", category: .finance, period: "2025-Q1",
            date: CalendarDate(year: 2025, month: 4, day: 10)!))
        plan.add(disclosure, under: village)
        return plan
    }

    private static func siteYAML() -> String {
        var yaml = CommentedYAML()
        yaml.note("站点配置：site.yaml，格式见 docs/content-format.md 的“site.yaml：站点配置”一节。")
        yaml.note("“#” 后面是注释，gongkai 不读；缩进只能用空格，不能用 Tab。选填的字段可以空着。")
        yaml.blank()
        yaml.field("title: 某某县村(居)务公开网", "必填，网站名称：把“某某县”改成本县（市、区）的名称")
        yaml.field("region: 某某县", "必填，本站所属的县（市、区）")
        yaml.field("base_url:", "选填，网站正式网址，如 https://www.example.gov.cn/gongkai/；命令行 --base-url 优先")
        yaml.field("description: 某某县城乡社区服务体系建设规划及村（社区）务公开信息。", "选填，网站简介")
        yaml.field("publisher: 某某县民政局", "选填，主办单位，显示在页脚")
        yaml.field("privacy: refuse", "选填：refuse（默认，发现身份证号、手机号、银行卡号就报错，不生成）")
        yaml.note("或 mask（把这些号码遮盖后发布）", indent: 34)
        return yaml.text
    }

    private static func aboutPage() -> String {
        var yaml = CommentedYAML()
        yaml.commentColumn = 24
        yaml.note("说明性页面：pages/about.md。两行 --- 之间是“前言”，下面是正文（Markdown）。")
        yaml.field("title: 关于本站", "必填，页面标题")
        yaml.field("slug: about", "选填，网址中的标识（小写英文字母、数字、连字符），默认用文件名")
        yaml.field("order: 1", "选填，在导航中的顺序，数字小的在前")
        yaml.field("menu: true", "选填，是否放进页面顶部导航：true 或 false（默认）")
        let body = """
            在这里介绍本站：主办单位、公开哪些内容、多久更新一次、对公开内容有疑问时向谁反映。写好后删去这一段说明。

            正文用 Markdown 书写（GitHub 风格，支持表格）；每个 Markdown 文件生成一个页面，要加页面就在 pages/ 里再建一个 .md 文件。
            """
        return "---\n" + yaml.text + "---\n" + body + "\n"
    }
}
