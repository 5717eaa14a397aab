import Foundation

extension SiteContent {
    /// Every village's summary, township by township.
    var allSummaries: [VillageSummary] { townships.flatMap(\.summaries) }

    /// Every village's key figures, township by township, without gathering the summaries
    /// into one array first.
    var allFigures: [VillageFigures] { townships.flatMap { $0.summaries.map(\.figures) } }

    /// Whether the site has a feed: whether any village publishes notices or finance data.
    var hasFeed: Bool { townships.contains { $0.summaries.contains { !$0.feed.isEmpty } } }

    /// The site with a summary of every loaded village that has none yet, made on all cores;
    /// summaries it has (of villages taken from the build cache) are kept. Each township's
    /// summaries end up sorted by id, like its folders. Doing it twice changes nothing.
    func summarized(workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> SiteContent {
        let jobs = townships.indices.flatMap { t in
            let known = Set(townships[t].summaries.map(\.id))
            return townships[t].villages.indices.filter { !known.contains(townships[t].villages[$0].id) }
                .map { SummaryJob(township: t, village: $0) }
        }
        guard !jobs.isEmpty else { return self }
        let made = ParallelMap.map(jobs, workers: workers) { job in
            let township = townships[job.township]
            let village = township.villages[job.village]
            return VillageSummary(village, in: township, catalogue: catalogue(for: village), asOf: asOf)
        }
        var site = self
        for (job, summary) in zip(jobs, made) {
            site.townships[job.township].summaries.append(summary)
        }
        for t in site.townships.indices {
            site.townships[t].summaries.sort { $0.id < $1.id }
        }
        return site
    }

    private struct SummaryJob: Sendable {
        var township: Int
        var village: Int
    }

    /// Mobile numbers published on purpose anywhere in the site (township phones, village
    /// stations and contacts), which `privacy: mask` leaves as they are.
    var declaredPublicNumbers: Set<String> {
        var numbers = Set(townships.compactMap(\.phone).flatMap { PersonalDataScanner.scan($0).map(\.digits) })
        // Village by village, without gathering every summary into one array first.
        for township in townships {
            for summary in township.summaries { numbers.formUnion(summary.publicNumbers) }
        }
        return numbers
    }
}
