extension SiteWriter {
    /// What the new build cache records besides the units: every village, the digest of the
    /// inputs and the warnings of the build.
    struct Record {
        var villages: [String: CachedVillage]
        /// The villages (folder paths) the build left unread: their entries are the cache's.
        var leftUnread: Set<String> = []
        var inputs: String
        var warnings: [Diagnostic]

        /// The townships none of whose villages was read again, added or removed since the
        /// `previous` cache: their part of the cache is the one the output holds.
        func unchangedTownships(since previous: BuildCache?) -> Set<String> {
            guard let previous else { return [] }
            var touched: Set<String> = []
            for path in villages.keys where !leftUnread.contains(path) { touched.insert(BuildCache.township(ofVillageFolder: path)) }
            for path in previous.villages.keys where villages[path] == nil { touched.insert(BuildCache.township(ofVillageFolder: path)) }
            var unchanged: Set<String> = []
            for path in leftUnread {
                let township = BuildCache.township(ofVillageFolder: path)
                if !touched.contains(township) { unchanged.insert(township) }
            }
            return unchanged
        }
    }
}
