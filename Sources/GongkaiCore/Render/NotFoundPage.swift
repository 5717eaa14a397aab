/// `404.html`: shown by the web server for any missing address, so its links start from the
/// site's own path (the path of the base URL, `/` without one), not from a folder.
enum NotFoundPage {
    struct Context {
        var frame: PageFrame
        var searchHref: String
    }

    /// Made from the site's settings alone (through `frames`).
    static func render(frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let config = frames.site.config
        var frame = frames.frame(title: "找不到页面", folder: "", crumbs: [])
        let root = sitePath(config.baseURL)
        frame.title = "找不到页面 - \(config.title)"
        frame.root = root
        frame.homeHref = root
        frame.canonical = nil
        frame.feedHref = frame.feedHref.map { root + $0 }
        frame.nav = frame.nav.map { PageFrame.Link(title: $0.title, href: root + $0.href.drop(while: { $0 == "." || $0 == "/" }), current: false) }
        return templates.page("404.html", Context(frame: frame, searchHref: root + SearchPage.folder), template: "404")
    }

    /// `https://example.gov.cn/gongkai/` → `/gongkai/`.
    static func sitePath(_ baseURL: String?) -> String {
        guard let baseURL, let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}

extension NotFoundPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("frame", frame)
        fields.add("searchHref", searchHref)
        return fields.data
    }
}
