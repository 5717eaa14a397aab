/// One month's or one quarter's finances of a village as published (财务公开): every income
/// and expenditure item, the balances at the start and the end, and who reviewed it.
public struct FinancePeriod: Sendable, Hashable {
    /// A month or a quarter.
    public var period: DisclosurePeriod
    /// Used in addresses: `2025-03`, `2025-q1`.
    public var slug: String
    public var title: String
    /// The two content files, relative to the content folder.
    public var tableFile: String
    public var balanceFile: String
    /// In the order of the file.
    public var entries: [FinanceEntry]
    /// 期初余额 and 期末余额.
    public var opening: Money
    public var closing: Money
    /// The 民主理财小组 (or other body) that checked the accounts, and when.
    public var review: Review
    public var publishedOn: CalendarDate
    /// Markdown.
    public var note: String?
    /// The catalogue item the period's yaml names (`item:`); nil when it names none, and the
    /// village's only periodic 财务 item applies (see `FinanceFulfilment`).
    public var item: String? = nil
    /// Where `item:` is written, for diagnostics.
    var itemLocation: SourceLocation? = nil
    /// Corrections made after publication, oldest first.
    public var corrections: [Amendment] = []
    /// SHA-256 of what the period publishes (see `ContentHash.finance`).
    public var contentHash: String = ""

    public var income: Money { FinanceLedger.total(entries, .income) }
    public var expenditure: Money { FinanceLedger.total(entries, .expenditure) }

    /// The address-safe name of a month or quarter: `2025-03`, `2025-q1`; nil for other periods.
    public static func slug(for period: DisclosurePeriod) -> String? {
        switch period {
        case let .month(year, month): "\(year)-\(month < 10 ? "0" : "")\(month)"
        case let .quarter(year, quarter): "\(year)-q\(quarter)"
        case .year, .matter: nil
        }
    }
}
