extension SiteContent {
    /// The catalogue a village is held to: the county's with its township's and its own
    /// adjustments; nil when the site has no catalogue.
    public func catalogue(for village: Village) -> EffectiveCatalogue? {
        villageCatalogues[village.id] ?? catalogue.map(EffectiveCatalogue.init)
    }
}
