/// Atom feeds of disclosures: the whole site's (`feed.xml`) and each village's
/// (`villages/<id>/feed.xml`), newest first. Dates come from the content, never from the
/// clock, so feeds are byte-identical from build to build.
enum AtomFeed {
    struct Item {
        var village: Village
        var disclosure: Disclosure
    }

    static func site(_ site: SiteContent) -> OutputFile? {
        let items = site.allVillages.flatMap { village in village.disclosures.map { Item(village: village, disclosure: $0) } }
        guard !items.isEmpty else { return nil }
        return OutputFile(path: "feed.xml", text: feed(
            title: "\(site.config.title) · 村（居）务公开", path: "feed.xml", pagePath: "", items: items, config: site.config))
    }

    static func village(_ village: Village, config: SiteConfig) -> OutputFile? {
        guard !village.disclosures.isEmpty else { return nil }
        let path = SitePaths.village(village.id) + "feed.xml"
        return OutputFile(path: path, text: feed(
            title: "\(village.name) · 村（居）务公开", path: path, pagePath: SitePaths.disclosures(village.id),
            items: village.disclosures.map { Item(village: village, disclosure: $0) }, config: config))
    }

    private static func feed(title: String, path: String, pagePath: String, items: [Item], config: SiteConfig) -> String {
        let sorted = items.sorted {
            ($0.disclosure.publishedOn, $0.village.id, $0.disclosure.slug) > ($1.disclosure.publishedOn, $1.village.id, $1.disclosure.slug)
        }
        let base = config.baseURL ?? ""
        func id(_ path: String) -> String { config.baseURL.map { $0 + path } ?? "urn:gongkai:\(path)" }
        func date(_ day: CalendarDate) -> String { "\(day)T00:00:00+08:00" }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n"
        xml += "<title>\(SVG.escape(title))</title>\n<id>\(SVG.escape(id(path)))</id>\n"
        xml += "<link rel=\"self\" href=\"\(SVG.escape(base + path))\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(SVG.escape(base + pagePath))\"/>\n"
        xml += "<updated>\(date(sorted[0].disclosure.retraction?.date ?? sorted[0].disclosure.publishedOn))</updated>\n"
        xml += "<author><name>\(SVG.escape(config.publisher ?? config.title))</name></author>\n"
        for item in sorted {
            let disclosure = item.disclosure
            let page = SitePaths.disclosure(item.village.id, disclosure.slug)
            let updated = ([disclosure.publishedOn] + disclosure.corrections.map(\.date) + [disclosure.retraction?.date].compactMap { $0 }).max()!
            var summary = "\(item.village.name) · \(disclosure.category.rawValue) · \(disclosure.period.chinese)"
            if disclosure.retraction != nil { summary += " · 已撤回" } else if !disclosure.corrections.isEmpty { summary += " · 已更正" }
            xml += "<entry>\n<title>\(SVG.escape(disclosure.title))</title>\n<id>\(SVG.escape(id(page)))</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(SVG.escape(base + page))\"/>\n"
            xml += "<published>\(date(disclosure.publishedOn))</published>\n<updated>\(date(updated))</updated>\n"
            xml += "<category term=\"\(SVG.escape(disclosure.category.rawValue))\"/>\n<summary>\(SVG.escape(summary))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
