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
    var description: String?
    /// The `<title>` of the page.
    var title: String
    /// The relative way back to the site's root from this page, e.g. `../../`, or `` at the root.
    var root: String
    /// The link to the home page from this page (`./` at the root).
    var homeHref: String
    var canonical: String?
    var nav: [Link]
    var breadcrumbs: [Crumb]
    var hasBreadcrumbs: Bool
}

/// Builds the frame of a page from its output folder.
struct FrameBuilder {
    let site: SiteContent

    /// `folder` is the page's folder inside the output (`` for the home page, `plan/` …).
    func frame(title: String, folder: String, crumbs: [(String, String?)]) -> PageFrame {
        let depth = folder.split(separator: "/").count
        let root = String(repeating: "../", count: depth)
        var nav = [PageFrame.Link(title: "首页", href: root.isEmpty ? "./" : root, current: folder.isEmpty)]
        nav.append(PageFrame.Link(title: "规划", href: root + "plan/", current: folder.hasPrefix("plan/")))
        for page in site.pages where page.inMenu {
            nav.append(PageFrame.Link(title: page.title, href: root + page.slug + "/", current: folder == page.slug + "/"))
        }
        let fullTitle = folder.isEmpty ? site.config.title : "\(title) - \(site.config.title)"
        var breadcrumbs = [PageFrame.Crumb(title: "首页", href: folder.isEmpty ? nil : (root.isEmpty ? "./" : root))]
        for (crumbTitle, path) in crumbs {
            breadcrumbs.append(PageFrame.Crumb(title: crumbTitle, href: path.map { root + $0 }))
        }
        return PageFrame(
            siteTitle: site.config.title, region: site.config.region,
            publisher: site.config.publisher, description: site.config.description,
            title: fullTitle, root: root, homeHref: root.isEmpty ? "./" : root,
            canonical: site.config.baseURL.map { $0 + folder },
            nav: nav, breadcrumbs: breadcrumbs, hasBreadcrumbs: breadcrumbs.count > 1)
    }
}
