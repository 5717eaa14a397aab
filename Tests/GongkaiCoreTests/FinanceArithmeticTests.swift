import Foundation
import Testing

@testable import GongkaiCore

/// The arithmetic of 财务公开: amounts read exactly in fen, category subtotals, totals, the
/// balance line and the balance carried from period to period. Each answer is worked out by
/// hand in the comment above it.
@Suite("FinanceArithmetic")
struct FinanceArithmeticTests {
    func fen(_ text: String) -> Int? {
        if case let .success(money) = Money.parse(text) { return money.fen }
        return nil
    }

    func failure(_ text: String) -> Money.ParseError? {
        if case let .failure(error) = Money.parse(text) { return error }
        return nil
    }

    // MARK: Reading amounts

    @Test func amountsAreReadToTheFen() {
        // 1,234.50 元 = 1234 元 50 分 = 1234 × 100 + 50 = 123450 分.
        #expect(fen("1,234.50") == 123_450)
        // 1234.5 元: one decimal means 5 角 = 50 分, so 123450 again.
        #expect(fen("1234.5") == 123_450)
        // 1234 元 = 123400 分.
        #expect(fen("1234") == 123_400)
        // 0.07 元 = 7 分; 0.7 元 = 70 分 (the decimal is not 7 分).
        #expect(fen("0.07") == 7)
        #expect(fen("0.7") == 70)
        // 1,000,000.01 元 = 100000000 + 1 = 100000001 分.
        #expect(fen("1,000,000.01") == 100_000_001)
        // Currency sign, 元 and spaces around are allowed: ¥ 86.40 → 8640 分; 12元 → 1200 分.
        #expect(fen("¥ 86.40") == 8640)
        #expect(fen("￥1,280.00") == 128_000)
        #expect(fen(" 12元 ") == 1200)
        // Zero is an amount: 0 分.
        #expect(fen("0.00") == 0)
        // 0.1 + 0.2 in floating point is 0.30000000000000004; in fen it is 10 + 20 = 30.
        #expect(Money(fen: fen("0.1")!) + Money(fen: fen("0.2")!) == Money(fen: fen("0.3")!))
    }

    @Test func amountsThatCannotBeTakenAsWrittenAreRefused() {
        // 12.345 has three decimals: it cannot be stated in fen.
        #expect(failure("12.345") == .tooManyDecimals(3))
        #expect(failure("0.001") == .tooManyDecimals(3))
        // Negative in any of the ways Excel writes it.
        #expect(failure("-12") == .negative)
        #expect(failure("−1,234.00") == .negative)
        #expect(failure("(12.00)") == .negative)
        // Commas must separate thousands: 1,23 and 12,34,567 do not.
        #expect(failure("1,23") == .misplacedSeparator)
        #expect(failure("12,34,567") == .misplacedSeparator)
        #expect(failure("1234,567") == .misplacedSeparator)
        // Words, two points, full-width digits, an empty cell.
        #expect(failure("约1000") == .notANumber)
        #expect(failure("1.2.3") == .notANumber)
        #expect(failure("１２") == .notANumber)
        #expect(failure("1,234.50元整") == .notANumber)
        #expect(failure("  ") == .empty)
        // 14 digits of yuan (10 trillion) are more than any village holds.
        #expect(failure("12345678901234") == .tooLarge)
        #expect(fen("1234567890123") == 123_456_789_012_300)
    }

    @Test func amountsAreShownWithSeparatorsAndTwoDecimals() {
        // 123450 分 = 1234.50 元: ¥1,234.50 on the page, 1234.50 in CSV.
        #expect(Money(fen: 123_450).currency == "¥1,234.50")
        #expect(Money(fen: 123_450).plain == "1234.50")
        // 5 分 = 0.05 元; 100000000 分 = 1,000,000.00 元.
        #expect(Money(fen: 5).currency == "¥0.05")
        #expect(Money(fen: 100_000_000).grouped == "1,000,000.00")
        // 99999 分 = 999.99 元: no separator below a thousand.
        #expect(Money(fen: 99999).grouped == "999.99")
        // A negative difference: −1234.56 元.
        #expect(Money(fen: -123_456).currency == "-¥1,234.56")
        #expect(Money(fen: -123_456).plain == "-1234.56")
        #expect(Money(fen: 3000).description == "30.00 元")
    }

    @Test func sharesAreRoundedHalfUpToOneDecimal() {
        // 40000 of 52000 = 0.76923… → 76.9%; 12000 of 52000 = 0.23076… → 23.1%.
        #expect(Money.share(Money(fen: 4_000_000), of: Money(fen: 5_200_000)) == "76.9%")
        #expect(Money.share(Money(fen: 1_200_000), of: Money(fen: 5_200_000)) == "23.1%")
        // 1 of 8 = 12.5% exactly; 1 of 3 = 33.33…% → 33.3%; 2 of 3 = 66.66…% → 66.7%.
        #expect(Money.share(Money(fen: 1), of: Money(fen: 8)) == "12.5%")
        #expect(Money.share(Money(fen: 1), of: Money(fen: 3)) == "33.3%")
        #expect(Money.share(Money(fen: 2), of: Money(fen: 3)) == "66.7%")
        // 1 of 2000 = 0.05% → rounds half up to 0.1%.
        #expect(Money.share(Money(fen: 1), of: Money(fen: 2000)) == "0.1%")
        #expect(Money.share(Money(fen: 1), of: .zero) == "—")
    }

    // MARK: Subtotals, totals, balance

    /// 2024 Q2 of the fixture village: two incomes, three expenditures in two categories.
    static let entries: [FinanceEntry] = [
        FinanceEntry(line: 2, flow: .income, category: "补助收入", summary: "村级组织运转经费", amount: Money(fen: 4_000_000)),
        FinanceEntry(line: 3, flow: .expenditure, category: "管理费用", summary: "村干部报酬", amount: Money(fen: 2_400_000)),
        FinanceEntry(line: 4, flow: .income, category: "经营收入", summary: "门市房租金", amount: Money(fen: 1_200_000)),
        FinanceEntry(line: 5, flow: .expenditure, category: "公益支出", summary: "幸福院取暖费", amount: Money(fen: 600_000)),
        FinanceEntry(line: 6, flow: .expenditure, category: "管理费用", summary: "办公费", amount: Money(fen: 150_050)),
    ]

    @Test func subtotalsFollowTheOrderCategoriesFirstAppear() {
        // 管理费用 appears first (line 3), then 公益支出 (line 5); 管理费用 = 24000.00 + 1500.50 = 25500.50 元
        // from 2 items; 公益支出 = 6000.00 元 from 1.
        let expenditure = FinanceLedger.subtotals(Self.entries, .expenditure)
        #expect(expenditure.map(\.category) == ["管理费用", "公益支出"])
        #expect(expenditure.map(\.amount.fen) == [2_550_050, 600_000])
        #expect(expenditure.map(\.count) == [2, 1])
        // 补助收入 40000.00 元, then 经营收入 12000.00 元.
        #expect(FinanceLedger.subtotals(Self.entries, .income).map(\.amount.fen) == [4_000_000, 1_200_000])
        // A category with no items sums to zero.
        #expect(FinanceLedger.subtotal(Self.entries, .income, category: "投资收益") == .zero)
    }

    @Test func totalsAndTheBalanceLine() {
        // 收入 40000.00 + 12000.00 = 52000.00 元; 支出 24000.00 + 6000.00 + 1500.50 = 31500.50 元.
        let income = FinanceLedger.total(Self.entries, .income)
        let expenditure = FinanceLedger.total(Self.entries, .expenditure)
        #expect(income == Money(fen: 5_200_000))
        #expect(expenditure == Money(fen: 3_150_050))
        // 期初 10000.00 + 52000.00 − 31500.50 = 30499.50 元.
        #expect(FinanceLedger.closing(opening: Money(fen: 1_000_000), income: income, expenditure: expenditure) == Money(fen: 3_049_950))
        // Spending more than there is gives a negative closing balance: 0 + 0 − 0.01 = −0.01 元.
        #expect(FinanceLedger.closing(opening: .zero, income: .zero, expenditure: Money(fen: 1)) == Money(fen: -1))
    }

    // MARK: Periods following one another

    func link(_ period: String, _ opening: Int, _ closing: Int) -> FinanceChain.Link {
        FinanceChain.Link(period: DisclosurePeriod(period)!, opening: Money(fen: opening), closing: Money(fen: closing))
    }

    @Test func monthsOfAPeriod() {
        // 2025-03 is month 2025 × 12 + 2 = 24302; 2025-Q1 is January to March, 24300…24302.
        #expect(FinanceChain.months(of: .month(year: 2025, month: 3)) == 24302...24302)
        #expect(FinanceChain.months(of: .quarter(year: 2025, quarter: 1)) == 24300...24302)
        // Q4 2024 is October to December 2024: 2024 × 12 + 9 = 24297 to 24299.
        #expect(FinanceChain.months(of: .quarter(year: 2024, quarter: 4)) == 24297...24299)
        #expect(FinanceChain.months(of: .year(2025)) == nil)
        #expect(FinanceChain.describe(months: 24303...24305) == "2025年4月至6月")
        #expect(FinanceChain.describe(months: 24299...24300) == "2024年12月至2025年1月")
    }

    @Test func aBalanceCarriedOverPasses() {
        // Q1 closes with 52310.00, Q2 opens with it and closes with 61490.00, Q3 opens with that.
        let links = [link("2025-Q1", 3_900_360, 5_231_000), link("2025-Q2", 5_231_000, 6_149_000), link("2025-Q3", 6_149_000, 5_932_950)]
        #expect(FinanceChain.check(links).isEmpty)
        // The order of the files does not matter: the same periods shuffled pass too.
        #expect(FinanceChain.check([links[2], links[0], links[1]]).isEmpty)
        // December 2024 is followed directly by 2025 Q1 (January): carried, 100.00 元.
        #expect(FinanceChain.check([link("2024-12", 0, 10000), link("2025-Q1", 10000, 0)]).isEmpty)
    }

    @Test func aBalanceNotCarriedOverIsFound() {
        // Q2 closes with 30500.00 but Q3 opens with 30600.00: Q3 (index 1) does not carry Q2 (index 0).
        let links = [link("2024-Q2", 1_000_000, 3_050_000), link("2024-Q3", 3_060_000, 4_537_778)]
        #expect(FinanceChain.check(links) == [.notCarried(previous: 0, next: 1)])
    }

    @Test func gapsAndOverlapsAreFound() {
        // Q3 2024 then Q1 2025: October to December 2024 (months 24297…24299) are missing. The
        // balances are not compared across a gap.
        #expect(FinanceChain.check([link("2024-Q3", 0, 100), link("2025-Q1", 999, 0)])
            == [.gap(previous: 0, next: 1, missing: 24297...24299)])
        // 2024-09 lies inside 2024-Q3: the later-starting one (index 0, September) overlaps.
        #expect(FinanceChain.check([link("2024-09", 0, 0), link("2024-Q3", 0, 0)]) == [.overlap(earlier: 1, later: 0)])
        // The same quarter twice (2024-Q3 and 2024-q3) overlaps itself.
        #expect(FinanceChain.check([link("2024-Q3", 0, 0), link("2024-q3", 0, 0)]) == [.overlap(earlier: 0, later: 1)])
    }

    // MARK: Stated 小计 and 合计 rows of a table

    @Test func rowsAreToldApartByTheirSummary() {
        #expect(FinanceRowKind(summary: "村干部报酬", category: "管理费用") == .item)
        #expect(FinanceRowKind(summary: "小计", category: "管理费用") == .subtotal(category: "管理费用"))
        #expect(FinanceRowKind(summary: "管理费用小计", category: "") == .subtotal(category: "管理费用"))
        // 办公用品小计 under 管理费用 is an item whose words happen to end in 小计.
        #expect(FinanceRowKind(summary: "办公用品小计", category: "管理费用") == .item)
        #expect(FinanceRowKind(summary: "合计", category: "") == .total(flow: nil))
        #expect(FinanceRowKind(summary: "支出合计", category: "") == .total(flow: .expenditure))
        #expect(FinanceRowKind(summary: "", category: "收入合计") == .total(flow: .income))
    }

    func decode(_ csv: String, period: String = "2024-Q2") -> (FinanceTableDecoder.Decoded, [Diagnostic]) {
        let bag = DiagnosticBag()
        let table = CSVTable.parse(Data(csv.utf8), file: "finance/\(period).csv", diagnostics: bag)!
        let decoded = FinanceTableDecoder.decode(table, period: DisclosurePeriod(period)!, diagnostics: bag)
        return (decoded, bag.items)
    }

    static let header = "收支,类别,摘要,金额(元),日期\n"

    @Test func statedSubtotalsAndTotalsThatAgreePass() {
        // 管理费用 24,000.00 + 1,500.00 = 25,500.00; 支出合计 25,500.00 + 6,000.00 = 31,500.00.
        let (decoded, problems) = decode(Self.header + """
            支出,管理费用,村干部报酬,"24,000.00",2024-04-20
            支出,管理费用,办公费,1500,2024-05-15
            支出,管理费用,小计,"25,500.00",
            支出,公益支出,幸福院取暖费,6000.00,2024-06-10
            支出,,合计,"31,500.00",
            """)
        #expect(problems.isEmpty)
        #expect(decoded.complete)
        #expect(decoded.entries.map(\.line) == [2, 3, 5])
    }

    @Test func aStatedTotalThatDisagreesNamesItsRowAndColumn() throws {
        // Items 24,000.00 + 1,500.00 + 6,000.00 = 31,500.00; the stated 31,050.00 is 450.00 short.
        let (decoded, problems) = decode(Self.header + """
            支出,管理费用,村干部报酬,"24,000.00",
            支出,管理费用,办公费,"1,500.00",
            支出,公益支出,幸福院取暖费,"6,000.00",
            支出,,支出合计,"31,050.00",
            """)
        #expect(!decoded.complete)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.code == .financeTotalMismatch)
        #expect(problem.location == SourceLocation(file: "finance/2024-Q2.csv", line: 5, column: 4, field: "金额(元)"))
        #expect(problem.message == "第 5 行支出合计写的是 31,050.00 元，按本表 3 笔支出明细重新相加应为 31,500.00 元（相差 450.00 元）")
    }

    @Test func aStatedSubtotalThatDisagreesNamesItsCategory() {
        // 管理费用 = 24,000.00 + 1,500.00 = 25,500.00, stated 25,400.00: 100.00 too little.
        // 经营收入 has no items, so its stated 10.00 should be 0.00.
        let (_, problems) = decode(Self.header + """
            支出,管理费用,村干部报酬,"24,000.00",
            支出,管理费用,办公费,"1,500.00",
            支出,管理费用,小计,"25,400.00",
            收入,经营收入,小计,10,
            """)
        #expect(problems.map(\.code) == [.financeSubtotalMismatch, .financeSubtotalMismatch])
        #expect(problems.map(\.location.line) == [4, 5])
        #expect(problems[0].message.contains("应为 25,500.00 元（相差 100.00 元）"))
        #expect(problems[1].message.contains("本表没有这一类收入明细，应为 0.00 元"))
    }

    @Test func badCellsAreReportedAndTheSumsNotChecked() {
        // Line 2 has three decimals, line 3 is dated in July (Q3), line 4 is negative. With
        // items missing, the stated total (line 5) is not compared: it would be wrong for
        // the wrong reason.
        let (decoded, problems) = decode(Self.header + """
            收入,补助收入,运转经费,40000.005,
            收入,经营收入,租金,12000,2024-07-01
            收入,其他收入,冲销,-5,
            收入,,合计,1,
            """)
        #expect(!decoded.complete)
        #expect(problems.map(\.code) == [.moneyInvalid, .financeDateOutsidePeriod, .moneyInvalid])
        #expect(problems.map(\.location.line) == [2, 3, 4])
        #expect(problems.map(\.location.column) == [4, 5, 4])
    }
}
