import Foundation
import Yams

/// The content folder as parsed files, before any field is checked: what the load stage hands
/// to the validate stage. Nodes keep their line and column.
struct RawContent {
    var site: ParsedYAML?
    var plan: ParsedYAML?
    var indicators: ParsedYAML?
    var columns: ParsedYAML?
    var tasks: ParsedYAML?
    var catalogue: ParsedYAML?
    /// Townships' and villages' own `catalogue.yaml` (adjustments to the county's).
    var catalogueOverrides: [RawCatalogueOverride] = []
    var pages: [RawPage]
    var townships: [RawTownship]
}

/// One YAML document and the file it came from.
struct ParsedYAML {
    var file: String
    var node: Node
    /// Added to libyaml's line numbers (front matter starts below the file's first line).
    var lineOffset: Int = 0
}

/// A Markdown page: its front matter (if any) and its body.
struct RawPage {
    var file: String
    var frontMatter: ParsedYAML?
    var body: String
    var bodyFirstLine: Int
}

/// A township folder: `townships/<id>/township.yaml` and its village folders, which are read
/// as they are checked (`TownshipLoader.loadVillage`).
struct RawTownship {
    struct VillageFolder: Sendable {
        var id: String
        /// Relative to the content folder.
        var path: String
    }

    var id: String
    var folder: String
    var yaml: ParsedYAML?
    /// The content folder the village folders are in.
    var content: URL
    var villageFolders: [VillageFolder]
    /// Villages an incremental build did not load (`VillageReuse`), as the cache summarized them.
    var reused: [VillageSummary] = []
}

/// A village folder: `village.yaml`, its CSV tables, custom lists and disclosures.
struct RawVillage {
    var id: String
    var folder: String
    var yaml: ParsedYAML?
    /// Built-in tables by file name (`services.csv` …); absent files are absent.
    var tables: [String: CSVTable]
    /// Tables that exist but could not be read (already reported).
    var unreadableTables: Set<String>
    var customLists: [RawCustomList]
    var disclosures: [RawPage]
    /// The folders in `disclosures/` (attachments of the notice with the same name), by name.
    var attachmentFolders: [String: [RawAttachmentFile]] = [:]
    /// `finance/<period>.csv` with `finance/<period>.yaml`, by period.
    var finance: [RawFinancePeriod] = []
}

/// `lists/<slug>.yaml` with `lists/<slug>.csv`.
struct RawCustomList {
    var slug: String
    var yaml: ParsedYAML?
    var table: CSVTable?
    var folder: String
}
