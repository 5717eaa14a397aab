/// The chart of a finance period: its income or its expenditure by category, as bars with the
/// amounts beside them, and the rows of the table printed with it.
enum FinanceCharts {
    static func byCategory(_ period: FinancePeriod, _ flow: FinanceEntry.Flow) -> (chart: RenderedChart, rows: [[String]])? {
        let sums = FinanceLedger.subtotals(period.entries, flow)
        guard !sums.isEmpty else { return nil }
        let total = FinanceLedger.total(period.entries, flow)
        let rows = sums.map { [$0.category, $0.amount.currency, Money.share($0.amount, of: total)] }
        let words = sums.map { "\($0.category) \($0.amount.currency)（占 \(Money.share($0.amount, of: total))）" }.joined(separator: "；")
        let bars = sums.map { BarChart.Bar(label: $0.category, value: Double($0.amount.fen) / 100, valueLabel: $0.amount.currency) }
        let chart = BarChart(
            id: "finance-\(period.slug)-\(flow == .income ? "income" : "expenditure")",
            text: ChartText(
                title: "\(period.period.chinese)\(flow.rawValue)按类别",
                description: "本期\(flow.rawValue)合计 \(total.currency)：\(words)。"),
            bars: bars, labelWidth: BarChart.room(for: bars.map(\.label)),
            valueWidth: BarChart.room(for: bars.map(\.valueLabel)) + 8)
        return (chart.render(), rows)
    }
}
