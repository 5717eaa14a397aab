import Foundation

/// Decides, before anything is loaded, which village folders an incremental build can leave
/// unread: those whose `FolderStamp` and context (shared inputs, plan, township) are the
/// ones recorded in the build cache, and whose pages are all still in the output. Their
/// summaries, content digests and warnings come from the cache; everything else is loaded and
/// checked as in a clean build.
struct VillageReuse: Sendable {
    /// `FolderStamp` of every village folder found, by its path in the content folder
    /// (`townships/<t>/villages/<v>`).
    var stamps: [String: String]
    /// The cached villages that can stay unread, by folder path.
    var reused: [String: CachedVillage]

    /// The village folders, relative to the content folder, township by township.
    static func villageFolders(in content: URL) -> [(township: String, path: String)] {
        let root = TownshipLoader.folder
        return FolderListing.folders(in: content.appending(path: root, directoryHint: .isDirectory)).flatMap { township in
            let villages = "\(root)/\(township)/villages"
            return FolderListing.folders(in: content.appending(path: villages, directoryHint: .isDirectory)).map {
                (township, "\(villages)/\($0)")
            }
        }
    }

    static func plan(
        content: URL, cache: BuildCache?, outputFiles: Set<String>, fingerprints: InputFingerprints,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> VillageReuse {
        let folders = villageFolders(in: content)
        let decisions = ParallelMap.map(folders.map { Job(township: $0.township, path: $0.path) }, workers: workers) { job in
            let stamp = FolderStamp.of(content.appending(path: job.path, directoryHint: .isDirectory))
            guard let cache, let cached = cache.villages[job.path], cached.stamp == stamp,
                  cached.context == fingerprints.context(ofTownship: job.township),
                  let unit = cache.units["village/\(cached.summary.id)"], unit.fingerprint != "",
                  unit.files.allSatisfy(outputFiles.contains)
            else { return Decision(stamp: stamp, reuse: nil) }
            return Decision(stamp: stamp, reuse: cached)
        }
        var plan = VillageReuse(stamps: [:], reused: [:])
        for (folder, decision) in zip(folders, decisions) {
            plan.stamps[folder.path] = decision.stamp
            if let reuse = decision.reuse { plan.reused[folder.path] = reuse }
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
            if let folder = PrivacyGuard.villageFolder(of: diagnostic.location.file) { warnings[folder, default: []].append(diagnostic) }
        }
        var entries = reuse.reused
        for township in site.townships {
            let context = fingerprints.context(ofTownship: township.id)
            var summaries: [String: VillageSummary] = [:]
            for summary in township.summaries { summaries[summary.id] = summary }
            for village in township.villages {
                let path = "\(TownshipLoader.folder)/\(township.id)/villages/\(village.id)"
                guard let summary = summaries[village.id], let fingerprint = fingerprints.villages[village.id] else { continue }
                entries[path] = CachedVillage(
                    stamp: reuse.stamps[path] ?? "", context: context, fingerprint: fingerprint, summary: summary,
                    warnings: warnings[path] ?? [])
            }
        }
        return entries
    }

    private struct Job: Sendable {
        var township: String
        var path: String
    }

    private struct Decision: Sendable {
        var stamp: String
        var reuse: CachedVillage?
    }
}
