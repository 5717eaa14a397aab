import Foundation

/// The manifest an incremental build checks what it publishes against.
///
/// When the output's `gongkai-manifest.json` is the very file the last build wrote (its digest
/// is the one the build cache recorded, `BuildCache.manifest`), it holds the published records
/// of the villages that cache records, and nothing else. The villages this build leaves unread
/// publish exactly what they did then, so their records cannot differ: only the records of the
/// villages read again, and of those that are gone, need comparing, and they come from the
/// cache instead of from parsing the file (13 MB at 10,000 villages).
///
/// Any other manifest (one given with `--previous-manifest`, one edited by hand, one left by
/// a build whose cache cannot be used) is read from its file, as a clean build does.
enum PreviousManifest {
    /// The records to compare with, from the cache; nil when the file must be read.
    static func fromCache(
        _ cache: BuildCache?, outputManifestDigest: String, leftUnread: [String: CachedVillage], explicitManifestGiven: Bool
    ) -> PublicationManifest? {
        guard !explicitManifestGiven, let cache, !cache.manifest.isEmpty, cache.manifest == outputManifestDigest else { return nil }
        var notices: [PublicationManifest.Entry] = []
        var finance: [PublicationManifest.Entry] = []
        for (path, village) in cache.villages where leftUnread[path] == nil {
            // Records that cannot be read back: the file is read instead.
            guard let records = village.summary.published.decoded() else { return nil }
            notices += records.notices
            finance += records.finance.map(\.entry)
        }
        return PublicationManifest(disclosures: notices, finance: finance)
    }
}
