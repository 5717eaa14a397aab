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
    /// Sorted by id.
    public var villages: [Village]
}
