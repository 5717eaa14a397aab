/// A page of prose from `pages/*.md`.
public struct ProsePage: Sendable, Hashable {
    public var file: String
    public var title: String
    public var slug: String
    public var order: Int
    public var inMenu: Bool
    /// Markdown.
    public var body: String
}
