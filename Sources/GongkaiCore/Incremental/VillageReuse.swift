import Foundation

/// Decides, before anything is loaded, which village folders an incremental build can leave
/// unread: those whose `FolderStamp` and context (shared inputs, plan, township) are the
/// ones recorded in the build cache, and whose pages are all still in the output (assumed while
/// the output is being looked at: `PendingOutputInventory`). Their
/// summaries, content digests and warnings come from the cache; everything else is loaded and
/// checked as in a clean build.
struct VillageReuse: Sendable {
    /// `FolderStamp` of every village folder found, by its path in the content folder
    /// (`townships/<t>/villages/<v>`).
    var stamps: [String: String]
    /// The cached villages that can stay unread, by folder path.
    var reused: [String: CachedVillage]

    static func plan(state: IncrementalState, cache: BuildCache?, fingerprints: InputFingerprints) -> VillageReuse {
        var plan = VillageReuse(stamps: state.stamps, reused: [:])
        guard let cache else { return plan }
        // One digest per township, not per village.
        var contexts: [String: String] = [:]
        for township in fingerprints.townships.keys { contexts[township] = fingerprints.context(ofTownship: township) }
        plan.reused.reserveCapacity(state.stamps.count)
        for (path, stamp) in state.stamps {
            let township = BuildCache.township(ofVillageFolder: path)
            guard let cached = cache.villages[path], cached.stamp == stamp,
                  cached.context == contexts[township] ?? fingerprints.context(ofTownship: township),
                  let unit = cache.units["village/\(cached.summary.id)"], unit.fingerprint != "",
                  state.pendingOutput.assumingAsRecorded(holds: unit.files.names)
            else { continue }
            plan.reused[path] = cached
        }
        return plan
    }

    /// What the next build's cache keeps of every village: those left unread as they were,
    /// the loaded ones with their stamp, digest, summary and the warnings found in their folder.
    static func entries(
        of site: SiteContent, reuse: VillageReuse, fingerprints: InputFingerprints, diagnostics: [Diagnostic]
    ) -> [String: CachedVillage] {
        var warnings: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .warning {
            if let folder = ContentPaths.villageFolder(containing: diagnostic.location.file) { warnings[folder, default: []].append(diagnostic) }
        }
        var entries = reuse.reused
        for township in site.townships {
            let context = fingerprints.context(ofTownship: township.id)
            for summary in township.summaries {
                let path = ContentPaths.village(summary.id, inTownship: township.id)
                guard reuse.reused[path] == nil, let fingerprint = fingerprints.villages[summary.id] else { continue }
                entries[path] = CachedVillage(
                    stamp: reuse.stamps[path] ?? "", context: context, fingerprint: fingerprint, summary: summary,
                    warnings: (warnings[path] ?? []).sorted())
            }
        }
        return entries
    }
}
