/// A township (乡/镇) or sub-district (街道): the level between the county and its villages.
public struct Township: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case xiang = "乡"
        case zhen = "镇"
        case jiedao = "街道"
    }

    /// Stable id: the folder name (a 9-digit division code or a slug).
    public var id: String
    /// 9-digit 行政区划代码, when known.
    public var code: String?
    public var name: String
    public var kind: Kind
    public var address: String?
    public var phone: String?
    /// Markdown.
    public var summary: String?
    /// The villages loaded and checked in this build, sorted by id: all of them in a clean
    /// build, only those whose folder (or whatever they depend on) changed in an incremental one.
    public var villages: [Village]
    /// Every village's summary, sorted by id: what the pages above a village are made from.
    public var summaries: [VillageSummary] = []
}
