import ArgumentParser
import GongkaiCore

/// `gongkai new township 标识 --name 名称 --kind 镇`: a township (or sub-district) folder.
struct NewTownshipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "township",
        abstract: "新建一个乡镇（街道）。",
        discussion: "新建 townships/标识/township.yaml（每个字段都有注释）和空的 villages/ 文件夹。已有同一标识的乡镇（街道）时不新建。"
    )

    @Argument(help: "标识，也是文件夹名和网址的一部分：9 位行政区划代码（如 220681100），或小写英文字母、数字和连字符（如 liudaogou）。")
    var id: String

    @Option(help: "名称，如 六道沟镇。")
    var name: String

    @Option(help: "类型：乡、镇 或 街道。")
    var kind: String

    @OptionGroup var folders: NewContentOptions

    func run() throws {
        let result = try NewReport.run { () throws(ScaffoldError) in
            try TownshipScaffold.create(id: id, name: name, kind: kind, content: folders.contentURL)
        }
        NewReport.print(NewReport.created("已新建乡镇（街道）“\(name)”：", result, shownFolder: folders.content), next: [
            "按注释填写 township.yaml 里的选填项（地址、电话、简介）。",
            "新建它下面的村（社区）：gongkai new village \(id) 村（社区）标识 --name 名称 --kind 村\(folders.argument)",
            "生成网站：gongkai build\(folders.argument)",
        ])
    }
}
