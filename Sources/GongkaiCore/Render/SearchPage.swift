import Foundation

/// Search that works on a static host: `search/index.json`, a compact index written at build
/// time, searched by the small `assets/search.js`; and `search/index.html`, whose directory of
/// every township and its villages is what a reader without JavaScript browses instead (each
/// village page links to its lists, projects and notices). The directory stays small at any
/// scale: listing every entry made the page 18 MB at 10,000 villages, too heavy for a phone.
enum SearchPage {
    struct Entry: Codable, Sendable, Hashable {
        var kind: String
        var title: String
        var context: String
        /// From the site's root.
        var path: String
    }

    /// A village's entries as rows of the index, `["kind","title","context","path"]` joined
    /// by commas: what the build cache keeps of them, one string instead of four a row.
    struct Rows: Sendable, Hashable {
        var count: Int
        private(set) var json: String

        init(_ entries: [Entry]) {
            count = entries.count
            var bytes: [UInt8] = []
            SearchPage.append(entries, to: &bytes)
            json = String(decoding: bytes, as: UTF8.self)
        }
    }

    struct Group {
        var name: String
        var kind: String
        var href: String
        var villages: [Link]
    }

    struct Link {
        var title: String
        var kind: String
        var href: String
    }

    struct Context {
        var frame: PageFrame
        var groups: [Group]
        /// Entries in the index.
        var count: Int
        var villageCount: Int
    }

    static let folder = "search/"

    /// A township's own entry, before its villages'.
    static func entry(of township: Township) -> Entry {
        Entry(kind: "乡镇（街道）", title: township.name, context: township.kind.rawValue, path: SitePaths.township(township.id))
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
        let groups = site.townships.map { township in
            Group(
                name: township.name, kind: township.kind.rawValue, href: frame.root + SitePaths.township(township.id),
                villages: township.summaries.map {
                    Link(title: $0.figures.name, kind: $0.figures.kind.rawValue, href: frame.root + SitePaths.village($0.id))
                })
        }
        let (index, count) = index(site)
        let context = Context(frame: frame, groups: groups, count: count, villageCount: groups.reduce(0) { $0 + $1.villages.count })
        return [
            templates.page(folder + "index.html", context, template: "search"),
            OutputFile(path: folder + "index.json", contents: index),
        ]
    }

    /// `[[kind, title, context, path], …]`: short keys keep the file small on a slow link. Each
    /// township's entry comes before its villages', whose rows are taken as they were made.
    static func index(_ site: SiteContent) -> (data: Data, count: Int) {
        // Reserved up front and filled in place: at province scale the index is tens of
        // megabytes, and growing it by doubling, or copying it from an array, would hold up to
        // twice that for a moment.
        var data = Data(capacity: site.townships.reduce(64) { total, township in
            township.summaries.reduce(total + 256) { $0 + $1.searchRows.json.utf8.count + 1 }
        })
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        var count = 0
        for township in site.townships {
            if count > 0 { bytes.append(UInt8(ascii: ",")) }
            append([entry(of: township)], to: &bytes)
            data.append(contentsOf: bytes)
            bytes.removeAll(keepingCapacity: true)
            count += 1
            for summary in township.summaries where summary.searchRows.count > 0 {
                data.append(UInt8(ascii: ","))
                var rows = summary.searchRows.json
                rows.withUTF8 { data.append($0) }
                count += summary.searchRows.count
            }
        }
        data.append(contentsOf: Array("]\n".utf8))
        return (data, count)
    }

    private static func append(_ entries: [Entry], to bytes: inout [UInt8]) {
        JSONText.appendRows(entries.map { [$0.kind, $0.title, $0.context, $0.path] }, to: &bytes)
    }
}

/// In the build cache, its fields in this order (`CacheReader`).
extension SearchPage.Rows: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        count = try reader.read()
        json = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(count)
        writer.write(json)
    }
}

extension SearchPage.Group: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("name", name)
        fields.add("kind", kind)
        fields.add("href", href)
        fields.add("villages", villages)
        return fields.data
    }
}

extension SearchPage.Link: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("title", title)
        fields.add("kind", kind)
        fields.add("href", href)
        return fields.data
    }
}

extension SearchPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("frame", frame)
        fields.add("groups", groups)
        fields.add("count", count)
        fields.add("villageCount", villageCount)
        return fields.data
    }
}
