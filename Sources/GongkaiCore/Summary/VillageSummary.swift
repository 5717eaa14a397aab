/// What the pages above a village need from it, and nothing more: the township page, the
/// home, plan and indicator pages, search, the site's feed and the publication manifest.
///
/// A summary is made from the validated village once per build (`VillageSummary.init`). It is
/// small and `Codable`, so the build cache keeps one per village: an incremental build takes an
/// unchanged village's summary from the cache instead of loading and checking its folder.
public struct VillageSummary: Sendable, Hashable, Codable {
    public var figures: VillageFigures
    public var id: String { figures.id }
    /// The village's entries in the site's search index, in order, as rows of the index.
    var searchRows: SearchPage.Rows
    /// The village's entries in the site's feed: every notice and period of finance data.
    var feed: FeedEntries
    /// What the village has published, as the manifest records it.
    var published: PublishedRecords
    /// The village's row of its township's catalogue overview, item by item of its own
    /// catalogue; nil when the site has no catalogue or no reference day.
    var catalogue: [CatalogueCell]?
    /// Digits of the mobile numbers the village publishes on purpose (station and contacts):
    /// never masked under `privacy: mask`.
    var publicNumbers: [String]

    /// One item of the village's catalogue, as its township's overview shows it.
    struct CatalogueCell: Sendable, Hashable, Codable {
        enum Value: Sendable, Hashable, Codable {
            case notApplicable
            case switchedOff
            case standing(DisclosureSchedule.State, text: String)
        }

        var itemID: String
        var title: String
        var value: Value
    }
}

/// In the build cache, one array of the fields in this order (`PositionalCoding`).
extension VillageSummary {
    public init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        figures = try fields.decode(VillageFigures.self)
        searchRows = try fields.decode(SearchPage.Rows.self)
        feed = try fields.decode(FeedEntries.self)
        published = try fields.decode(PublishedRecords.self)
        catalogue = try fields.decodeIfPresent([CatalogueCell].self)
        publicNumbers = try fields.decode([String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(figures)
        try fields.encode(searchRows)
        try fields.encode(feed)
        try fields.encode(published)
        try fields.encodeOptional(catalogue)
        try fields.encode(publicNumbers)
    }
}
