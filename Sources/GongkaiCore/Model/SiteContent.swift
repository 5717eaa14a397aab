/// Everything the validate stage produced: the typed model of the whole site.
public struct SiteContent: Sendable, Hashable {
    public var config: SiteConfig
    public var plan: Plan
    /// Sorted by id.
    public var townships: [Township]
    public var pages: [ProsePage]
    /// The disclosure catalogue, when the site has one.
    public var catalogue: DisclosureCatalogue?
    /// The catalogue of each village whose township or folder adjusts the county's, by
    /// village id (see `catalogue(for:)`).
    public var villageCatalogues: [String: EffectiveCatalogue] = [:]
    /// The day deadlines are checked against (`--as-of`, or today).
    public var asOf: CalendarDate?
    /// Each computed indicator's value over every village, by indicator id, as
    /// `applyingComputedIndicators()` worked it out (see `computedValue(of:)`).
    var computedValues: [String: ComputedValue] = [:]

    public init(config: SiteConfig, plan: Plan, townships: [Township] = [], pages: [ProsePage], catalogue: DisclosureCatalogue? = nil) {
        self.config = config
        self.plan = plan
        self.townships = townships
        self.pages = pages
        self.catalogue = catalogue
    }
}
