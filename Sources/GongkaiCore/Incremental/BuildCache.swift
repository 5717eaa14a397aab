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
    }

    static let format = 2
    /// Changing the generator can change any page: a cache from another version is not used.
    static let generatorVersion = GongkaiVersion.current

    var format = BuildCache.format
    var generator = BuildCache.generatorVersion
    var units: [String: Unit]
    /// Every village, by folder path, for `VillageReuse`.
    var villages: [String: CachedVillage] = [:]
    /// `InputFingerprints.siteFacts` of the build that wrote the cache.
    var siteFacts = ""
    /// `IncrementalState.inputs` of the build that wrote the cache, and the warnings it
    /// reported: what a build with nothing to do reports again. (The digest of the files it
    /// left in the output is made when the index is written, `files(comparedWith:…)`.)
    var inputs = ""
    /// `IncrementalState.manifestDigest` of the manifest the build left in the output.
    var manifest = ""
    var warnings: [Diagnostic] = []
}
