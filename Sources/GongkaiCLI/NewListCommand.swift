import ArgumentParser
import GongkaiCore

/// `gongkai new list 村标识 文件名 --title 名称 --columns 列1,列2`: another list of a village.
struct NewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "给一个村（社区）新建其他清单（小微权力清单、社区工作事项清单等）。",
        discussion: "新建 lists/文件名.yaml（清单名称、说明和列名）和 lists/文件名.csv（只有表头，用 Excel 或 WPS 逐行填写）。"
    )

    @Argument(help: "村（社区）的标识（villages/ 下的文件夹名），在哪个乡镇下都可以。")
    var village: String

    @Argument(help: "文件名（不带扩展名），也是网址的一部分：小写英文字母、数字和连字符，如 xiaowei-quanli。")
    var slug: String

    @Option(help: "清单名称，如 小微权力清单。")
    var title: String

    @Option(help: "列名，用逗号隔开，顺序即网页上的顺序，如 序号,事项名称,责任主体,办理流程。")
    var columns: String

    @OptionGroup var folders: NewContentOptions

    func run() throws {
        let result = try NewReport.run { () throws(ScaffoldError) in
            try ListScaffold.create(villageID: village, slug: slug, title: title, columns: columns, content: folders.contentURL)
        }
        NewReport.print(NewReport.created("已新建清单“\(title)”：", result, shownFolder: folders.content), next: [
            "用 Excel 或 WPS 打开 \(slug).csv，在表头下面逐行填写，保存时仍选“CSV UTF-8（逗号分隔）”。",
            "生成网站：gongkai build\(folders.argument)",
        ])
    }
}
