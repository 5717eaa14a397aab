extension Village {
    /// Everything the village has published that counts for `item`: its notices naming the item
    /// (not withdrawn) and the periods its finance data covers (see `FinanceFulfilment`).
    public func catalogueRecords(for item: CatalogueItem, in catalogue: EffectiveCatalogue) -> [CatalogueRecord] {
        let notices = disclosures.compactMap(CatalogueRecord.init).filter { $0.item == item.id }
        let fallback = FinanceFulfilment.defaultItem(among: catalogue.items(for: kind))?.id
        let finance = self.finance.filter { ($0.item ?? fallback) == item.id }
        return notices + FinanceFulfilment.records(for: item, from: finance)
    }

    /// Finance periods that name no item while no 财务 item is theirs by default (there are
    /// several monthly or quarterly ones, or only yearly ones): a missing item's warning then
    /// says to name one.
    public func hasUnassignedFinance(in catalogue: EffectiveCatalogue) -> Bool {
        !finance.isEmpty && finance.contains { $0.item == nil }
            && FinanceFulfilment.defaultItem(among: catalogue.items(for: kind)) == nil
            && catalogue.items(for: kind).contains { $0.category == .finance && $0.frequency != .perMatter }
    }
}
