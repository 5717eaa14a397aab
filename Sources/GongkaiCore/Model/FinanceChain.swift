/// How a village's finance periods follow one another: each period's 期初余额 must be the
/// previous period's 期末余额 (the balance is carried over), no month may be published twice,
/// and a month left out between two periods is worth a warning.
public enum FinanceChain {
    /// What the chain needs to know of one period.
    public struct Link: Sendable, Hashable {
        public var period: DisclosurePeriod
        public var opening: Money
        public var closing: Money

        public init(period: DisclosurePeriod, opening: Money, closing: Money) {
            self.period = period
            self.opening = opening
            self.closing = closing
        }
    }

    /// A problem between two periods; the numbers are indices into the links checked.
    public enum Finding: Sendable, Hashable {
        /// `later` covers a month `earlier` already covers.
        case overlap(earlier: Int, later: Int)
        /// No period covers the months between `previous` and `next` (month numbers, see `months(of:)`).
        case gap(previous: Int, next: Int, missing: ClosedRange<Int>)
        /// `next` follows `previous` directly but does not open with its closing balance.
        case notCarried(previous: Int, next: Int)
    }

    /// The months a period covers, numbered `year × 12 + month − 1`; nil for years and single
    /// matters, which have no place in the chain.
    public static func months(of period: DisclosurePeriod) -> ClosedRange<Int>? {
        switch period {
        case let .month(year, month): (year * 12 + month - 1)...(year * 12 + month - 1)
        case let .quarter(year, quarter): (year * 12 + quarter * 3 - 3)...(year * 12 + quarter * 3 - 1)
        case .year, .matter: nil
        }
    }

    /// `2025年4月`, or `2025年4月至6月`, `2024年12月至2025年1月` for several months.
    public static func describe(months range: ClosedRange<Int>) -> String {
        let first = (year: range.lowerBound / 12, month: range.lowerBound % 12 + 1)
        let last = (year: range.upperBound / 12, month: range.upperBound % 12 + 1)
        if range.count == 1 { return "\(first.year)年\(first.month)月" }
        if first.year == last.year { return "\(first.year)年\(first.month)月至\(last.month)月" }
        return "\(first.year)年\(first.month)月至\(last.year)年\(last.month)月"
    }

    /// Every problem, in the order of the periods. Periods that are neither months nor
    /// quarters are skipped.
    public static func check(_ links: [Link]) -> [Finding] {
        let ordered = links.indices.compactMap { index in months(of: links[index].period).map { (index, $0) } }
            .sorted { ($0.1.lowerBound, $0.1.upperBound, $0.0) < ($1.1.lowerBound, $1.1.upperBound, $1.0) }
        var findings: [Finding] = []
        var previous: (index: Int, months: ClosedRange<Int>)?
        for (index, span) in ordered {
            guard let last = previous else {
                previous = (index, span)
                continue
            }
            if span.lowerBound <= last.months.upperBound {
                findings.append(.overlap(earlier: last.index, later: index))
                continue
            }
            if span.lowerBound == last.months.upperBound + 1 {
                if links[index].opening != links[last.index].closing {
                    findings.append(.notCarried(previous: last.index, next: index))
                }
            } else {
                findings.append(.gap(previous: last.index, next: index, missing: (last.months.upperBound + 1)...(span.lowerBound - 1)))
            }
            previous = (index, span)
        }
        return findings
    }
}
