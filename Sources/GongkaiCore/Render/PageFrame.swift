/// What every page's layout shows: site name, navigation, breadcrumbs and the links that
/// make the page work from any folder. Templates reach it as `frame`.
struct PageFrame {
    struct Link {
        var title: String
        var href: String
        var current: Bool
    }

    struct Crumb {
        var title: String
        /// nil for the current page (the last crumb).
        var href: String?
    }

    var siteTitle: String
    var region: String
    var publisher: String?
    var footer: SiteFooter
    var description: String?
    /// The `<title>` of the page.
    var title: String
    /// The relative way back to the site's root from this page, e.g. `../../`, or `` at the root.
    var root: String
    /// The link to the home page from this page (`./` at the root).
    var homeHref: String
    var canonical: String?
    /// The Atom feed to announce: the village's on its pages, the site's elsewhere.
    var feedHref: String?
    var nav: [Link]
    var breadcrumbs: [Crumb]
    var hasBreadcrumbs: Bool
    /// The heading and QR code of the printed bulletin-board sheet (village and list pages).
    var print: PrintSheet?
}

/// What a page prints on A4 for the bulletin board (公开栏): whose it is, its date, and a QR
/// code leading back to the page online.
struct PrintSheet {
    var owner: String
    var dateLine: String?
    var url: String?
    var qrSVG: String?
}

/// What a page tells the frame about its printed sheet.
struct PrintInfo {
    var owner: String
    var dateLine: String?
}

/// Builds the frame of a page from its output folder.
struct FrameBuilder: Sendable {
    let site: SiteContent
    /// Villages of `site` that publish notices or finance data, and so have a feed.
    private let villagesWithFeeds: Set<String>
    /// Whether the site has a feed: whether any village has one.
    let siteHasFeed: Bool

    /// `siteHasFeed` is for frames made before every village is known (a build renders the
    /// villages township by township); by default it is worked out from `site`.
    init(site: SiteContent, siteHasFeed: Bool? = nil) {
        self.site = site
        var villagesWithFeeds: Set<String> = []
        for township in site.townships {
            for summary in township.summaries where !summary.feed.isEmpty { villagesWithFeeds.insert(summary.id) }
        }
        self.villagesWithFeeds = villagesWithFeeds
        self.siteHasFeed = siteHasFeed ?? !villagesWithFeeds.isEmpty
    }

    /// The village's own feed on its pages, the site's feed elsewhere.
    private func feedPath(_ folder: String) -> String? {
        if folder.hasPrefix("villages/") {
            let village = String(folder.dropFirst("villages/".count).prefix { $0 != "/" })
            if !village.isEmpty, villagesWithFeeds.contains(village) { return SitePaths.village(village) + "feed.xml" }
        }
        return siteHasFeed ? "feed.xml" : nil
    }

    /// `folder` is the page's folder inside the output (`` for the home page, `plan/` …).
    func frame(title: String, folder: String, crumbs: [(String, String?)], print: PrintInfo? = nil) -> PageFrame {
        // How many folders deep (counted on bytes, not split into parts: every page asks).
        var depth = 0
        var inName = false
        for byte in folder.utf8 {
            if byte == UInt8(ascii: "/") {
                inName = false
            } else if !inName {
                inName = true
                depth += 1
            }
        }
        let root = String(repeating: "../", count: depth)
        var nav = [PageFrame.Link(title: "首页", href: root.isEmpty ? "./" : root, current: folder.isEmpty)]
        nav.append(PageFrame.Link(title: "规划", href: root + "plan/", current: folder.hasPrefix("plan/")))
        nav.append(PageFrame.Link(title: "搜索", href: root + SearchPage.folder, current: folder == SearchPage.folder))
        for page in site.pages where page.inMenu {
            nav.append(PageFrame.Link(title: page.title, href: root + page.slug + "/", current: folder == page.slug + "/"))
        }
        let fullTitle = folder.isEmpty ? site.config.title : "\(title) - \(site.config.title)"
        var breadcrumbs = [PageFrame.Crumb(title: "首页", href: folder.isEmpty ? nil : (root.isEmpty ? "./" : root))]
        for (crumbTitle, path) in crumbs {
            breadcrumbs.append(PageFrame.Crumb(title: crumbTitle, href: path.map { root + $0 }))
        }
        let canonical = site.config.baseURL.map { $0 + folder }
        let sheet = print.map { info in
            PrintSheet(
                owner: info.owner, dateLine: info.dateLine, url: canonical,
                qrSVG: canonical.flatMap { QRCodeSVG.svg(for: $0, id: "qr", label: "本页网址的二维码：\($0)") })
        }
        return PageFrame(
            siteTitle: site.config.title, region: site.config.region,
            publisher: site.config.publisher, footer: site.config.footer, description: site.config.description,
            title: fullTitle, root: root, homeHref: root.isEmpty ? "./" : root,
            canonical: canonical, feedHref: feedPath(folder).map { root + $0 },
            nav: nav, breadcrumbs: breadcrumbs, hasBreadcrumbs: breadcrumbs.count > 1, print: sheet)
    }
}

extension PageFrame: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 14)
        fields.add("siteTitle", siteTitle)
        fields.add("region", region)
        fields.add("publisher", publisher)
        fields.add("footer", footer)
        fields.add("description", description)
        fields.add("title", title)
        fields.add("root", root)
        fields.add("homeHref", homeHref)
        fields.add("canonical", canonical)
        fields.add("feedHref", feedHref)
        fields.add("nav", nav)
        fields.add("breadcrumbs", breadcrumbs)
        fields.add("hasBreadcrumbs", hasBreadcrumbs)
        fields.add("print", print)
        return fields.data
    }
}

extension PageFrame.Link: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("title", title)
        fields.add("href", href)
        fields.add("current", current)
        return fields.data
    }
}

extension PageFrame.Crumb: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("title", title)
        fields.add("href", href)
        return fields.data
    }
}

extension PrintSheet: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("owner", owner)
        fields.add("dateLine", dateLine)
        fields.add("url", url)
        fields.add("qrSVG", qrSVG)
        return fields.data
    }
}

/// The footer fields of government sites, as the layout shows them.
extension SiteFooter: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("siteCode", siteCode)
        fields.add("icp", icp)
        fields.add("publicSecurity", publicSecurity)
        fields.add("contact", contact)
        return fields.data
    }
}
