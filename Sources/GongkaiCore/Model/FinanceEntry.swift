/// One line of a village's income and expenditure (财务收支明细): which way the money went,
/// its category (经营收入、管理费用…), what it was for and how much.
public struct FinanceEntry: Sendable, Hashable {
    /// 收入 or 支出.
    public enum Flow: String, Sendable, Hashable, CaseIterable {
        case income = "收入"
        case expenditure = "支出"
    }

    /// The line of the CSV file the entry was read from.
    public var line: Int
    public var flow: Flow
    /// 经营收入、补助收入、管理费用、公益支出… as the village writes it.
    public var category: String
    /// 摘要: what the money was for.
    public var summary: String
    public var amount: Money
    /// 凭证号, when given.
    public var voucher: String
    public var date: CalendarDate?
    public var note: String

    public init(
        line: Int, flow: Flow, category: String, summary: String, amount: Money, voucher: String = "",
        date: CalendarDate? = nil, note: String = ""
    ) {
        self.line = line
        self.flow = flow
        self.category = category
        self.summary = summary
        self.amount = amount
        self.voucher = voucher
        self.date = date
        self.note = note
    }
}
