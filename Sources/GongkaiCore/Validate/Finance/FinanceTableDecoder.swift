/// `finance/<period>.csv`: the items of one period's income and expenditure, and the 小计 and
/// 合计 rows a village may state, which are recomputed from the items and must agree.
enum FinanceTableDecoder {
    static let schema = TableSchema(title: "财务收支明细表", columns: [
        .init(key: "flow", header: "收支", aliases: ["收支方向", "收支类型"], required: true),
        .init(key: "category", header: "类别", aliases: ["科目", "收支类别", "收支项目"], required: true),
        .init(key: "summary", header: "摘要", aliases: ["事项", "内容"], required: true),
        .init(key: "amount", header: "金额(元)", aliases: ["金额"], required: true),
        .init(key: "voucher", header: "凭证号", aliases: ["凭证编号", "凭证"]),
        .init(key: "date", header: "日期", aliases: ["记账日期"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    /// A 小计 or 合计 row as stated in the file.
    struct StatedSum {
        var line: Int
        var flow: FinanceEntry.Flow
        /// nil for a 合计.
        var category: String?
        var amount: Money
        var amountLocation: SourceLocation
        var rowLocation: SourceLocation
    }

    struct Decoded {
        var entries: [FinanceEntry]
        /// False when any row had a problem: the sums of the table cannot be trusted then.
        var complete: Bool
    }

    static func decode(_ table: CSVTable, period: DisclosurePeriod, diagnostics: DiagnosticBag) -> Decoded {
        let errorsBefore = errorCount(diagnostics)
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return Decoded(entries: [], complete: false) }
        var entries: [FinanceEntry] = []
        var stated: [StatedSum] = []
        for row in reader.rows {
            switch FinanceRowKind(summary: row.text("summary"), category: row.text("category")) {
            case .item:
                if let entry = item(row, period: period) { entries.append(entry) }
            case let .subtotal(category):
                if let sum = subtotal(row, category: category) { stated.append(sum) }
            case let .total(flow):
                if let sum = total(row, named: flow) { stated.append(sum) }
            }
        }
        guard errorCount(diagnostics) == errorsBefore else { return Decoded(entries: entries, complete: false) }
        FinanceSumCheck.check(stated, against: entries, diagnostics: diagnostics)
        return Decoded(entries: entries, complete: errorCount(diagnostics) == errorsBefore)
    }

    private static func errorCount(_ diagnostics: DiagnosticBag) -> Int {
        diagnostics.items.filter { $0.severity == .error }.count
    }

    private static let flows = FinanceEntry.Flow.allCases.map { ($0.rawValue, $0) }

    private static func item(_ row: TableRow, period: DisclosurePeriod) -> FinanceEntry? {
        let flow = row.choice("flow", options: flows)
        let category = row.required("category")
        let summary = row.required("summary")
        let amount = MoneyReading.cell(row, "amount")
        let date = row.date("date")
        if let day = date.value, let months = FinanceChain.months(of: period), !months.contains(day.year * 12 + day.month - 1) {
            row.diagnostics.error(
                .financeDateOutsidePeriod, at: row.location("date"),
                "第 \(row.line) 行的日期 \(day) 不在本期（\(period.chinese)）内")
            return nil
        }
        guard let flow, let category, let summary, let amount, date.ok else { return nil }
        return FinanceEntry(
            line: row.line, flow: flow, category: category, summary: summary, amount: amount,
            voucher: row.text("voucher"), date: date.value, note: row.text("note"))
    }

    private static func subtotal(_ row: TableRow, category: String?) -> StatedSum? {
        let flow = row.choice("flow", options: flows)
        let named = category ?? row.required("category")
        let amount = MoneyReading.cell(row, "amount")
        guard let flow, let named, let amount else { return nil }
        return StatedSum(
            line: row.line, flow: flow, category: named, amount: amount, amountLocation: row.location("amount"),
            rowLocation: row.location("summary"))
    }

    private static func total(_ row: TableRow, named: FinanceEntry.Flow?) -> StatedSum? {
        let written = row.text("flow")
        var flow = named
        if !written.isEmpty || named == nil {
            flow = row.choice("flow", options: flows)
            if let flow, let named, flow != named {
                row.diagnostics.error(
                    .invalidChoice, at: row.location("flow"),
                    "第 \(row.line) 行是\(named.rawValue)合计，收支却写的是“\(flow.rawValue)”")
                return nil
            }
        }
        let category = row.text("category")
        if !category.isEmpty, !FinanceRowKind.totalWords.contains(where: { $0.0 == category }) {
            row.diagnostics.error(
                .invalidChoice, at: row.location("category"),
                "第 \(row.line) 行是合计行，类别却写的是“\(category)”",
                hint: "合计行的类别留空；某一类别的合计，摘要写“小计”。")
            return nil
        }
        let amount = MoneyReading.cell(row, "amount")
        guard let flow, let amount else { return nil }
        return StatedSum(
            line: row.line, flow: flow, category: nil, amount: amount, amountLocation: row.location("amount"),
            rowLocation: row.location("summary"))
    }
}
