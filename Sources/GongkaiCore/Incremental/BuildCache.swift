import Foundation

/// What the last build wrote, unit by unit, and what it knew of every village, kept in the
/// output (`BuildCache+Files`). An incremental build leaves unchanged village folders unread
/// (`VillageReuse`), renders a unit again only when its fingerprint changed, and removes the
/// files of units that no longer exist. The cache depends only on the content and on the
/// files' stamps, so an incremental build and a clean build write the same pages.
struct BuildCache: Equatable, Sendable {
    struct Unit: Equatable, Sendable {
        var fingerprint: String
        /// The unit's files, in the order it renders them.
        var files: FileList
        /// Their digest (`FileSetDigest`), kept so that it need not be worked out again.
        var digest: FileSetDigest

        init(fingerprint: String, files: [String]) {
            self.init(fingerprint: fingerprint, files: FileList(files), digest: FileSetDigest(files))
        }

        init(fingerprint: String, files: FileList, digest: FileSetDigest) {
            self.fingerprint = fingerprint
            self.files = files
            self.digest = digest
        }
    }

    /// 3: units' files as one string, villages' published records and feed entries as text;
    /// 4: villages as arrays of their fields; 5: a text's reference one number instead of a
    /// pair; 6: the binary layout of `CacheReader` instead of JSON; 7: each unit's
    /// `FileSetDigest` kept with its files.
    static let format = 7
    /// Changing the generator can change any page: a cache from another version is not used.
    static let generatorVersion = GongkaiVersion.current

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

/// In the build cache, its fields in this order (`CacheReader`).
extension BuildCache.Unit: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        fingerprint = try reader.read()
        files = try reader.read()
        digest = try reader.read()
        guard digest.count == files.count else { throw CacheReader.Malformed(description: "a unit of \(files.count) files counted \(digest.count)") }
    }

    func write(to writer: inout CacheWriter) {
        writer.write(fingerprint)
        writer.write(files)
        writer.write(digest)
    }
}
