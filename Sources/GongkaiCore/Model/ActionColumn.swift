/// A 专栏 of the plan: a titled group of numbered actions (行动) or works (工程).
public struct ActionColumn: Sendable, Hashable {
    public var number: String
    public var title: String
    /// The number of the chapter the column is printed in, if given.
    public var section: String?
    public var items: [ActionItem]

    /// An anchor for links: `column-2`.
    public var anchor: String { "column-\(AnchorText.make(number))" }
}

/// One numbered action of a 专栏.
public struct ActionItem: Sendable, Hashable {
    public var number: String
    public var title: String
    /// Markdown.
    public var text: String
    public var targets: [QuantifiedTarget]
}

/// A target stated in an action's text, e.g. 到2023年，全市培育品牌社区社会组织达到1家.
public struct QuantifiedTarget: Sendable, Hashable {
    public var year: Int
    public var text: String
    public var value: IndicatorValue
}
