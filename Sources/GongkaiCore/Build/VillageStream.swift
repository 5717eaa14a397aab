import Foundation

/// The villages, township by township. Each township's village folders are taken in on all
/// cores (`VillageIntake`: each read once, checked, digested for the build cache and scanned for
/// personal data) and held to their catalogue; then each village is summarized for the pages
/// above it and, when building, rendered and written at once, after which its model is dropped.
/// Memory holds the villages of one township and of the next one being taken in, never the
/// whole province's.
///
/// Two facts about the whole site are known only when every village is: whether the site has
/// a feed, and the phone numbers declared public. A village's pages are rendered assuming that
/// the site has a feed and allowing the numbers declared by every township and by the villages
/// of its own; `rewriteAssumptions` renders again the few villages whose pages depended on
/// what turned out otherwise. Findings of the privacy scan wait for the full set of numbers
/// the same way (`PrivacyFinding`), and deadline warnings wait until the whole site validated.
final class VillageStream {
    private(set) var outline: SiteOutline
    private let townships: [RawTownship]
    private let templates: TemplateLibrary?
    /// Where the pages go; nil when the villages are only checked (`gongkai check`, or an
    /// output that may not be written) and are kept in memory instead.
    private let writer: SiteWriter?
    /// The fingerprints with the site facts assumed while rendering (those of the cache).
    private let fingerprints: InputFingerprints
    private let diagnostics: DiagnosticBag
    /// True once the build cannot succeed: villages are then checked but not rendered.
    private let blocked: () -> Bool
    private let workers: Int
    /// Numbers every township declares, allowed on every page.
    private let townshipNumbers: Set<String>

    /// Deadline warnings, which a build reports only for a site that validated.
    private(set) var deadlineWarnings: [Diagnostic] = []
    /// What the privacy scan found, before the numbers declared anywhere are allowed.
    private(set) var privacyFindings: [PrivacyFinding] = []
    /// The content digest of every village read, by id.
    private(set) var digests: [String: String] = [:]
    /// The villages whose pages were written, and what their pages assumed.
    private var written: [String: Assumptions] = [:]
    /// Whether a village's pages were left as the output has them (same fingerprint).
    private(set) var keptAny = false
    /// When set, each village folder is stamped as it is taken in (`IncrementalState.stampsAwaited`).
    private let stampingSettledBefore: Int64?
    /// The `FolderStamp` and listing of every folder taken in, when they are taken
    /// (`stampingSettledBefore`), by path in the content folder.
    private(set) var stamps: [String: (stamp: String, listing: StampListing?)] = [:]

    private struct Assumptions: Sendable {
        var township: Int
        var hasOwnFeed: Bool
        var siteHasFeed: Bool
        var masked: Set<String>
    }

    init(
        outline: SiteOutline, townships: [RawTownship], templates: TemplateLibrary?, writer: SiteWriter?,
        fingerprints: InputFingerprints, diagnostics: DiagnosticBag, workers: Int, blocked: @escaping () -> Bool,
        stampingSettledBefore: Int64? = nil
    ) {
        self.stampingSettledBefore = stampingSettledBefore
        self.outline = outline
        self.townships = townships
        self.templates = templates
        self.writer = writer
        self.fingerprints = fingerprints
        self.diagnostics = diagnostics
        self.workers = workers
        self.blocked = blocked
        townshipNumbers = Set(outline.townships.compactMap(\.township?.phone).flatMap { PersonalDataScanner.scan($0).map(\.digits) })
    }

    /// Checks (and, when writing, renders) every township's villages, in folder order. Each
    /// township's pages are written in one parallel pass with the intake of the next township's
    /// folders, queued after them, so that no core waits for the last page of a township while
    /// there is work to do. (On another thread of its own, the intake made the heap grow:
    /// 50 MiB more at 50,000 villages, from the memory of more threads allocating at once.)
    func run() {
        guard !townships.isEmpty else { return }
        var taken = pass(writing: nil, thenTakingIn: 0).taken
        for index in townships.indices {
            let next = index + 1 < townships.count ? index + 1 : nil
            let pages = process(index, taken)
            let done = pass(writing: pages, thenTakingIn: next)
            if let pages { record(pages.villages, done.written) }
            taken = done.taken
        }
    }

    /// One township's villages ready to be written, and how.
    private struct PendingPages {
        var villages: [Village]
        var write: @Sendable (Village) -> Assumptions?
    }

    private enum Job: Sendable {
        case write(Village)
        case takeIn(RawTownship.VillageFolder)
    }

    private enum JobDone: Sendable {
        case written(Assumptions?)
        case taken(VillageIntake.Entry)
    }

    /// Writes `pages` and takes in the village folders of township `next`, on all cores.
    private func pass(writing pages: PendingPages?, thenTakingIn next: Int?) -> (written: [Assumptions?], taken: VillageIntake) {
        let jobs = (pages?.villages ?? []).map(Job.write) + (next.map { townships[$0].villageFolders.map(Job.takeIn) } ?? [])
        let content = next.map { townships[$0].content }, township = next.flatMap { outline.townships[$0].township }
        let (write, privacy, stamping) = (pages?.write, outline.config?.privacy ?? .refuse, stampingSettledBefore)
        let results = ParallelMap.map(jobs, workers: workers) { job -> JobDone in
            switch job {
            case let .write(village): .written(write!(village))
            case let .takeIn(folder):
                .taken(VillageIntake.entry(for: folder, in: content!, township: township, privacy: privacy, stampingSettledBefore: stamping))
            }
        }
        var written: [Assumptions?] = []
        var entries: [VillageIntake.Entry] = []
        for result in results {
            switch result {
            case let .written(assumed): written.append(assumed)
            case let .taken(entry): entries.append(entry)
            }
        }
        return (written, VillageIntake(entries: entries))
    }

    /// Checks a township's villages as they were taken in, summarizes them and scans them, and
    /// returns their pages to write, if the build writes them.
    private func process(_ index: Int, _ intake: VillageIntake) -> PendingPages? {
        for entry in intake.entries {
            diagnostics.add(contentsOf: entry.diagnostics)
            if let stamp = entry.stamp { stamps[entry.folder.path] = stamp }
        }
        let checked = ContentValidator.holdToCatalogue(
            intake.villages, of: outline.townships[index], outline: outline, diagnostics: diagnostics)
        outline.villageCatalogues.merge(checked.catalogues) { _, new in new }
        guard outline.townships[index].valid, var township = outline.townships[index].township else { return nil }
        township.villages = checked.villages
        let (catalogue, asOf, checkedTownship) = (outline.catalogue.map(EffectiveCatalogue.init), outline.asOf, township)
        let summaries = ParallelMap.map(checked.villages, workers: workers) { village in
            VillageSummary(village, in: checkedTownship, catalogue: checked.catalogues[village.id] ?? catalogue, asOf: asOf)
        }
        township.summaries = (township.summaries + summaries).sorted { $0.id < $1.id }
        let site = siteView(of: township)
        if let site {
            let bag = DiagnosticBag()
            DeadlineCheck.check(site, diagnostics: bag)
            deadlineWarnings += bag.items
        }
        let allowed = townshipNumbers.union(summaries.flatMap(\.publicNumbers))
        let read = intake.entries.filter { $0.village != nil }
        privacyFindings += PrivacyFinding.allowing(allowed, in: read.flatMap(\.attachmentFindings))
        privacyFindings += PrivacyFinding.allowing(allowed, in: read.flatMap(\.fileFindings))
        for entry in read { digests[entry.village!.id] = entry.digest }
        guard writer != nil, let site, !blocked(),
              let write = pageWriter(of: township, index: index, site: site, siteHasFeed: true, allowed: allowed)
        else {
            // Only checked: the villages stay in memory with their township.
            outline.townships[index].township = township
            return nil
        }
        outline.townships[index].township = township
        outline.townships[index].township?.villages = []
        return PendingPages(villages: checked.villages, write: write)
    }

    /// The site as far as one township's villages need it: their pages and checks look at the
    /// site's settings, catalogue and reference day, their township and themselves. Nil when
    /// site.yaml or the plan has an error.
    private func siteView(of township: Township) -> SiteContent? {
        guard let config = outline.config, let plan = outline.plan else { return nil }
        var site = SiteContent(config: config, plan: plan, townships: [township], pages: outline.pages, catalogue: outline.catalogue)
        site.villageCatalogues = outline.villageCatalogues
        site.asOf = outline.asOf
        return site
    }

    /// Renders and stages villages of one township on all cores.
    private func write(
        _ villages: [Village], of township: Township, index: Int, site: SiteContent, siteHasFeed: Bool, allowed: Set<String>,
        force: Bool = false
    ) {
        guard let write = pageWriter(of: township, index: index, site: site, siteHasFeed: siteHasFeed, allowed: allowed, force: force)
        else { return }
        record(villages, ParallelMap.map(villages, workers: workers, write))
    }

    /// What renders and stages one village of a township, and tells what its pages assumed
    /// (nil when its pages were left as the output has them). Nil when nothing is written.
    private func pageWriter(
        of township: Township, index: Int, site: SiteContent, siteHasFeed: Bool, allowed: Set<String>, force: Bool = false
    ) -> (@Sendable (Village) -> Assumptions?)? {
        guard let writer, let templates else { return nil }
        let renderer = VillageRenderer(
            frames: FrameBuilder(site: site, siteHasFeed: siteHasFeed), templates: templates,
            publicNumbers: site.config.privacy == .mask ? allowed : [])
        var assumed = fingerprints
        assumed.villages = digests
        let prints = assumed
        let withFeeds = Set(township.summaries.filter { !$0.feed.isEmpty }.map(\.id))
        return { village in
            var assumed: Assumptions?
            writer.writeVillage(village.id, fingerprint: prints.village(village.id, township: township.id), force: force) {
                let rendered = renderer.render(village, in: township)
                assumed = Assumptions(
                    township: index, hasOwnFeed: withFeeds.contains(village.id), siteHasFeed: rendered.siteHasFeed, masked: rendered.masked)
                return rendered.files
            }
            return assumed
        }
    }

    private func record(_ villages: [Village], _ results: [Assumptions?]) {
        for (village, assumed) in zip(villages, results) {
            if let assumed { written[village.id] = assumed } else { keptAny = true }
        }
    }

    /// Once every village is known: renders again, with the site's real facts, the villages
    /// whose pages linked to a site feed that does not exist (or left out one that does), or
    /// masked a number that a village of another township declares public.
    func rewriteAssumptions(siteHasFeed: Bool, publicNumbers: Set<String>) {
        guard writer != nil else { return }
        let redo = written.filter { _, assumed in
            (!assumed.hasOwnFeed && assumed.siteHasFeed != siteHasFeed) || !assumed.masked.isDisjoint(with: publicNumbers)
        }
        for index in Set(redo.values.map(\.township)).sorted() {
            guard let township = outline.townships[index].township else { continue }
            var raw = townships[index]
            raw.villageFolders = raw.villageFolders.filter { redo[$0.id] != nil }
            // Read again: every problem in these folders has been reported the first time.
            let villages = ContentValidator.villages(
                of: raw, township: outline.townships[index], outline: outline, diagnostics: DiagnosticBag(), workers: workers
            ).villages
            guard let site = siteView(of: township) else { continue }
            write(villages, of: township, index: index, site: site, siteHasFeed: siteHasFeed, allowed: publicNumbers, force: true)
        }
    }
}
