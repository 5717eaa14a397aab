/// The site as checked before its villages: what every village is checked and rendered
/// against. Each field is nil where its file had an error (already reported).
struct SiteOutline {
    var config: SiteConfig?
    var plan: Plan?
    var pages: [ProsePage]
    /// One per township folder, in folder order.
    var townships: [TownshipDecoder.Decoded]
    var catalogue: DisclosureCatalogue?
    /// The townships' and villages' adjustments to the catalogue (none without a catalogue).
    var overrides: [CatalogueOverride]
    /// The day deadlines are checked against, when the site has a catalogue.
    var asOf: CalendarDate?
    /// Filled in as the villages are checked (`ContentValidator.villages(of:)`).
    var villageCatalogues: [String: EffectiveCatalogue] = [:]

    /// The site, when nothing so far had an error.
    func site(diagnostics: DiagnosticBag) -> SiteContent? {
        guard let config, let plan, !diagnostics.hasErrors else { return nil }
        var site = SiteContent(config: config, plan: plan, townships: townships.compactMap { $0.valid ? $0.township : nil }, pages: pages, catalogue: catalogue)
        site.villageCatalogues = villageCatalogues
        site.asOf = asOf
        return site
    }
}
