import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai new site 文件夹`: a whole new site (content and a copy of the templates).
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "在一个新的（或空的）文件夹里新建整个网站。",
        discussion: """
            新建 content/（站点配置、规划、说明页面、一个示例镇和它下面的一个示例村及一条公开内容）\
            和 templates/（默认模板的副本）。文件夹已有文件时不新建任何东西。
            """
    )

    @Argument(help: "新网站的文件夹：不存在的，或空的文件夹。")
    var folder: String

    @Option(name: [.customShort("t"), .long], help: "gongkai 自带的默认模板文件夹，复制为新网站的 templates/。")
    var templates: String = "templates"

    func run() throws {
        let result = try NewReport.run { () throws(ScaffoldError) in
            try SiteScaffold.create(in: URL(fileURLWithPath: folder), templates: URL(fileURLWithPath: templates))
        }
        let templateCount = result.files.filter { $0.hasPrefix("templates/") }.count
        var lines = NewReport.created("已新建网站 \(folder)：", result, shownFolder: folder, skipping: "templates/")
        lines.append("  " + NewReport.path(folder, "templates/") + "（默认模板的副本，共 \(templateCount) 个文件）")
        let township = "content/townships/\(SiteScaffold.exampleTownshipID)/"
        let village = township + "villages/\(SiteScaffold.exampleVillageID)/"
        NewReport.print(lines, next: [
            "进入网站文件夹：cd \(NewReport.shellQuoted(folder))",
            "按各文件里的注释填写 content/site.yaml 和 content/plan/ 里的规划（示例内容照本县规划原文改写）。",
            "示例镇 \(township) 和示例村 \(village) 可以改成实际的乡镇和村（社区），也可以删去，再新建实际的：\n"
                + "       gongkai new township 220681100 --name 某某镇 --kind 镇\n"
                + "       gongkai new village 220681100 220681100201 --name 某某村 --kind 村\n"
                + "       gongkai new disclosure 220681100201 2025-q2-caiwu --title 2025年第二季度财务收支公开 --category 财务 --period 2025-Q2 --date 2025-07-10\n"
                + "       gongkai new list 220681100201 xiaowei-quanli --title 小微权力清单 --columns 序号,事项名称,责任主体,办理流程",
            "生成网站：gongkai build（生成到 public/；有问题时列出文件、行号和修改建议）。",
        ], note: "示例公开内容请在第一次生成之前改写或删去：生成过的公开内容再改动，需要写更正记录（见 docs/content-format.md）。"
            + "在本机预览请用 gongkai serve，它不把预览当成正式发布。")
    }
}
