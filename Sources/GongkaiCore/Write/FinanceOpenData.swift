import Foundation

/// The open-data downloads of the 财务公开 pages: per period, the items as CSV (the same
/// columns a village keeps) and as JSON together with the balances, the totals and the
/// subtotals; for the village, one row per period. Amounts are yuan with two decimals and no
/// separators (`1234.50`), dates `2025-04-10`, so that Excel and programs read them exactly.
enum FinanceOpenData {
    static let itemColumns = ["收支", "类别", "摘要", "金额(元)", "凭证号", "日期", "备注"]
    static let summaryColumns = ["期间", "期初余额(元)", "本期收入(元)", "本期支出(元)", "期末余额(元)", "审核", "审核日期", "公开日期"]

    static func itemRows(_ period: FinancePeriod) -> [[String]] {
        period.entries.map {
            [$0.flow.rawValue, $0.category, $0.summary, $0.amount.plain, $0.voucher, $0.date?.description ?? "", $0.note]
        }
    }

    static func summaryTable(_ periods: [FinancePeriod]) -> DataTable {
        DataTable(
            title: "财务收支汇总", fileBase: "finance-summary", columns: summaryColumns,
            rows: periods.map {
                [$0.period.chinese, $0.opening.plain, $0.income.plain, $0.expenditure.plain, $0.closing.plain,
                 $0.review.reviewer, $0.review.date.description, $0.publishedOn.description]
            })
    }

    struct Subtotal: Encodable {
        var flow: String
        var category: String
        var amount: String
        var count: Int
    }

    struct Correction: Encodable {
        var date: String
        var reason: String
    }

    struct Document: Encodable {
        var title: String
        var village: String
        var period: String
        var periodName: String
        var openingBalance: String
        var income: String
        var expenditure: String
        var closingBalance: String
        var reviewer: String
        var reviewedOn: String
        var publishedOn: String
        /// Corrections made after publication, oldest first.
        var corrections: [Correction]
        var subtotals: [Subtotal]
        var columns: [String]
        var rows: [[String]]
    }

    /// `finance-<slug>.csv` and `finance-<slug>.json` in `folder`.
    static func files(_ period: FinancePeriod, village: String, in folder: String) -> [OutputFile] {
        let base = folder + "finance-\(period.slug)"
        let subtotals = FinanceEntry.Flow.allCases.flatMap { FinanceLedger.subtotals(period.entries, $0) }.map {
            Subtotal(flow: $0.flow.rawValue, category: $0.category, amount: $0.amount.plain, count: $0.count)
        }
        let document = Document(
            title: period.title, village: village, period: period.slug, periodName: period.period.chinese,
            openingBalance: period.opening.plain, income: period.income.plain, expenditure: period.expenditure.plain,
            closingBalance: period.closing.plain, reviewer: period.review.reviewer, reviewedOn: period.review.date.description,
            publishedOn: period.publishedOn.description,
            corrections: period.corrections.map { Correction(date: $0.date.description, reason: $0.reason) }, subtotals: subtotals, columns: itemColumns, rows: itemRows(period))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = ((try? encoder.encode(document)) ?? Data()) + Data("\n".utf8)
        return [
            OutputFile(path: base + ".csv", contents: OpenData.csv(columns: itemColumns, rows: itemRows(period))),
            OutputFile(path: base + ".json", contents: json),
        ]
    }
}
