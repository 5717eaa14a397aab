import Foundation

/// The render stage, as independent units: each site-wide page, each township, each village.
/// Units share nothing mutable, so they render in parallel; each unit's files are in a fixed
/// order and every file's bytes depend only on the content, never on scheduling.
struct SiteRenderer: Sendable {
    /// A group of pages rendered (and, in incremental builds, skipped) together.
    enum Unit: Sendable, Hashable {
        /// A page above the townships, each its own unit so that they render in parallel and
        /// each is rendered again only when what it shows changed (`InputFingerprints.unit`).
        case site(SitePage)
        case township(Int)
        case village(township: Int, id: String)
        /// A village an incremental build did not load, because nothing it depends on changed:
        /// its files are the ones already in the output (`SiteWriter` keeps them).
        case cachedVillage(township: Int, id: String)
    }

    /// The site with its summaries; the full villages are in `villages`, not in here.
    let site: SiteContent
    let frames: FrameBuilder
    let templates: TemplateLibrary
    /// The pages above the townships, in the order of their files in the output.
    enum SitePage: Sendable, Hashable {
        case home
        case plan
        /// The plan's indicator at this index, with its charts.
        case indicator(Int)
        /// Every page of `pages/`.
        case prose
        case search
        case notFound
        case feed
    }

    /// Every unit, in a fixed order: the site's pages, then each township followed by its villages.
    let units: [Unit]
    /// The loaded villages, each held until its pages are written (`release`).
    private let villages: VillageStore
    private let villageRenderer: VillageRenderer

    /// `streamed` are the villages whose pages a build has already written as it checked them
    /// (`Build/VillageStream`): they are `.village` units that are not rendered here again.
    init(_ content: SiteContent, templates: TemplateLibrary, streamed: Set<String> = []) {
        var site = content.applyingComputedIndicators()
        var units: [Unit] = [.site(.home), .site(.plan)] + site.plan.indicators.indices.map { .site(.indicator($0)) }
        units += [.site(.prose), .site(.search), .site(.notFound), .site(.feed)]
        var loaded: [String: Village] = [:]
        for (t, township) in site.townships.enumerated() {
            units.append(.township(t))
            for village in township.villages { loaded[village.id] = village }
            units += township.summaries.map { summary in
                loaded[summary.id] != nil || streamed.contains(summary.id)
                    ? .village(township: t, id: summary.id) : .cachedVillage(township: t, id: summary.id)
            }
            site.townships[t].villages = []
        }
        self.site = site
        self.units = units
        villages = VillageStore(loaded)
        frames = FrameBuilder(site: site)
        self.templates = templates
        villageRenderer = VillageRenderer(
            frames: frames, templates: templates, publicNumbers: site.config.privacy == .mask ? site.declaredPublicNumbers : [])
    }

    /// Lets go of a village's full model once its pages are written: what the pages above it
    /// need is in its summary. Rendering it again after this is a programming error.
    func release(_ unit: Unit) {
        if case let .village(_, id) = unit { villages.remove(id) }
    }

    /// A stable name for a unit, used by the build cache: `site/home` and the other site pages,
    /// `township/<id>`, `village/<id>`.
    func key(_ unit: Unit) -> String {
        switch unit {
        case let .site(page): "site/\(key(page))"
        case let .township(t): "township/\(site.townships[t].id)"
        case let .village(_, id), let .cachedVillage(_, id): "village/\(id)"
        }
    }

    private func key(_ page: SitePage) -> String {
        switch page {
        case .home: "home"
        case .plan: "plan"
        case let .indicator(index): "indicators/\(site.plan.indicators[index].id)"
        case .prose: "pages"
        case .search: "search"
        case .notFound: "404"
        case .feed: "feed"
        }
    }

    func render(_ unit: Unit) -> [OutputFile] {
        switch unit {
        case let .site(page): mask(render(page))
        case let .township(t): mask(TownshipPage.render(site.townships[t], plan: site.plan, frames: frames, templates: templates))
        case let .village(t, id): villageRenderer.render(villages.village(id), in: site.townships[t]).files
        case let .cachedVillage(_, id): preconditionFailure("village \(id) was not loaded; its files come from the build cache")
        }
    }

    private func mask(_ files: [OutputFile]) -> [OutputFile] {
        PrivacyGuard.mask(files, policy: site.config.privacy, allowed: villageRenderer.publicNumbers).files
    }

    /// All units in memory, in order (for `gongkai check` and tests); `workers` renders them in
    /// parallel, with the same result whatever the number.
    func renderAll(workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> [OutputFile] {
        let units = self.units
        let results = ParallelMap.map(units, workers: workers) { render($0) }
        var files = results.flatMap { $0 }
        files += Sitemap.files(forPaths: files.map(\.path), config: site.config)
        return files
    }

    private func render(_ page: SitePage) -> [OutputFile] {
        switch page {
        case .home: [HomePage.render(site, frames: frames, templates: templates)]
        case .plan: [PlanPage.render(site.plan, computedValues: site.computedValues, frames: frames, templates: templates)]
        case let .indicator(index):
            IndicatorPage.render(
                site.plan.indicators[index], plan: site.plan, computed: site.computedValues[site.plan.indicators[index].id],
                frames: frames, templates: templates)
        case .prose: site.pages.map { ProsePageRenderer.render($0, frames: frames, templates: templates) }
        case .search: SearchPage.render(site, frames: frames, templates: templates)
        case .notFound: [NotFoundPage.render(frames: frames, templates: templates)]
        case .feed: AtomFeed.site(site).map { [$0] } ?? []
        }
    }
}

/// The loaded villages by id, shared by the threads that render them; each is dropped once
/// its pages are written.
final class VillageStore: @unchecked Sendable {
    private let lock = NSLock()
    private var villages: [String: Village]

    init(_ villages: [String: Village]) {
        self.villages = villages
    }

    func village(_ id: String) -> Village {
        lock.lock()
        defer { lock.unlock() }
        guard let village = villages[id] else { preconditionFailure("village \(id) was released before it was rendered") }
        return village
    }

    func remove(_ id: String) {
        lock.lock()
        villages[id] = nil
        lock.unlock()
    }
}

/// Maps work items to results on several threads; results come back in the items' order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard workers > 1, items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
            while true {
                let index = next.increment()
                guard index < items.count else { return }
                results.set(index, transform(items[index]))
            }
        }
        return results.values
    }
}

/// A counter several threads take numbers from.
final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Returns the current value and moves on by one.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// One slot per item, each written once by whichever thread handled that item.
final class ResultSlots<R>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [R?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [R] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
