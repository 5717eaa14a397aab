/// The catalogue one village is held to: the county's, with its township's and its own
/// adjustments applied in that order (county → township → village).
public struct EffectiveCatalogue: Sendable, Hashable {
    /// Every item known at this level, in order: the county's, then those the township added,
    /// then those the village added. Switched-off items stay, marked.
    public var entries: [Entry]

    public init(_ catalogue: DisclosureCatalogue) {
        entries = catalogue.items.map { Entry(item: $0) }
    }

    public struct Entry: Sendable, Hashable {
        public var item: CatalogueItem
        /// What the township or the village added or changed, oldest first.
        public var adjustments: [CatalogueAdjustment] = []
        /// Set when the item is switched off for this village: by whom and why.
        public var switchedOff: CatalogueAdjustment?

        public init(item: CatalogueItem, adjustments: [CatalogueAdjustment] = [], switchedOff: CatalogueAdjustment? = nil) {
            self.item = item
            self.adjustments = adjustments
            self.switchedOff = switchedOff
        }
    }

    public func entry(_ id: String) -> Entry? {
        entries.first { $0.item.id == id }
    }

    /// The items a village of this kind must publish: switched on and applying to its kind.
    public func items(for kind: Village.Kind) -> [CatalogueItem] {
        entries.filter { $0.switchedOff == nil && $0.item.appliesTo.contains(kind) }.map(\.item)
    }

    /// The items switched off that would otherwise apply to a village of this kind.
    public func switchedOff(for kind: Village.Kind) -> [Entry] {
        entries.filter { $0.switchedOff != nil && $0.item.appliesTo.contains(kind) }
    }
}

/// One adjustment of a catalogue item by a township or a village, for the village page.
public struct CatalogueAdjustment: Sendable, Hashable {
    public enum Level: Sendable, Hashable {
        case township
        case village
    }

    public var level: Level
    /// What changed, in words: 新增事项, 频次：季度 → 月度, 恢复公开….
    public var changes: [String]
    public var reason: String?

    public init(level: Level, changes: [String], reason: String?) {
        self.level = level
        self.changes = changes
        self.reason = reason
    }
}
