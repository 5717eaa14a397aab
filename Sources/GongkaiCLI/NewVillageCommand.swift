import ArgumentParser
import GongkaiCore

/// `gongkai new village 乡镇标识 标识 --name 名称 --kind 村`: a village (or community) folder.
struct NewVillageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "village",
        abstract: "在一个乡镇（街道）下新建村（社区）。",
        discussion: """
            新建 village.yaml（每个字段都有注释）、services.csv 和三项清单的 needs.csv、resources.csv、projects.csv\
            （四项清单还有 responsibilities.csv），每张表有表头和一行示例；以及空的 disclosures/ 文件夹。\
            村（社区）标识在全站已被使用、所属乡镇（街道）不存在时不新建。
            """
    )

    @Argument(help: "所属乡镇（街道）的标识（townships/ 下的文件夹名）。")
    var township: String

    @Argument(help: "标识，全站唯一，也是文件夹名和网址的一部分：12 位行政区划代码（前 9 位是乡镇的代码），或小写英文字母、数字和连字符。")
    var id: String

    @Option(help: "名称，如 六道沟村。")
    var name: String

    @Option(help: "类型：村 或 社区。")
    var kind: String

    @Option(help: "清单制度：三项清单 或 四项清单。")
    var lists: String = "三项清单"

    @OptionGroup var folders: NewContentOptions

    func run() throws {
        let result = try NewReport.run { () throws(ScaffoldError) in
            try VillageScaffold.create(townshipID: township, id: id, name: name, kind: kind, lists: lists, content: folders.contentURL)
        }
        NewReport.print(NewReport.created("已新建村（社区）“\(name)”（\(lists)）：", result, shownFolder: folders.content), next: [
            "按注释填写 village.yaml；用 Excel 或 WPS 打开各个 CSV 表格填写，第二行是示例，请改成实际内容或删去。",
            "发布公开内容：gongkai new disclosure \(id) 2025-q1-caiwu --title 标题 --category 财务 --period 2025-Q1 --date 2025-04-10\(folders.argument)",
            "生成网站：gongkai build\(folders.argument)",
        ])
    }
}
