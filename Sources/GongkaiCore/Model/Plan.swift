/// A county's five-year community-service plan (十四五城乡社区服务体系建设规划).
public struct Plan: Sendable, Hashable {
    public var title: String
    /// 印发机关
    public var issuer: String
    /// 文号, e.g. 西政办发〔2022〕85号; nil when the plan does not print one.
    public var documentNumber: String?
    public var issuedOn: CalendarDate?
    public var period: YearRange
    /// The year of the 基期值 (usually the year before the period starts).
    public var baselineYear: Int
    public var basis: [BasisDocument]
    /// Where the yearly actual values come from (e.g. that they are illustrative).
    public var actualsNote: String?
    /// Markdown.
    public var summary: String?
    /// Markdown.
    public var goals: String?
    public var indicatorTableTitle: String?
    public var indicators: [Indicator]
    public var columns: [ActionColumn]
    public var sections: [TaskSection]

    public var targetYear: Int { period.end }
}

/// The years a plan covers, both ends included.
public struct YearRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// `2021—2025年`
    public var chinese: String { "\(start)—\(end)年" }
}

/// A document the plan is based on (编制依据).
public struct BasisDocument: Sendable, Hashable {
    public var title: String
    public var documentNumber: String?

    public init(title: String, documentNumber: String? = nil) {
        self.title = title
        self.documentNumber = documentNumber
    }
}
