/// How a village's finance data (`finance/<period>.csv` + `.yaml`) counts for its catalogue:
///
/// - a period counts for the item its yaml names (`item:`), or else for the village's only
///   财务 item published monthly or quarterly; with none or several such items and no `item:`,
///   it counts for none;
/// - a period of the item is published when the finance data covers every one of its months:
///   a month for a monthly item, three months or the quarter for a quarterly item, the twelve
///   months (or four quarters) for a yearly one. A quarter never counts for a single month;
/// - it is published on the day its last part was published (the latest `published_on`).
public enum FinanceFulfilment {
    /// The item finance data without `item:` counts for, among the items a village must publish.
    public static func defaultItem(among items: [CatalogueItem]) -> CatalogueItem? {
        let periodic = items.filter { $0.category == .finance && ($0.frequency == .monthly || $0.frequency == .quarterly) }
        return periodic.count == 1 ? periodic[0] : nil
    }

    /// Whether finance data of this kind of period can ever count for an item of `frequency`.
    public static func canFulfil(_ period: DisclosurePeriod, _ frequency: CatalogueItem.Frequency) -> Bool {
        guard let months = months(of: period), let first = months.first, let last = months.last,
              let target = target(ofMonth: first, frequency), let span = Self.months(of: target)
        else { return false }
        return span.contains(last)
    }

    /// The periods of `item` that `periods` (the finance data counting for it) cover completely.
    public static func records(for item: CatalogueItem, from periods: [FinancePeriod]) -> [CatalogueRecord] {
        var groups: [DisclosurePeriod: (months: Set<Int>, published: CalendarDate)] = [:]
        for period in periods where canFulfil(period.period, item.frequency) {
            guard let months = months(of: period.period), let target = target(ofMonth: months[0], item.frequency) else { continue }
            var group = groups[target] ?? (months: [], published: period.publishedOn)
            group.months.formUnion(months)
            group.published = max(group.published, period.publishedOn)
            groups[target] = group
        }
        return groups.compactMap { target, group in
            guard let needed = months(of: target), Set(needed) == group.months else { return nil }
            return CatalogueRecord(item: item.id, period: target, publishedOn: group.published)
        }.sorted { $0.period < $1.period }
    }

    /// The period of an item of `frequency` a month (numbered `year × 12 + month − 1`) falls in.
    static func target(ofMonth month: Int, _ frequency: CatalogueItem.Frequency) -> DisclosurePeriod? {
        let year = month / 12, number = month % 12 + 1
        switch frequency {
        case .monthly: return .month(year: year, month: number)
        case .quarterly: return .quarter(year: year, quarter: (number - 1) / 3 + 1)
        case .yearly: return .year(year)
        case .perMatter: return nil
        }
    }

    /// The months of a period, numbered as in `FinanceChain.months(of:)`; years included.
    static func months(of period: DisclosurePeriod) -> [Int]? {
        if case let .year(year) = period { return Array(year * 12...(year * 12 + 11)) }
        return FinanceChain.months(of: period).map(Array.init)
    }
}
