import Foundation

extension VillageSummary {
    /// What a village has published, kept as the manifest's own text: its notices and its
    /// periods of finance data, each entry laid out exactly as `gongkai-manifest.json` lays it
    /// out. The manifest is put together from these parts without decoding them
    /// (`PublicationManifest.file(of:)`), and the build cache holds them as two strings a
    /// village instead of a tree of values: decoding such trees was most of the time a rebuild
    /// of a province spent reading its cache. The entries are decoded only where they are
    /// compared with a previous manifest (`decoded()`).
    struct PublishedRecords: Sendable, Hashable {
        /// The notices' entries, sorted by path, as elements of the manifest's `disclosures`
        /// array (`PublicationManifest.elements(_:)`); "" when there are none.
        private(set) var noticeElements: String
        private(set) var noticeCount: Int
        /// The same for periods of finance data and the `finance` array.
        private(set) var financeElements: String
        private(set) var financeCount: Int
        /// Each period's table (`finance/<period>.csv`), in the order of `financeElements`;
        /// the entry's `source` is its yaml.
        private(set) var tableFiles: [String]

        init(notices: [PublicationManifest.Entry], finance: [FinanceRecord]) {
            let notices = notices.sorted { $0.path < $1.path }
            let finance = finance.sorted { $0.entry.path < $1.entry.path }
            noticeElements = PublicationManifest.elements(notices)
            noticeCount = notices.count
            financeElements = PublicationManifest.elements(finance.map(\.entry))
            financeCount = finance.count
            tableFiles = finance.map(\.tableFile)
        }

        /// The records as entries; nil when the text cannot be read back (a damaged build
        /// cache), which the callers treat as nothing published.
        func decoded() -> (notices: [PublicationManifest.Entry], finance: [FinanceRecord])? {
            guard let notices = Self.entries(noticeElements, count: noticeCount),
                  let finance = Self.entries(financeElements, count: financeCount), finance.count == tableFiles.count
            else { return nil }
            return (notices, zip(finance, tableFiles).map { FinanceRecord(entry: $0, tableFile: $1) })
        }

        private static func entries(_ elements: String, count: Int) -> [PublicationManifest.Entry]? {
            guard count > 0 else { return elements.isEmpty ? [] : nil }
            let entries = try? JSONDecoder().decode([PublicationManifest.Entry].self, from: Data("[\(elements)]".utf8))
            return entries?.count == count ? entries : nil
        }
    }

    struct FinanceRecord: Sendable, Hashable {
        var entry: PublicationManifest.Entry
        /// The period's table (`finance/<period>.csv`); the entry's `source` is its yaml.
        var tableFile: String
    }
}

/// In the build cache, its fields in this order (`CacheReader`).
extension VillageSummary.PublishedRecords: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        noticeElements = try reader.read()
        noticeCount = try reader.read()
        financeElements = try reader.read()
        financeCount = try reader.read()
        tableFiles = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(noticeElements)
        writer.write(noticeCount)
        writer.write(financeElements)
        writer.write(financeCount)
        writer.write(tableFiles)
    }
}
