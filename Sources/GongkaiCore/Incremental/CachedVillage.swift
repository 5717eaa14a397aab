/// What the build cache keeps of a village, so that an incremental build can leave its
/// folder unread when nothing it depends on changed (`VillageReuse`).
struct CachedVillage: Codable, Equatable, Sendable {
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

/// In the build cache, one array of the fields in this order (`PositionalCoding`).
extension CachedVillage {
    init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        stamp = try fields.decode(String.self)
        context = try fields.decode(String.self)
        fingerprint = try fields.decode(String.self)
        summary = try fields.decode(VillageSummary.self)
        warnings = try fields.decode([Diagnostic].self)
    }

    func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(stamp)
        try fields.encode(context)
        try fields.encode(fingerprint)
        try fields.encode(summary)
        try fields.encode(warnings)
    }
}
