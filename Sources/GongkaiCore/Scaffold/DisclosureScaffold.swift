import Foundation

/// `gongkai new disclosure`: `disclosures/<slug>.md` in a village folder, with its front
/// matter commented and a body that says what to write there.
public enum DisclosureScaffold {
    public static func create(
        villageID: String, slug: String, title: String, category: String, period: String, date: String, content: URL
    ) throws(ScaffoldError) -> ScaffoldResult {
        try ScaffoldID.slug(slug, what: "公开内容的文件名", example: "2025-q1-caiwu")
        let title = try ScaffoldText.line(title, label: "标题")
        let category = try ScaffoldText.choice(
            category, label: "公开类别（--category）", options: Disclosure.Category.allCases.map { ($0.rawValue, $0) })
        let period = period.trimmingCharacters(in: .whitespaces)
        guard DisclosurePeriod(period) != nil else {
            throw ScaffoldError("公开期间“\(period)”无法识别：月度写 2025-03，季度写 2025-Q1，年度写 2025，一事一公开写 专项。")
        }
        guard let day = CalendarDate(date.trimmingCharacters(in: .whitespaces)) else {
            throw ScaffoldError("公开日期“\(date)”不是有效的日期，写成 年-月-日，如 2025-04-05。")
        }
        let village = try ContentFolderIndex(content: content).requireVillage(villageID)
        var disclosure = ScaffoldPlan()
        disclosure.files.append(file(slug: slug, title: title, category: category, period: period, date: day))
        var plan = ScaffoldPlan()
        plan.add(disclosure, under: village.path)
        return try ScaffoldWriter.write(plan, into: content)
    }

    /// The disclosure file, relative to its village folder.
    static func file(slug: String, title: String, category: Disclosure.Category, period: String, date: CalendarDate) -> ScaffoldFile {
        var yaml = CommentedYAML()
        yaml.commentColumn = 28
        yaml.note("村（居）务公开：disclosures/\(slug).md。文件名就是网址的一部分，发布后不要再改。")
        yaml.note("格式见 docs/content-format.md 的“村（居）务公开：disclosures/”一节。“#” 后面是注释，gongkai 不读。")
        yaml.field("title: \(ScaffoldText.yaml(title))", "必填，标题")
        yaml.field("category: \(category.rawValue)", "必填：党务、村务 或 财务")
        yaml.field("period: \(period)", "必填：月度 2025-03，季度 2025-Q1，年度 2025，一事一公开写 专项")
        yaml.field("published_on: \(date)", "必填，公开日期，写成 年-月-日")
        yaml.note("发布以后再修改（包括标题、类别、期间、日期和正文），每改一次在 corrections 中记一条更正，")
        yaml.note("页面上会注明。填写时删去下面三行行首的 “# ”：")
        yaml.note("corrections:")
        yaml.note("  - date: \(date)              # 更正日期，不能早于公开日期")
        yaml.note("    reason: 更正的原因和内容")
        yaml.note("有附件（会议记录扫描件、明细表等）的，把文件放进 disclosures/\(slug)/ 文件夹，再逐个列出文件名")
        yaml.note("（pdf、jpg、png、xlsx、xls、docx、doc、csv、txt，单个不超过 20 MB）：")
        yaml.note("attachments:")
        yaml.note("  - 会议记录.pdf")
        yaml.note("要撤回已发布的内容，不要删除本文件，而是写明撤回日期和原因（页面标为“已撤回”）：")
        yaml.note("retraction:")
        yaml.note("  date: \(date)")
        yaml.note("  reason: 撤回的原因")
        let body = """
            在这里写公开内容，写好后删去这一段说明。正文用 Markdown 书写，可以用表格，例如财务收支可以列成“项目、收入（元）、支出（元）”三列的表格。

            注意：运行 gongkai build 并发布到网站以后，本条内容就算已经公开，再修改要在前言的 corrections 中记录更正。
            """
        return ScaffoldFile(path: "disclosures/\(slug).md", text: "---\n" + yaml.text + "---\n" + body + "\n")
    }
}
