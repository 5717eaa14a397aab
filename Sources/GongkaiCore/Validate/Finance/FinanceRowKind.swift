/// What a row of a finance table is: an item, a stated subtotal of one category (小计), or a
/// stated total of all income or all expenditure (合计). Told apart by the 摘要 and 类别 cells,
/// the way such tables are kept in Excel.
enum FinanceRowKind: Equatable {
    case item
    /// The category, when the row names one (in 类别, or before 小计 in 摘要: `管理费用小计`).
    case subtotal(category: String?)
    /// The flow, when the row names one (`收入合计`, `支出合计`).
    case total(flow: FinanceEntry.Flow?)

    static let totalWords: [(String, FinanceEntry.Flow?)] = [("合计", nil), ("收入合计", .income), ("支出合计", .expenditure)]

    init(summary: String, category: String) {
        let totals = Self.totalWords.filter { $0.0 == summary || $0.0 == category }
        if !totals.isEmpty {
            self = .total(flow: totals.compactMap(\.1).first)
            return
        }
        if summary == "小计" {
            self = .subtotal(category: category.isEmpty ? nil : category)
            return
        }
        if summary.hasSuffix("小计") {
            let prefix = String(summary.dropLast(2))
            if !prefix.isEmpty, category.isEmpty || category == prefix {
                self = .subtotal(category: prefix)
                return
            }
        }
        self = .item
    }
}
