/// The county home page (`index.html`): the plan at a glance and every indicator's status.
enum HomePage {
    struct Context {
        var frame: PageFrame
        var plan: PlanSummaryView
        var indicators: [IndicatorView]
        var counts: StatusCounts
        var pages: [PageLink]
        var hasPages: Bool
        var townships: [TownshipLink]
        var hasTownships: Bool
        var county: RollUpView
    }

    /// A township on the home page with its totals.
    struct TownshipLink {
        var name: String
        var kind: String
        var href: String
        var totals: RollUpView
        /// 按时 / 逾期 / 未公开 counts against the catalogue, when the site has one.
        var catalogue: String?
    }

    struct PageLink {
        var title: String
        var href: String
    }

    static func render(_ site: SiteContent, frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let frame = frames.frame(title: site.config.title, folder: "", crumbs: [])
        let figures = site.allFigures
        let indicators = site.plan.indicators.map { indicator in
            var view = IndicatorView(indicator, plan: site.plan, root: frame.root, computed: site.computedValue(of: indicator))
            view.sparklineSVG = ChartBuilders.sparkline(indicator, plan: site.plan).svg
            view.sparklineHref = view.href + "sparkline.svg"
            return view
        }
        let context = Context(
            frame: frame, plan: PlanSummaryView(site.plan), indicators: indicators,
            counts: StatusCounts(indicators),
            pages: site.pages.map { PageLink(title: $0.title, href: "\($0.slug)/") }, hasPages: !site.pages.isEmpty,
            townships: site.townships.map {
                TownshipLink(
                    name: $0.name, kind: $0.kind.rawValue, href: SitePaths.township($0.id), totals: RollUpView($0.summaries.map(\.figures)),
                    catalogue: CatalogueOverview($0.summaries, asOf: site.asOf).map { overview in
                        overview.counts.filter { $0.count > 0 }.map { "\($0.state) \($0.count) 项" }.joined(separator: "，")
                    })
            },
            hasTownships: !site.townships.isEmpty, county: RollUpView(figures))
        return templates.page("index.html", context, template: "home")
    }
}

extension HomePage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 9)
        fields.add("frame", frame)
        fields.add("plan", plan)
        fields.add("indicators", indicators)
        fields.add("counts", counts)
        fields.add("pages", pages)
        fields.add("hasPages", hasPages)
        fields.add("townships", townships)
        fields.add("hasTownships", hasTownships)
        fields.add("county", county)
        return fields.data
    }
}

extension HomePage.TownshipLink: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("name", name)
        fields.add("kind", kind)
        fields.add("href", href)
        fields.add("totals", totals)
        fields.add("catalogue", catalogue)
        return fields.data
    }
}

extension HomePage.PageLink: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("title", title)
        fields.add("href", href)
        return fields.data
    }
}
