import ArgumentParser
import GongkaiCore

/// `gongkai new disclosure 村标识 文件名 --title … --category … --period … --date …`.
struct NewDisclosureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclosure",
        abstract: "给一个村（社区）新建一条村（居）务公开。",
        discussion: "新建 disclosures/文件名.md：前言写好标题、类别、期间和公开日期（都有注释），正文是说明，换成公开的内容即可。"
    )

    @Argument(help: "村（社区）的标识（villages/ 下的文件夹名），在哪个乡镇下都可以。")
    var village: String

    @Argument(help: "文件名（不带 .md），也是网址的一部分：小写英文字母、数字和连字符，如 2025-q1-caiwu。")
    var slug: String

    @Option(help: "标题，如 2025年第一季度财务收支公开。")
    var title: String

    @Option(help: "公开类别：党务、村务 或 财务。")
    var category: String

    @Option(help: "公开期间：月度 2025-03，季度 2025-Q1，年度 2025，一事一公开写 专项。")
    var period: String

    @Option(help: "公开日期，写成 年-月-日，如 2025-04-05。")
    var date: String

    @OptionGroup var folders: NewContentOptions

    func run() throws {
        let result = try NewReport.run { () throws(ScaffoldError) in
            try DisclosureScaffold.create(
                villageID: village, slug: slug, title: title, category: category, period: period, date: date, content: folders.contentURL)
        }
        NewReport.print(
            NewReport.created("已新建公开内容“\(title)”：", result, shownFolder: folders.content),
            next: ["打开这个文件，把前言下面的说明换成公开的内容。", "生成网站：gongkai build\(folders.argument)"],
            note: "注意：发布以后再修改这条内容，要在前言的 corrections 中记录更正；要撤回时写 retraction，不要删除文件。")
    }
}
