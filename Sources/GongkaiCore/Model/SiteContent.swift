/// Everything the validate stage produced: the typed model of the whole site.
public struct SiteContent: Sendable, Hashable {
    public var config: SiteConfig
    public var plan: Plan
    /// Sorted by id.
    public var townships: [Township]
    public var pages: [ProsePage]

    public init(config: SiteConfig, plan: Plan, townships: [Township] = [], pages: [ProsePage]) {
        self.config = config
        self.plan = plan
        self.townships = townships
        self.pages = pages
    }
}
