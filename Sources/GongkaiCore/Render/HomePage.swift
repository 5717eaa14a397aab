/// The county home page (`index.html`): the plan at a glance and every indicator's status.
enum HomePage {
    struct Context {
        var frame: PageFrame
        var plan: PlanSummaryView
        var indicators: [IndicatorView]
        var counts: StatusCounts
        var pages: [PageLink]
        var hasPages: Bool
    }

    struct PageLink {
        var title: String
        var href: String
    }

    static func render(_ site: SiteContent, frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let frame = frames.frame(title: site.config.title, folder: "", crumbs: [])
        let indicators = site.plan.indicators.map { IndicatorView($0, plan: site.plan, root: frame.root) }
        let context = Context(
            frame: frame, plan: PlanSummaryView(site.plan), indicators: indicators,
            counts: StatusCounts(indicators),
            pages: site.pages.map { PageLink(title: $0.title, href: "\($0.slug)/") }, hasPages: !site.pages.isEmpty)
        return OutputFile(path: "index.html", text: templates.render(context, template: "home"))
    }
}
