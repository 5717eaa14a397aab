/// 索引号: a notice's stable reference, made from the village, the category, the period and
/// a sequence among that village's notices of the same category and period, ordered by
/// publication date (then file name): `220681100201-CW-2024Q2-001`.
public enum IndexNumber {
    public static func make(for disclosure: Disclosure, in village: Village) -> String {
        let siblings = village.disclosures
            .filter { $0.category == disclosure.category && $0.period == disclosure.period }
            .sorted { ($0.publishedOn, $0.slug) < ($1.publishedOn, $1.slug) }
        let sequence = (siblings.firstIndex { $0.slug == disclosure.slug } ?? 0) + 1
        let padded = String(repeating: "0", count: max(0, 3 - String(sequence).count)) + String(sequence)
        return "\(village.code ?? village.id)-\(categoryCode(disclosure.category))-\(periodCode(disclosure.period))-\(padded)"
    }

    static func categoryCode(_ category: Disclosure.Category) -> String {
        switch category {
        case .party: "DW"
        case .affairs: "CW"
        case .finance: "CZ"
        }
    }

    static func periodCode(_ period: DisclosurePeriod) -> String {
        switch period {
        case let .month(year, month): "\(year)\(month < 10 ? "0" : "")\(month)"
        case let .quarter(year, quarter): "\(year)Q\(quarter)"
        case let .year(year): "\(year)"
        case .matter: "ZX"
        }
    }
}
