/// What the finance templates see of a period: its balance line and its item tables with the
/// category subtotals and the totals, every amount as `¥1,234.50`.
enum FinanceViews {
    struct Balance {
        var opening: String
        var income: String
        var expenditure: String
        var closing: String
    }

    /// The income or the expenditure of a period, as one table.
    struct FlowTable {
        var id: String
        var flow: String
        var title: String
        var totalLabel: String
        var total: String
        var count: Int
        var isEmpty: Bool
        var rows: [LedgerRow]
        var hasDates: Bool
        var hasVouchers: Bool
        var hasNotes: Bool
    }

    /// An item, or the subtotal that closes its category.
    struct LedgerRow {
        var category: String
        var summary: String
        var date: String
        var voucher: String
        var amount: String
        var note: String
        var isSubtotal: Bool
    }

    /// A period in the list of all periods.
    struct PeriodRow {
        var title: String
        var period: String
        var href: String
        var opening: String
        var income: String
        var expenditure: String
        var closing: String
        var reviewer: String
        var reviewedOn: String
        var publishedOn: String
        /// Corrected after publication.
        var corrected: Bool
    }

    struct Neighbour {
        var period: String
        var href: String
    }

    static func balance(_ period: FinancePeriod) -> Balance {
        Balance(
            opening: period.opening.currency, income: period.income.currency, expenditure: period.expenditure.currency,
            closing: period.closing.currency)
    }

    static func table(_ period: FinancePeriod, _ flow: FinanceEntry.Flow) -> FlowTable {
        let entries = period.entries.filter { $0.flow == flow }
        var rows: [LedgerRow] = []
        for sum in FinanceLedger.subtotals(entries, flow) {
            for entry in entries where entry.category == sum.category {
                rows.append(LedgerRow(
                    category: entry.category, summary: entry.summary, date: entry.date?.chinese ?? "", voucher: entry.voucher,
                    amount: entry.amount.currency, note: entry.note, isSubtotal: false))
            }
            rows.append(LedgerRow(
                category: sum.category, summary: "小计", date: "", voucher: "", amount: sum.amount.currency, note: "", isSubtotal: true))
        }
        return FlowTable(
            id: flow == .income ? "income" : "expenditure", flow: flow.rawValue, title: "\(flow.rawValue)明细",
            totalLabel: "\(flow.rawValue)合计", total: FinanceLedger.total(entries, flow).currency, count: entries.count,
            isEmpty: entries.isEmpty, rows: rows, hasDates: entries.contains { $0.date != nil },
            hasVouchers: entries.contains { !$0.voucher.isEmpty }, hasNotes: entries.contains { !$0.note.isEmpty })
    }

    static func row(_ period: FinancePeriod, href: String) -> PeriodRow {
        PeriodRow(
            title: period.title, period: period.period.chinese, href: href, opening: period.opening.currency,
            income: period.income.currency, expenditure: period.expenditure.currency, closing: period.closing.currency,
            reviewer: period.review.reviewer, reviewedOn: period.review.date.chinese, publishedOn: period.publishedOn.chinese,
            corrected: !period.corrections.isEmpty)
    }
}

extension FinanceViews.Balance: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("opening", opening)
        fields.add("income", income)
        fields.add("expenditure", expenditure)
        fields.add("closing", closing)
        return fields.data
    }
}

extension FinanceViews.FlowTable: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 11)
        fields.add("id", id)
        fields.add("flow", flow)
        fields.add("title", title)
        fields.add("totalLabel", totalLabel)
        fields.add("total", total)
        fields.add("count", count)
        fields.add("isEmpty", isEmpty)
        fields.add("rows", rows)
        fields.add("hasDates", hasDates)
        fields.add("hasVouchers", hasVouchers)
        fields.add("hasNotes", hasNotes)
        return fields.data
    }
}

extension FinanceViews.LedgerRow: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 7)
        fields.add("category", category)
        fields.add("summary", summary)
        fields.add("date", date)
        fields.add("voucher", voucher)
        fields.add("amount", amount)
        fields.add("note", note)
        fields.add("isSubtotal", isSubtotal)
        return fields.data
    }
}

extension FinanceViews.PeriodRow: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 11)
        fields.add("title", title)
        fields.add("period", period)
        fields.add("href", href)
        fields.add("opening", opening)
        fields.add("income", income)
        fields.add("expenditure", expenditure)
        fields.add("closing", closing)
        fields.add("reviewer", reviewer)
        fields.add("reviewedOn", reviewedOn)
        fields.add("publishedOn", publishedOn)
        fields.add("corrected", corrected)
        return fields.data
    }
}

extension FinanceViews.Neighbour: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("period", period)
        fields.add("href", href)
        return fields.data
    }
}
