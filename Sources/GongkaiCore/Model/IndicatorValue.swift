/// An indicator value as a plan prints it — `≥30 平方米`, `73.3%`, `——` — taken apart into
/// comparator, number and unit, with every character kept so it prints back exactly.
public struct IndicatorValue: Sendable, Hashable, CustomStringConvertible {
    /// How a target relates to its number.
    public enum Comparator: String, Sendable, Hashable, CaseIterable {
        case atLeast = "≥"
        case greaterThan = ">"
        case atMost = "≤"
        case lessThan = "<"
        case equal = "="

        /// In words, for descriptions and screen readers.
        public var words: String {
            switch self {
            case .atLeast: "不低于"
            case .greaterThan: "高于"
            case .atMost: "不高于"
            case .lessThan: "低于"
            case .equal: "等于"
            }
        }
    }

    /// The printed dash when the plan has no value (`—` or `——`); nil otherwise.
    public var dash: String?
    public var comparator: Comparator?
    /// The comparator exactly as printed, with any space after it (`≥`, `＞`, `>= `).
    public var comparatorText: String
    public var number: Double?
    /// The number exactly as printed (`73.3`, `15.4`, `1,200`).
    public var numberText: String
    /// What stood between number and unit (`""` or `" "`).
    public var separator: String
    public var unit: String

    public init(
        dash: String? = nil, comparator: Comparator? = nil, comparatorText: String = "",
        number: Double? = nil, numberText: String = "", separator: String = "", unit: String = ""
    ) {
        self.dash = dash
        self.comparator = comparator
        self.comparatorText = comparatorText
        self.number = number
        self.numberText = numberText
        self.separator = separator
        self.unit = unit
    }

    /// True for `—` and `——`: the plan gives no value.
    public var isNone: Bool { dash != nil }

    /// The value printed the way the plan printed it.
    public var description: String {
        if let dash { return dash }
        return comparatorText + numberText + separator + unit
    }

    /// The value in words for a screen reader or a chart description: `不低于30平方米`.
    public var spoken: String {
        if isNone { return "无" }
        return (comparator?.words ?? "") + numberText + unit
    }
}
