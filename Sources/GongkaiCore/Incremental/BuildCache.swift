import Foundation

/// What the last build wrote, unit by unit, and what it knew of every village, kept in the
/// output (`BuildCache+Files`). An incremental build leaves unchanged village folders unread
/// (`VillageReuse`), renders a unit again only when its fingerprint changed, and removes the
/// files of units that no longer exist. The cache depends only on the content and on the
/// files' stamps, so an incremental build and a clean build write the same pages.
struct BuildCache: Codable, Equatable, Sendable {
    struct Unit: Codable, Equatable, Sendable {
        var fingerprint: String
        /// The unit's files, in the order it renders them.
        var files: [String]

        init(fingerprint: String, files: [String]) {
            self.fingerprint = fingerprint
            self.files = files
        }

        private enum CodingKeys: String, CodingKey { case fingerprint, files }

        /// The files are kept as one text, one path a line (`CacheText`; an array when a name
        /// holds a line break or is empty): decoding 330,000 names one JSON value at a time
        /// was a tenth of reading the cache of 10,000 villages.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            fingerprint = try container.decode(String.self, forKey: .fingerprint)
            if let lines = try? container.decode(CacheText.self, forKey: .files).text {
                // Split on bytes: splitting a String on a Character walks grapheme clusters.
                files = lines.isEmpty ? [] : lines.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
                    String(Substring($0))
                }
            } else {
                files = try container.decode([String].self, forKey: .files)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fingerprint, forKey: .fingerprint)
            if files.contains(where: { $0.isEmpty || $0.utf8.contains(UInt8(ascii: "\n")) }) {
                try container.encode(files, forKey: .files)
            } else {
                try container.encode(CacheText(files.joined(separator: "\n")), forKey: .files)
            }
        }
    }

    /// 3: units' files as one string, villages' published records and feed entries as text;
    /// 4: villages as arrays of their fields (`PositionalCoding`); 5: a text's reference one
    /// number instead of a pair (`CacheText`).
    static let format = 5
    /// Changing the generator can change any page: a cache from another version is not used.
    static let generatorVersion = GongkaiVersion.current

    var format = BuildCache.format
    var generator = BuildCache.generatorVersion
    var units: [String: Unit]
    /// Every village, by folder path, for `VillageReuse`.
    var villages: [String: CachedVillage] = [:]
    /// `InputFingerprints.siteFacts` of the build that wrote the cache.
    var siteFacts = ""
    /// The sitemap files the build wrote and what they were made from.
    var sitemap = Sitemap.Record()
    /// `IncrementalState.inputs` of the build that wrote the cache, and the warnings it
    /// reported: what a build with nothing to do reports again. (The digest of the files it
    /// left in the output is made when the index is written, `files(comparedWith:…)`.)
    var inputs = ""
    /// `IncrementalState.manifestDigest` of the manifest the build left in the output.
    var manifest = ""
    var warnings: [Diagnostic] = []
}
