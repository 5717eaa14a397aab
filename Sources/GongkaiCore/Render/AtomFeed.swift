/// Atom feeds of what villages publish, newest first: each village's (`villages/<id>/feed.xml`)
/// with every notice and every period of finance data, and the whole site's (`feed.xml`) with
/// the newest `siteEntries` of them all. A reader polls a feed for what is new; a site-wide
/// feed of everything would grow with every village (13 MB at 10,000 villages) and be fetched
/// whole on every poll.
/// Dates come from the content, never from the clock, so feeds are byte-identical from build
/// to build.
enum AtomFeed {
    /// One entry: a notice or a period of finance data, as the feed shows it.
    struct Item: Sendable, Hashable, Codable {
        var villageID: String
        var title: String
        /// The page, relative to the site's root.
        var page: String
        var category: String
        var published: CalendarDate
        /// The latest of publication, corrections and retraction.
        var updated: CalendarDate
        var summary: String
        /// Ties on the same day in the same village: finance data before notices, then by name.
        var tieKind: Int
        var tieSlug: String

        init(
            villageID: String, title: String, page: String, category: String, published: CalendarDate, updated: CalendarDate,
            summary: String, tieKind: Int, tieSlug: String
        ) {
            self.villageID = villageID
            self.title = title
            self.page = page
            self.category = category
            self.published = published
            self.updated = updated
            self.summary = summary
            self.tieKind = tieKind
            self.tieSlug = tieSlug
        }

        init(_ disclosure: Disclosure, of village: Village) {
            villageID = village.id
            tieKind = 0
            tieSlug = disclosure.slug
            title = disclosure.title
            page = SitePaths.disclosure(village.id, disclosure.slug)
            category = disclosure.category.rawValue
            published = disclosure.publishedOn
            updated = ([disclosure.publishedOn] + disclosure.corrections.map(\.date) + [disclosure.retraction?.date].compactMap { $0 }).max()!
            summary = "\(village.name) · \(disclosure.category.rawValue) · \(disclosure.period.chinese)"
            if disclosure.retraction != nil { summary += " · 已撤回" } else if !disclosure.corrections.isEmpty { summary += " · 已更正" }
        }

        init(_ period: FinancePeriod, of village: Village) {
            villageID = village.id
            tieKind = 1
            tieSlug = period.slug
            title = period.title
            page = SitePaths.financePeriod(village.id, period.slug)
            category = Disclosure.Category.finance.rawValue
            published = period.publishedOn
            updated = ([period.publishedOn] + period.corrections.map(\.date)).max()!
            summary = "\(village.name) · 财务 · \(period.period.chinese) · 期末余额 \(period.closing.currency)"
            if !period.corrections.isEmpty { summary += " · 已更正" }
        }
    }

    static func items(of village: Village) -> [Item] {
        village.disclosures.map { Item($0, of: village) } + village.finance.map { Item($0, of: village) }
    }

    /// How many entries the site's feed holds.
    static let siteEntries = 100

    static func site(_ site: SiteContent) -> OutputFile? {
        let items = newest(siteEntries, amongVillages: site.townships.flatMap { $0.summaries.map(\.feed) })
        guard !items.isEmpty else { return nil }
        return OutputFile(path: "feed.xml", text: feed(
            title: "\(site.config.title) · 村（居）务公开", path: "feed.xml", pagePath: "", items: items, limit: siteEntries,
            config: site.config))
    }

    static func village(_ village: Village, config: SiteConfig) -> OutputFile? {
        let items = items(of: village)
        guard !items.isEmpty else { return nil }
        let path = SitePaths.village(village.id) + "feed.xml"
        let pagePath = village.disclosures.isEmpty ? SitePaths.finance(village.id) : SitePaths.disclosures(village.id)
        return OutputFile(path: path, text: feed(
            title: "\(village.name) · 村（居）务公开", path: path, pagePath: pagePath, items: items, config: config))
    }

    /// The feed's order: newest first; on the same day by village, finance data before
    /// notices, then by name. No two entries tie.
    static func isNewer(_ a: Item, than b: Item) -> Bool {
        (a.published, a.villageID, a.tieKind, a.tieSlug) > (b.published, b.villageID, b.tieKind, b.tieSlug)
    }

    /// The `limit` newest of `items`, newest first, without sorting them all (the site's feed
    /// picks 100 of every village's entries: 60,000 at 10,000 villages).
    static func newest(_ limit: Int, of items: some Sequence<Item>) -> [Item] {
        var newest: [Item] = []
        newest.reserveCapacity(limit + 1)
        for item in items { insert(item, into: &newest, limit: limit) }
        return newest
    }

    /// The `limit` newest entries of the villages' feeds, newest first. The villages are taken
    /// newest first, and once `limit` entries are found the villages whose newest entry is
    /// older than all of them are left undecoded (`FeedEntries`).
    static func newest(_ limit: Int, amongVillages feeds: [FeedEntries]) -> [Item] {
        var newest: [Item] = []
        newest.reserveCapacity(limit + 1)
        let dated = feeds.compactMap { feed in feed.newest.map { (day: $0, feed: feed) } }.sorted { $0.day > $1.day }
        for (day, feed) in dated {
            if newest.count == limit, let last = newest.last, last.published > day { break }
            for item in feed.items { insert(item, into: &newest, limit: limit) }
        }
        return newest
    }

    /// Puts `item` in its place in `newest` (newest first), keeping at most `limit` entries.
    private static func insert(_ item: Item, into newest: inout [Item], limit: Int) {
        if newest.count == limit, let last = newest.last, !isNewer(item, than: last) { return }
        var low = 0
        var high = newest.count
        while low < high {
            let middle = (low + high) / 2
            if isNewer(newest[middle], than: item) { low = middle + 1 } else { high = middle }
        }
        newest.insert(item, at: low)
        if newest.count > limit { newest.removeLast() }
    }

    private static func feed(title: String, path: String, pagePath: String, items: [Item], limit: Int? = nil, config: SiteConfig) -> String {
        let sorted = items.sorted(by: isNewer).prefix(limit ?? items.count)
        let base = config.baseURL ?? ""
        func id(_ path: String) -> String { config.baseURL.map { $0 + path } ?? "urn:gongkai:\(path)" }
        func date(_ day: CalendarDate) -> String { "\(day)T00:00:00+08:00" }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n"
        xml += "<title>\(SVG.escape(title))</title>\n<id>\(SVG.escape(id(path)))</id>\n"
        xml += "<link rel=\"self\" href=\"\(SVG.escape(base + path))\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(SVG.escape(base + pagePath))\"/>\n"
        xml += "<updated>\(date(sorted.map(\.updated).max()!))</updated>\n"
        xml += "<author><name>\(SVG.escape(config.publisher ?? config.title))</name></author>\n"
        for item in sorted {
            xml += "<entry>\n<title>\(SVG.escape(item.title))</title>\n<id>\(SVG.escape(id(item.page)))</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(SVG.escape(base + item.page))\"/>\n"
            xml += "<published>\(date(item.published))</published>\n<updated>\(date(item.updated))</updated>\n"
            xml += "<category term=\"\(SVG.escape(item.category))\"/>\n<summary>\(SVG.escape(item.summary))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
