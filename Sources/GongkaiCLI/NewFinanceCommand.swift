import ArgumentParser
import GongkaiCore

/// `gongkai new finance 村标识 期间 --date …`: the next period of a village's 财务公开 as data.
struct NewFinanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finance",
        abstract: "给一个村（社区）新建一期财务公开（收支明细表和余额文件）。",
        discussion: """
            新建 finance/期间.yaml（期初、期末余额和审核，都有注释）和只有表头的 finance/期间.csv（收支明细）。\
            期初余额接着最近一期的期末余额；新的一期要紧接在最近一期之后。收支明细还没填时，期末余额等于期初余额，照样能生成网站。
            """
    )

    @Argument(help: "村（社区）的标识（villages/ 下的文件夹名），在哪个乡镇下都可以。")
    var village: String

    @Argument(help: "期间：按月公开写 2025-03，按季度公开写 2025-Q1。")
    var period: String

    @Option(help: "公开日期，写成 年-月-日，不能早于本期的最后一天，如 2025-04-10。")
    var date: String

    @Option(help: "审核的民主理财小组（或村务监督委员会），默认为“村名民主理财小组”。")
    var reviewer: String?

    @Option(help: "审核日期，不能晚于公开日期；默认与公开日期相同。")
    var reviewedOn: String?

    @OptionGroup var folders: NewContentOptions

    func run() throws {
        let result = try NewReport.run { () throws(ScaffoldError) in
            try FinanceScaffold.create(
                villageID: village, period: period, date: date, reviewer: reviewer, reviewedOn: reviewedOn, content: folders.contentURL)
        }
        let table = result.files.first { $0.hasSuffix(".csv") }.map { NewReport.path(folders.content, $0) } ?? "收支明细表"
        let balances = result.files.first { $0.hasSuffix(".yaml") }.map { NewReport.path(folders.content, $0) } ?? "余额文件"
        NewReport.print(
            NewReport.created("已新建一期财务公开：", result, shownFolder: folders.content),
            next: [
                "用 Excel 或 WPS 打开 \(table)，每一笔收入或支出写一行，仍保存为 CSV。",
                "在 \(balances) 中把 closing_balance 改为 期初余额 + 本期收入 − 本期支出。",
                "填好以后生成网站：gongkai build\(folders.argument)（填写时可以用 gongkai serve 预览，预览不算公开）。",
            ],
            note: "注意：gongkai build 生成到网站文件夹，这一期就算已经公开。以后再修改它的收支或余额，要在 .yaml 的 corrections 中"
                + "记录更正；已发布的一期不能删除。")
    }
}
