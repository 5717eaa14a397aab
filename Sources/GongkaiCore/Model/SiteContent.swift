/// Everything the validate stage produced: the typed model of the whole site.
public struct SiteContent: Sendable, Hashable {
    public var config: SiteConfig
    public var plan: Plan
    public var pages: [ProsePage]
}
