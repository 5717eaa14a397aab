/// When a periodic catalogue item is due, and how a village stands against it on a given day.
public enum DisclosureSchedule {
    /// The day by which `period` must be published: `deadlineDay` of the month after the period
    /// ends, or that month's last day when it is shorter. nil for a single matter.
    public static func deadline(of period: DisclosurePeriod, day deadlineDay: Int) -> CalendarDate? {
        let end: (year: Int, month: Int)
        switch period {
        case let .month(year, month): end = (year, month)
        case let .quarter(year, quarter): end = (year, quarter * 3)
        case let .year(year): end = (year, 12)
        case .matter: return nil
        }
        let next = end.month == 12 ? (year: end.year + 1, month: 1) : (year: end.year, month: end.month + 1)
        let day = min(max(1, deadlineDay), CalendarDate.daysIn(month: next.month, year: next.year))
        return CalendarDate(year: next.year, month: next.month, day: day)
    }

    /// The most recent period of this frequency whose deadline is on or before `day`: the one a
    /// village must have published by then. nil for single matters.
    public static func duePeriod(_ frequency: CatalogueItem.Frequency, deadlineDay: Int, asOf day: CalendarDate) -> DisclosurePeriod? {
        var candidates: [DisclosurePeriod]
        switch frequency {
        case .monthly:
            candidates = (0..<3).map { back in
                var (year, month) = (day.year, day.month - back)
                while month < 1 { month += 12; year -= 1 }
                return .month(year: year, month: month)
            }
        case .quarterly:
            let quarter = (day.month - 1) / 3 + 1
            candidates = (0..<3).map { back in
                var (year, q) = (day.year, quarter - back)
                while q < 1 { q += 4; year -= 1 }
                return .quarter(year: year, quarter: q)
            }
        case .yearly:
            candidates = (0..<3).map { .year(day.year - $0) }
        case .perMatter:
            return nil
        }
        return candidates.first { period in deadline(of: period, day: deadlineDay).map { $0 <= day } ?? false }
    }

    /// How a village stands on one catalogue item.
    public enum State: String, Sendable, Hashable, Codable {
        case onTime
        case late
        case missing
        case nothingToPublish
        case notDue
        case perMatter

        public var label: String {
            switch self {
            case .onTime: "按时公开"
            case .late: "逾期公开"
            case .missing: "未公开"
            case .nothingToPublish: "本期无应公开事项"
            case .notDue: "尚未到期"
            case .perMatter: "按事项公开"
            }
        }
    }

    public struct Standing: Sendable, Hashable {
        public var item: CatalogueItem
        public var state: State
        /// The period due as of the reference day.
        public var due: DisclosurePeriod?
        public var deadline: CalendarDate?
        /// The latest period published for the item.
        public var latestPublished: DisclosurePeriod?
        /// How many publications (notices, periods of finance data) fulfil the item.
        public var count: Int
    }

    /// `records` are what the village published for the item (`Village.catalogueRecords`);
    /// those published after `day` do not count yet.
    public static func standing(
        of item: CatalogueItem, records: [CatalogueRecord], nothingToPublish: Set<NothingToPublish>, asOf day: CalendarDate
    ) -> Standing {
        let fulfilling = records.filter { $0.item == item.id && $0.publishedOn <= day }
        let latest = fulfilling.map(\.period).filter { $0 != .matter }.max()
        guard let due = duePeriod(item.frequency, deadlineDay: item.deadlineDay, asOf: day),
              let deadline = deadline(of: due, day: item.deadlineDay)
        else {
            return Standing(item: item, state: item.frequency == .perMatter ? .perMatter : .notDue, due: nil, deadline: nil,
                            latestPublished: latest, count: fulfilling.count)
        }
        let state: State
        if let published = fulfilling.filter({ $0.period == due }).map(\.publishedOn).min() {
            state = published <= deadline ? .onTime : .late
        } else if nothingToPublish.contains(NothingToPublish(item: item.id, period: due)) {
            state = .nothingToPublish
        } else {
            state = .missing
        }
        return Standing(item: item, state: state, due: due, deadline: deadline, latestPublished: latest, count: fulfilling.count)
    }
}

/// A period declared to have nothing to publish for an item (本期无应公开事项).
public struct NothingToPublish: Sendable, Hashable {
    public var item: String
    public var period: DisclosurePeriod

    public init(item: String, period: DisclosurePeriod) {
        self.item = item
        self.period = period
    }
}
