/// A disclosure notice (村(居)务公开): a Markdown text with its category, period and date.
public struct Disclosure: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case party = "党务"
        case affairs = "村务"
        case finance = "财务"
    }

    public var slug: String
    public var file: String
    public var title: String
    public var category: Category
    public var period: DisclosurePeriod
    public var publishedOn: CalendarDate
    /// Markdown.
    public var body: String
    /// Corrections made after publication, oldest first.
    public var corrections: [Amendment]
    /// Set when the disclosure was withdrawn; it stays listed, marked as retracted.
    public var retraction: Amendment?
    /// SHA-256 of the published content (see `ContentHash`).
    public var contentHash: String
    /// The catalogue item it fulfils, if any.
    public var item: String? = nil
    /// Who checked the notice before publication (村务监督委员会, 民主理财小组…) and when.
    public var review: Review? = nil
    /// The day until which the notice must stay on the board.
    public var stayUntil: CalendarDate? = nil
    /// Files published with the notice, in the order the front matter lists them.
    public var attachments: [Attachment] = []
}

/// A notice's review before publication.
public struct Review: Sendable, Hashable {
    public var reviewer: String
    public var date: CalendarDate
}

/// A dated, reasoned change to something published: a correction or a retraction.
public struct Amendment: Sendable, Hashable {
    public var date: CalendarDate
    public var reason: String
}

/// What a disclosure covers: a month, a quarter, a year, or a single matter.
public enum DisclosurePeriod: Sendable, Hashable, Comparable {
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)
    /// 一事一公开: a notice about one matter, not a period.
    case matter

    /// Parses `2024-06`, `2024-Q2` (or `2024-q2`), `2024`, or `专项`.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "专项" || trimmed == "一事一公开" {
            self = .matter
            return
        }
        let parts = trimmed.split(separator: "-")
        guard let year = Int(parts.first ?? ""), parts[0].count == 4, (1949...2200).contains(year) else { return nil }
        if parts.count == 1 {
            self = .year(year)
        } else if parts.count == 2, parts[1].uppercased().hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
            self = .quarter(year: year, quarter: quarter)
        } else if parts.count == 2, parts[1].count <= 2, let month = Int(parts[1]), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    /// `2024年6月`, `2024年第二季度`, `2024年度`, `专项公开`.
    public var chinese: String {
        switch self {
        case let .month(year, month): "\(year)年\(month)月"
        case let .quarter(year, quarter): "\(year)年第\(["一", "二", "三", "四"][quarter - 1])季度"
        case let .year(year): "\(year)年度"
        case .matter: "专项公开"
        }
    }

    /// The year the period falls in; nil for a single matter.
    public var year: Int? {
        switch self {
        case let .month(year, _), let .quarter(year, _), let .year(year): year
        case .matter: nil
        }
    }

    public var kindName: String {
        switch self {
        case .month: "月度"
        case .quarter: "季度"
        case .year: "年度"
        case .matter: "专项"
        }
    }

    /// Orders periods by when they end, a single matter last.
    private var sortKey: (Int, Int, Int) {
        switch self {
        case let .month(year, month): (year, month, 0)
        case let .quarter(year, quarter): (year, quarter * 3, 1)
        case let .year(year): (year, 12, 2)
        case .matter: (Int.max, 0, 0)
        }
    }

    public static func < (lhs: DisclosurePeriod, rhs: DisclosurePeriod) -> Bool {
        lhs.sortKey < rhs.sortKey
    }
}

import Foundation
