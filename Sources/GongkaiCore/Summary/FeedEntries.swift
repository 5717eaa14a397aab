import Foundation

/// A village's entries in the site's feed (`AtomFeed.Item`), kept as JSON text: one row of
/// strings an entry. The site's feed takes only the newest 100 entries of the whole site, so
/// the rows of most villages are never read back; the build cache holds them as one text a
/// village instead of a tree of values, and `AtomFeed.newest(_:amongVillages:)` decodes only
/// the villages whose newest entry (`newest`) can still be among the newest of the site.
struct FeedEntries: Sendable, Hashable {
    private(set) var count: Int
    /// The day the newest entry was published; nil when there are none.
    private(set) var newest: CalendarDate?
    /// `[villageID, title, page, category, published, updated, summary, tieKind, tieSlug]`
    /// rows joined by commas, without the brackets around them.
    private var rows: String

    init(_ items: [AtomFeed.Item]) {
        count = items.count
        newest = items.map(\.published).max()
        var bytes: [UInt8] = []
        JSONText.appendRows(items.map(Self.row), to: &bytes)
        rows = String(decoding: bytes, as: UTF8.self)
    }

    var isEmpty: Bool { count == 0 }

    /// The entries, in the order they were made; none when the text cannot be read back (a
    /// damaged build cache).
    var items: [AtomFeed.Item] {
        guard count > 0, let rows = try? JSONDecoder().decode([[String]].self, from: Data("[\(rows)]".utf8)) else { return [] }
        let items = rows.compactMap(Self.item)
        return items.count == count ? items : []
    }

    private static func row(_ item: AtomFeed.Item) -> [String] {
        [item.villageID, item.title, item.page, item.category, item.published.description, item.updated.description, item.summary,
         String(item.tieKind), item.tieSlug]
    }

    private static func item(_ row: [String]) -> AtomFeed.Item? {
        guard row.count == 9, let published = CalendarDate(row[4]), let updated = CalendarDate(row[5]), let tieKind = Int(row[7]) else {
            return nil
        }
        return AtomFeed.Item(
            villageID: row[0], title: row[1], page: row[2], category: row[3], published: published, updated: updated, summary: row[6],
            tieKind: tieKind, tieSlug: row[8])
    }
}

/// In the build cache, its fields in this order (`CacheReader`).
extension FeedEntries: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        count = try reader.read()
        newest = try reader.read()
        rows = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(count)
        writer.write(newest)
        writer.write(rows)
    }
}
