import Foundation

/// Search that works on a static host: `search/index.json`, a compact index written at build
/// time, searched by the small `assets/search.js`; and `search/index.html`, which lists every
/// entry as a plain link, so that without JavaScript the page is the fallback.
enum SearchPage {
    struct Entry: Codable, Sendable, Hashable {
        var kind: String
        var title: String
        var context: String
        /// From the site's root.
        var path: String
    }

    struct Group: Encodable {
        var kind: String
        var entries: [Link]
    }

    struct Link: Encodable {
        var title: String
        var context: String
        var href: String
    }

    struct Context: Encodable {
        var frame: PageFrame
        var groups: [Group]
        var count: Int
    }

    static let folder = "search/"

    static func entries(_ site: SiteContent) -> [Entry] {
        var entries: [Entry] = []
        for township in site.townships {
            entries.append(Entry(kind: "乡镇（街道）", title: township.name, context: township.kind.rawValue, path: SitePaths.township(township.id)))
            entries += township.summaries.flatMap(\.searchEntries)
        }
        return entries
    }

    /// A village's entries: itself, its services, projects, notices and periods of finance data.
    static func entries(of village: Village, in township: Township) -> [Entry] {
        let place = "\(township.name) \(village.name)"
        var entries = [Entry(kind: "村（社区）", title: village.name, context: township.name, path: SitePaths.village(village.id))]
        entries += village.services.map {
            Entry(kind: "服务", title: $0.name, context: place + ($0.category.isEmpty ? "" : " · \($0.category)"), path: SitePaths.services(village.id))
        }
        entries += village.projects.map {
            Entry(kind: "民生项目", title: $0.title, context: "\(place) · \($0.status.rawValue)", path: SitePaths.project(village.id, $0))
        }
        entries += village.disclosures.map {
            Entry(kind: "公开内容", title: $0.title, context: "\(place) · \($0.publishedOn.chinese)", path: SitePaths.disclosure(village.id, $0.slug))
        }
        entries += village.finance.map {
            Entry(kind: "财务公开", title: $0.title, context: "\(place) · \($0.publishedOn.chinese)", path: SitePaths.financePeriod(village.id, $0.slug))
        }
        return entries
    }

    static func render(_ site: SiteContent, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let frame = frames.frame(title: "搜索", folder: folder, crumbs: [("搜索", nil)])
        let all = entries(site)
        var kinds: [String] = []
        for entry in all where !kinds.contains(entry.kind) { kinds.append(entry.kind) }
        let groups = kinds.map { kind in
            Group(kind: kind, entries: all.filter { $0.kind == kind }.map { Link(title: $0.title, context: $0.context, href: frame.root + $0.path) })
        }
        let context = Context(frame: frame, groups: groups, count: all.count)
        return [
            OutputFile(path: folder + "index.html", text: templates.render(context, template: "search")),
            OutputFile(path: folder + "index.json", contents: index(all)),
        ]
    }

    /// `[[kind, title, context, path], …]`: short keys keep the file small on a slow link.
    static func index(_ entries: [Entry]) -> Data {
        JSONText.rows(entries.map { [$0.kind, $0.title, $0.context, $0.path] }) + Data("\n".utf8)
    }
}
