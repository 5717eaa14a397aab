extension VillageSummary {
    /// Summarizes a validated village of `township`, held to `catalogue` on `asOf`.
    init(_ village: Village, in township: Township, catalogue: EffectiveCatalogue?, asOf: CalendarDate?) {
        figures = VillageFigures(village)
        searchRows = SearchPage.Rows(SearchPage.entries(of: village, in: township))
        feed = FeedEntries(AtomFeed.items(of: village))
        published = PublishedRecords(
            notices: village.disclosures.map { PublicationManifest.Entry(notice: $0, of: village) },
            finance: village.finance.map { FinanceRecord(entry: PublicationManifest.Entry(period: $0, of: village), tableFile: $0.tableFile) })
        self.catalogue = asOf.flatMap { day in catalogue.map { Self.cells(of: village, in: $0, asOf: day) } }
        publicNumbers = PrivacyGuard.declaredPublicNumbers(of: village)
    }

    /// The village's standing on every item of its catalogue, in the catalogue's order.
    private static func cells(of village: Village, in catalogue: EffectiveCatalogue, asOf: CalendarDate) -> [CatalogueCell] {
        catalogue.entries.map { entry in
            let value: CatalogueCell.Value
            if !entry.item.appliesTo.contains(village.kind) {
                value = .notApplicable
            } else if entry.switchedOff != nil {
                value = .switchedOff
            } else {
                let standing = DisclosureSchedule.standing(
                    of: entry.item, records: village.catalogueRecords(for: entry.item, in: catalogue),
                    nothingToPublish: village.nothingToPublish, asOf: asOf)
                value = .standing(standing.state, text: standing.due.map { "\(standing.state.label)（\($0.chinese)）" } ?? standing.state.label)
            }
            return CatalogueCell(itemID: entry.item.id, title: entry.item.title, value: value)
        }
    }
}
