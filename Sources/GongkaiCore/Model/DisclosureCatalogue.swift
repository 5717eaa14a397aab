/// The disclosure catalogue (公开目录): what each village must publish, how often, and by when.
public struct DisclosureCatalogue: Sendable, Hashable {
    public var items: [CatalogueItem]

    public init(items: [CatalogueItem]) {
        self.items = items
    }

    public func item(_ id: String) -> CatalogueItem? {
        items.first { $0.id == id }
    }

    /// The items that apply to a village of this kind.
    public func items(for kind: Village.Kind) -> [CatalogueItem] {
        items.filter { $0.appliesTo.contains(kind) }
    }
}

/// One item of the catalogue, e.g. 财务收支情况, quarterly, by the 10th of the next month.
public struct CatalogueItem: Sendable, Hashable {
    public enum Frequency: String, Sendable, Hashable, CaseIterable {
        case monthly = "月度"
        case quarterly = "季度"
        case yearly = "年度"
        case perMatter = "一事一公开"
    }

    public var id: String
    public var title: String
    public var category: Disclosure.Category
    /// 公开依据.
    public var basis: String?
    public var frequency: Frequency
    /// The day of the month after the period ends by which it must be published (1–31; a day
    /// past the month's end means its last day).
    public var deadlineDay: Int
    public var appliesTo: Set<Village.Kind>
    /// Who publishes it (村民委员会, 村务监督委员会…).
    public var publisher: String?
}
