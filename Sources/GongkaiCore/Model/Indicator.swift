/// One row of the plan's 主要指标 table, with the values reported since the baseline.
public struct Indicator: Sendable, Hashable {
    /// 序号 as printed.
    public var number: String
    /// The stable id used in the page's address.
    public var id: String
    public var name: String
    public var baseline: IndicatorValue
    public var target: IndicatorValue
    public var attribute: IndicatorAttribute
    public var direction: IndicatorDirection
    /// Sorted by year.
    public var actuals: [YearValue]
    /// Markdown.
    public var note: String?
    /// Computed from the villages' facts as well, when set.
    public var computed: ComputedMeasure?

    /// The unit of the indicator: the target's, or else the first value that has one.
    public var unit: String {
        ([target, baseline] + actuals.map(\.value)).first { !$0.unit.isEmpty }?.unit ?? ""
    }
}

/// 指标属性
public enum IndicatorAttribute: String, Sendable, Hashable, CaseIterable {
    case expected = "预期性"
    case binding = "约束性"
}

/// Whether a higher value is better (正向) or a lower one (逆向).
public enum IndicatorDirection: String, Sendable, Hashable, CaseIterable {
    case higherIsBetter = "正向"
    case lowerIsBetter = "逆向"

    public var explanation: String {
        switch self {
        case .higherIsBetter: "越大越好"
        case .lowerIsBetter: "越小越好"
        }
    }
}

/// A value reported for a year.
public struct YearValue: Sendable, Hashable {
    public var year: Int
    public var value: IndicatorValue
    /// Computed from the villages' facts rather than typed into the plan.
    public var isComputed: Bool

    public init(year: Int, value: IndicatorValue, isComputed: Bool = false) {
        self.year = year
        self.value = value
        self.isComputed = isComputed
    }
}
