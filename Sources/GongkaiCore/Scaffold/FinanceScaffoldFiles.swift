/// The two files of a new period of finance data: the yaml with every field commented in
/// Chinese, and the items table with its header only (an example row would be published as a
/// real item if left in, so there is none).
enum FinanceScaffoldFiles {
    struct Period {
        /// The file name without extension: `2025-Q4`, `2025-10`.
        var name: String
        var period: DisclosurePeriod
        var opening: Money
        /// The period the opening balance was carried from, if any.
        var previous: DisclosurePeriod?
        var reviewer: String
        var reviewedOn: CalendarDate
        var publishedOn: CalendarDate
    }

    /// `finance/<name>.yaml` and `finance/<name>.csv`, relative to the village folder.
    static func files(_ period: Period) -> ScaffoldPlan {
        var plan = ScaffoldPlan()
        plan.files.append(ScaffoldFile(path: "\(FinanceLoader.folder)/\(period.name).yaml", text: yaml(period)))
        plan.files.append(ScaffoldFile(path: "\(FinanceLoader.folder)/\(period.name).csv", csvRows: [FinanceOpenData.itemColumns]))
        return plan
    }

    static func yaml(_ period: Period) -> String {
        let name = period.name, balance = period.opening.grouped
        var yaml = CommentedYAML()
        yaml.commentColumn = 36
        yaml.note("财务公开：\(period.period.chinese)。finance/\(name).yaml 写余额和审核，收支明细在同名的 finance/\(name).csv 里。")
        yaml.note("格式见 docs/content-format.md 的“财务公开：finance/”一节。“#” 后面是注释，gongkai 不读。")
        yaml.note("1. 用 Excel 或 WPS 打开 \(name).csv，每一笔收入或支出写一行：收支（收入或支出）、类别、摘要、金额(元)，")
        yaml.note("   凭证号、日期（在本期之内）、备注选填；写好后仍保存为 CSV。小计、合计不用写，gongkai 会算。")
        yaml.note("2. 把 closing_balance 改为：期初余额 + 本期收入合计 − 本期支出合计。算错了 gongkai 会报错并给出正确的数。")
        yaml.note("不改也能生成网站，表示本期没有收支。")
        yaml.blank()
        let carried = period.previous.map { "，等于上一期（\($0.chinese)）的期末余额，已照抄" } ?? "；这是第一期，改成账上的实际余额"
        yaml.field("opening_balance: \(balance)", "必填，期初余额（元）\(carried)")
        yaml.field("closing_balance: \(balance)", "必填，期末余额（元）= 期初余额 + 本期收入 − 本期支出")
        yaml.field("reviewer: \(ScaffoldText.yaml(period.reviewer))", "必填，审核的民主理财小组（或村务监督委员会）")
        yaml.field("reviewed_on: \(period.reviewedOn)", "必填，审核日期，不能晚于公开日期")
        yaml.field("published_on: \(period.publishedOn)", "必填，公开日期，不能早于本期的最后一天")
        yaml.field("note:", "选填，说明（Markdown），显示在余额下面")
        yaml.note("选填：标题，默认为“\(period.period.chinese)财务收支公开”。填写时删去行首的 “# ”：")
        yaml.note("title: \(period.period.chinese)村级财务收支公开")
        yaml.note("选填：本期算作公开目录（catalogue.yaml）中的哪个事项。不写时，算作本村唯一一个按月或按季度公开的")
        yaml.note("财务事项；这样的事项不止一个时必须写。按季度的事项，三个月份的数据齐了才算公开了这个季度：")
        yaml.note("item: caiwu-shouzhi")
        yaml.note("发布以后再修改收支、余额、审核或日期，每改一次在 corrections 中记一条更正，页面上显示为“更正说明”；")
        yaml.note("已发布的一期不能删除。填写时删去下面三行行首的 “# ”：")
        yaml.note("corrections:")
        yaml.note("  - date: \(period.publishedOn)              # 更正日期，不能早于公开日期")
        yaml.note("    reason: 更正的原因和内容")
        return yaml.text
    }
}
