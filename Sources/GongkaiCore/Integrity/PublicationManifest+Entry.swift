extension PublicationManifest.Entry {
    /// A notice as the manifest records it.
    init(notice disclosure: Disclosure, of village: Village) {
        self.init(
            path: SitePaths.disclosure(village.id, disclosure.slug), source: disclosure.file, village: village.name,
            title: disclosure.title, publishedOn: disclosure.publishedOn.description, sha256: disclosure.contentHash,
            corrections: disclosure.corrections.count, retracted: disclosure.retraction != nil,
            attachments: disclosure.attachments.isEmpty
                ? nil : disclosure.attachments.map { .init(name: $0.name, bytes: $0.bytes, sha256: $0.sha256) })
    }

    /// A period of finance data as the manifest records it.
    init(period: FinancePeriod, of village: Village) {
        self.init(
            path: SitePaths.financePeriod(village.id, period.slug), source: period.balanceFile, village: village.name,
            title: period.title, publishedOn: period.publishedOn.description, sha256: period.contentHash,
            corrections: period.corrections.count, retracted: false)
    }
}
