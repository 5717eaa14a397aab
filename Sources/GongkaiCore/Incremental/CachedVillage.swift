/// What the build cache keeps of a village, so that an incremental build can leave its
/// folder unread when nothing it depends on changed (`VillageReuse`).
struct CachedVillage: Equatable, Sendable {
    /// `FolderStamp` of the village folder when it was last read.
    var stamp: String
    /// What the village's checks and pages depend on besides its folder: the shared inputs,
    /// the plan and its township (`InputFingerprints.context(ofTownship:)`).
    var context: String
    /// The content digest of the folder (`InputFingerprints.villages`).
    var fingerprint: String
    var summary: VillageSummary
    /// The warnings its checks gave (a build with errors keeps no cache).
    var warnings: [Diagnostic]
}

/// In the build cache, its fields in this order (`CacheReader`).
extension CachedVillage: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        stamp = try reader.read()
        context = try reader.read()
        fingerprint = try reader.read()
        summary = try reader.read()
        warnings = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(stamp)
        writer.write(context)
        writer.write(fingerprint)
        writer.write(summary)
        writer.write(warnings)
    }
}
