/// The arithmetic of a finance table: totals, category subtotals and the closing balance, all
/// recomputed from the items so the figures a village states can be checked against them.
public enum FinanceLedger {
    /// The sum of one category of income or expenditure.
    public struct CategorySum: Sendable, Hashable {
        public var flow: FinanceEntry.Flow
        public var category: String
        public var amount: Money
        /// How many items make it up.
        public var count: Int
    }

    /// All income or all expenditure.
    public static func total(_ entries: [FinanceEntry], _ flow: FinanceEntry.Flow) -> Money {
        entries.filter { $0.flow == flow }.reduce(Money.zero) { $0 + $1.amount }
    }

    /// One sum per category of `flow`, in the order the categories first appear.
    public static func subtotals(_ entries: [FinanceEntry], _ flow: FinanceEntry.Flow) -> [CategorySum] {
        var sums: [CategorySum] = []
        for entry in entries where entry.flow == flow {
            if let index = sums.firstIndex(where: { $0.category == entry.category }) {
                sums[index].amount = sums[index].amount + entry.amount
                sums[index].count += 1
            } else {
                sums.append(CategorySum(flow: flow, category: entry.category, amount: entry.amount, count: 1))
            }
        }
        return sums
    }

    /// The sum of one category (zero when it has no items).
    public static func subtotal(_ entries: [FinanceEntry], _ flow: FinanceEntry.Flow, category: String) -> Money {
        entries.filter { $0.flow == flow && $0.category == category }.reduce(Money.zero) { $0 + $1.amount }
    }

    /// 期末余额 = 期初余额 + 本期收入 − 本期支出.
    public static func closing(opening: Money, income: Money, expenditure: Money) -> Money {
        opening + income - expenditure
    }
}
