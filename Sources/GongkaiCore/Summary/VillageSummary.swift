/// What the pages above a village need from it, and nothing more: the township page, the
/// home, plan and indicator pages, search, the site's feed and the publication manifest.
///
/// A summary is made from the validated village once per build (`VillageSummary.init`). It is
/// small, and the build cache keeps one per village (`CacheCodable`): an incremental build takes an
/// unchanged village's summary from the cache instead of loading and checking its folder.
public struct VillageSummary: Sendable, Hashable {
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
    struct CatalogueCell: Sendable, Hashable {
        enum Value: Sendable, Hashable {
            case notApplicable
            case switchedOff
            case standing(DisclosureSchedule.State, text: String)
        }

        var itemID: String
        var title: String
        var value: Value
    }
}

/// In the build cache, its fields in this order (`CacheReader`).
extension VillageSummary: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        figures = try reader.read()
        searchRows = try reader.read()
        feed = try reader.read()
        published = try reader.read()
        catalogue = try reader.read()
        publicNumbers = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(figures)
        writer.write(searchRows)
        writer.write(feed)
        writer.write(published)
        writer.write(catalogue)
        writer.write(publicNumbers)
    }
}

extension VillageSummary.CatalogueCell: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        itemID = try reader.read()
        title = try reader.read()
        value = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(itemID)
        writer.write(title)
        writer.write(value)
    }
}

/// One byte for the case, then a standing value's state and text.
extension VillageSummary.CatalogueCell.Value: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        switch try reader.readByte() {
        case 0: self = .notApplicable
        case 1: self = .switchedOff
        case 2: self = .standing(try reader.read(), text: try reader.read())
        case let byte: throw CacheReader.Malformed(description: "\(byte) is not a catalogue cell at \(reader.position - 1)")
        }
    }

    func write(to writer: inout CacheWriter) {
        switch self {
        case .notApplicable: writer.writeByte(0)
        case .switchedOff: writer.writeByte(1)
        case .standing(let state, let text):
            writer.writeByte(2)
            writer.write(state)
            writer.write(text)
        }
    }
}
