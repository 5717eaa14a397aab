import Foundation

/// The render stage, as independent units: the site-wide pages, each township, each village.
/// Units share nothing mutable, so they render in parallel; each unit's files are in a fixed
/// order and every file's bytes depend only on the content, never on scheduling.
struct SiteRenderer: Sendable {
    /// A group of pages rendered (and, in incremental builds, skipped) together.
    enum Unit: Sendable, Hashable {
        /// Home, plan, indicators, prose pages, search, 404 and the site's feed.
        case site
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
    /// Every unit, in a fixed order: the site, then each township followed by its villages.
    let units: [Unit]
    /// The loaded villages, each held until its pages are written (`release`).
    private let villages: VillageStore
    private let villageRenderer: VillageRenderer

    /// `streamed` are the villages whose pages a build has already written as it checked them
    /// (`Build/VillageStream`): they are `.village` units that are not rendered here again.
    init(_ content: SiteContent, templates: TemplateLibrary, streamed: Set<String> = []) {
        var site = content.applyingComputedIndicators()
        var units: [Unit] = [.site]
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

    /// A stable name for a unit, used by the build cache: `site`, `township/<id>`, `village/<id>`.
    func key(_ unit: Unit) -> String {
        switch unit {
        case .site: "site"
        case let .township(t): "township/\(site.townships[t].id)"
        case let .village(_, id), let .cachedVillage(_, id): "village/\(id)"
        }
    }

    func render(_ unit: Unit) -> [OutputFile] {
        switch unit {
        case .site: mask(renderSite())
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

    private func renderSite() -> [OutputFile] {
        var files = [
            HomePage.render(site, frames: frames, templates: templates),
            PlanPage.render(site, frames: frames, templates: templates),
        ]
        files += site.plan.indicators.flatMap { IndicatorPage.render($0, site: site, frames: frames, templates: templates) }
        files += site.pages.map { ProsePageRenderer.render($0, frames: frames, templates: templates) }
        files += SearchPage.render(site, frames: frames, templates: templates)
        files.append(NotFoundPage.render(site, frames: frames, templates: templates))
        if let feed = AtomFeed.site(site) { files.append(feed) }
        return files
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
