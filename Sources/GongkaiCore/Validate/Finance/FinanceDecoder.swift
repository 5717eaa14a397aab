/// A village's `finance/` folder: each period's items and balances, checked in themselves
/// (subtotals, totals, 期初 + 收入 − 支出 = 期末) and against each other (the balance carried
/// from one period to the next, no month twice, no month left out).
enum FinanceDecoder {
    /// One period with where its balances were written, for the checks between periods.
    private struct Checked {
        var raw: RawFinancePeriod
        var period: DisclosurePeriod
        var balance: FinanceBalanceDecoder.Decoded
        var model: FinancePeriod?
    }

    /// The periods that passed every check, oldest first.
    static func decode(_ raws: [RawFinancePeriod], diagnostics: DiagnosticBag) -> [FinancePeriod] {
        var checked: [Checked] = []
        var allDecoded = true
        for raw in raws {
            if let one = decode(raw, diagnostics: diagnostics) {
                checked.append(one)
                allDecoded = allDecoded && one.model != nil
            } else {
                allDecoded = false
            }
        }
        checkChain(checked, reportGaps: allDecoded, diagnostics: diagnostics)
        return checked.compactMap(\.model).sorted { $0.period < $1.period }
    }

    private static func decode(_ raw: RawFinancePeriod, diagnostics: DiagnosticBag) -> Checked? {
        let mainFile = raw.hasTable ? raw.tablePath : raw.balancePath
        guard let period = DisclosurePeriod(raw.name), let slug = FinancePeriod.slug(for: period) else {
            diagnostics.error(
                .financePeriodInvalid, at: SourceLocation(file: mainFile),
                "文件名“\(raw.name)”不是一个月份或季度：财务收支按月公开写 2025-03，按季度公开写 2025-Q1")
            return nil
        }
        if !raw.hasBalance {
            diagnostics.error(
                .fileMissing, at: SourceLocation(file: raw.balancePath),
                "有 \(raw.tablePath)（收支明细）却没有 \(raw.balancePath)（期初、期末余额和审核情况）")
        }
        if !raw.hasTable {
            diagnostics.error(
                .fileMissing, at: SourceLocation(file: raw.tablePath),
                "有 \(raw.balancePath)（余额和审核情况）却没有 \(raw.tablePath)（收支明细）",
                hint: "这一期没有收支时，也放一个只有表头的收支明细表。")
        }
        let table = raw.table.map { FinanceTableDecoder.decode($0, period: period, diagnostics: diagnostics) }
        guard let yaml = raw.balance, let balance = FinanceBalanceDecoder.decode(yaml, period: period, diagnostics: diagnostics) else {
            return nil
        }
        var checked = Checked(raw: raw, period: period, balance: balance, model: nil)
        guard let table, table.complete else { return checked }
        let income = FinanceLedger.total(table.entries, .income), expenditure = FinanceLedger.total(table.entries, .expenditure)
        let expected = FinanceLedger.closing(opening: balance.opening, income: income, expenditure: expenditure)
        guard expected == balance.closing else {
            diagnostics.error(
                .financeBalanceMismatch, at: balance.closingLocation,
                "期末余额写的是 \(balance.closing)，按期初余额 \(balance.opening) + 本期收入 \(income) − 本期支出 \(expenditure)"
                    + "（收支见 \(raw.tablePath)）计算应为 \(expected)")
            return checked
        }
        var model = FinancePeriod(
            period: period, slug: slug, title: balance.title ?? "\(period.chinese)财务收支公开", tableFile: raw.tablePath,
            balanceFile: raw.balancePath, entries: table.entries, opening: balance.opening, closing: balance.closing,
            review: balance.review, publishedOn: balance.publishedOn, note: balance.note)
        model.item = balance.item
        model.itemLocation = balance.itemLocation
        model.corrections = balance.corrections
        model.contentHash = ContentHash.finance(model)
        checked.model = model
        return checked
    }

    /// `finance/2025-Q1.yaml 第 3 行第 18 列`.
    private static func place(_ location: SourceLocation) -> String {
        guard let line = location.line else { return location.file }
        return "\(location.file) 第 \(line) 行" + (location.column.map { "第 \($0) 列" } ?? "")
    }

    private static func checkChain(_ checked: [Checked], reportGaps: Bool, diagnostics: DiagnosticBag) {
        let links = checked.map { FinanceChain.Link(period: $0.period, opening: $0.balance.opening, closing: $0.balance.closing) }
        for finding in FinanceChain.check(links) {
            switch finding {
            case let .overlap(earlier, later):
                let (first, second) = (checked[earlier], checked[later])
                let what = first.period == second.period ? "是同一期间（\(first.period.chinese)）" : "有重叠的月份"
                diagnostics.error(
                    .financePeriodInvalid, at: SourceLocation(file: second.raw.hasTable ? second.raw.tablePath : second.raw.balancePath),
                    "\(second.raw.name) 与 \(first.raw.name) \(what)，同一个月的收支只能公开在一个文件中")
            case let .notCarried(previous, next):
                let (before, after) = (checked[previous], checked[next])
                diagnostics.error(
                    .financeBalanceNotCarried, at: after.balance.openingLocation,
                    "期初余额 \(after.balance.opening)与上一期（\(before.period.chinese)）的期末余额 \(before.balance.closing)不一致"
                        + "（上一期的期末余额写在 \(place(before.balance.closingLocation))）：本期期初余额应为 \(before.balance.closing)")
            case let .gap(previous, next, missing):
                guard reportGaps else { continue }
                let (before, after) = (checked[previous], checked[next])
                diagnostics.warning(
                    .financePeriodGap, at: after.balance.openingLocation,
                    "上一期是 \(before.period.chinese)（\(before.raw.name)），中间缺少 \(FinanceChain.describe(months: missing)) 的财务收支公开")
            }
        }
    }
}
