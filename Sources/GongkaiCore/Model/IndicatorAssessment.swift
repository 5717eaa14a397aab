/// How an indicator stands against its target.
public enum IndicatorStatus: String, Sendable, Hashable, CaseIterable {
    case met
    case onTrack
    case behind
    case noData

    /// The status in words, as residents read it.
    public var label: String {
        switch self {
        case .met: "已达标"
        case .onTrack: "正常推进"
        case .behind: "滞后"
        case .noData: "暂无数据"
        }
    }
}

/// The status of an indicator computed from its values, and the figures it was computed from.
public struct IndicatorAssessment: Sendable, Hashable {
    public var status: IndicatorStatus
    /// The most recent reported value with a number.
    public var latest: YearValue?
    /// Where the straight path from the starting point to the target stands in the latest year.
    public var expectedAtLatest: Double?

    /// Rules:
    /// - no reported value with a number: 暂无数据;
    /// - the latest value satisfies the target (its comparator, or ≥ / ≤ by direction when it has
    ///   none): 已达标;
    /// - otherwise the latest value is compared with the straight path from the starting point
    ///   (the baseline, or the first reported value when there is no baseline) to the target in
    ///   the plan's last year: on or better than the path is 正常推进, worse is 滞后.
    public static func assess(_ indicator: Indicator, baselineYear: Int, targetYear: Int) -> IndicatorAssessment {
        let reported = indicator.actuals.filter { $0.value.number != nil }.sorted { $0.year < $1.year }
        guard let latest = reported.last, let latestNumber = latest.value.number,
              let targetNumber = indicator.target.number
        else {
            return IndicatorAssessment(status: .noData, latest: reported.last, expectedAtLatest: nil)
        }
        let higherIsBetter = isHigherBetter(indicator)
        if satisfies(latestNumber, indicator.target, higherIsBetter: higherIsBetter) {
            return IndicatorAssessment(status: .met, latest: latest, expectedAtLatest: nil)
        }
        let start: (year: Int, number: Double)
        if let baseline = indicator.baseline.number {
            start = (baselineYear, baseline)
        } else {
            let first = reported[0]
            start = (first.year, first.value.number!)
        }
        guard latest.year > start.year, targetYear > start.year else {
            return IndicatorAssessment(status: .onTrack, latest: latest, expectedAtLatest: start.number)
        }
        let share = Double(min(latest.year, targetYear) - start.year) / Double(targetYear - start.year)
        let expected = start.number + (targetNumber - start.number) * share
        let tolerance = 1e-9 * max(1, abs(expected))
        let onTrack = higherIsBetter ? latestNumber >= expected - tolerance : latestNumber <= expected + tolerance
        return IndicatorAssessment(status: onTrack ? .onTrack : .behind, latest: latest, expectedAtLatest: expected)
    }

    /// A target's comparator decides the direction when it has one; otherwise the indicator's.
    static func isHigherBetter(_ indicator: Indicator) -> Bool {
        switch indicator.target.comparator {
        case .atLeast, .greaterThan: true
        case .atMost, .lessThan: false
        case .equal, nil: indicator.direction == .higherIsBetter
        }
    }

    static func satisfies(_ number: Double, _ target: IndicatorValue, higherIsBetter: Bool) -> Bool {
        guard let goal = target.number else { return false }
        let tolerance = 1e-9 * max(1, abs(goal))
        switch target.comparator {
        case .atLeast: return number >= goal - tolerance
        case .greaterThan: return number > goal + tolerance
        case .atMost: return number <= goal + tolerance
        case .lessThan: return number < goal - tolerance
        case .equal: return abs(number - goal) <= tolerance
        case nil: return higherIsBetter ? number >= goal - tolerance : number <= goal + tolerance
        }
    }
}
