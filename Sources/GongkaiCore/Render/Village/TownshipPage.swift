/// A township's page (`townships/<id>/`): its villages and communities with their key
/// figures, and the needs answered and unanswered across all of them.
enum TownshipPage {
    struct Context {
        var frame: PageFrame
        var township: TownshipView
        var villages: [VillageSummaryView]
        var hasVillages: Bool
        var totals: RollUpView
        var charts: [ChartFigure]
        /// The plan's computed indicators over this township's villages alone.
        var indicators: [TownshipIndicator]
        var hasIndicators: Bool
        var catalogue: DataTableView?
        var catalogueCounts: [StateCount]
    }

    struct StateCount {
        var state: String
        var count: Int
    }

    struct TownshipIndicator {
        var number: String
        var name: String
        var href: String
        var target: String
        var computed: ComputedView
    }

    struct TownshipView {
        var name: String
        var kind: String
        var code: String?
        var address: String?
        var phone: String?
        var summaryHTML: String?
    }

    static func render(_ township: Township, plan: Plan, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.township(township.id)
        let frame = frames.frame(title: township.name, folder: folder, crumbs: Crumbs.township(township, current: true))
        let figures = township.summaries.map(\.figures)
        let summary = SummaryCharts.figures(figures, idPrefix: "township", owner: township.name, folder: folder)
        let overview = CatalogueOverview(township.summaries, asOf: frames.site.asOf)
        let indicators = plan.indicators.compactMap { indicator -> TownshipIndicator? in
            guard let measure = indicator.computed else { return nil }
            return TownshipIndicator(
                number: indicator.number, name: indicator.name, href: frame.root + IndicatorPage.folder(for: indicator),
                target: indicator.target.description,
                computed: ComputedView(IndicatorComputation.compute(measure, over: figures), target: indicator.target, root: frame.root))
        }
        let context = Context(
            frame: frame,
            township: TownshipView(
                name: township.name, kind: township.kind.rawValue, code: township.code, address: township.address,
                phone: township.phone, summaryHTML: township.summary.map(MarkdownRenderer.html)),
            villages: figures.map { VillageSummaryView($0, root: frame.root) },
            hasVillages: !figures.isEmpty, totals: RollUpView(figures), charts: summary.figures,
            indicators: indicators, hasIndicators: !indicators.isEmpty,
            catalogue: overview?.table.view, catalogueCounts: overview?.counts.map { StateCount(state: $0.state, count: $0.count) } ?? [])
        return [templates.page(folder + "index.html", context, template: "township")] + summary.files
            + (overview?.table.files(in: folder, village: township.name) ?? [])
    }
}

extension TownshipPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 10)
        fields.add("frame", frame)
        fields.add("township", township)
        fields.add("villages", villages)
        fields.add("hasVillages", hasVillages)
        fields.add("totals", totals)
        fields.add("charts", charts)
        fields.add("indicators", indicators)
        fields.add("hasIndicators", hasIndicators)
        fields.add("catalogue", catalogue)
        fields.add("catalogueCounts", catalogueCounts)
        return fields.data
    }
}

extension TownshipPage.StateCount: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("state", state)
        fields.add("count", count)
        return fields.data
    }
}

extension TownshipPage.TownshipIndicator: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("number", number)
        fields.add("name", name)
        fields.add("href", href)
        fields.add("target", target)
        fields.add("computed", computed)
        return fields.data
    }
}

extension TownshipPage.TownshipView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 6)
        fields.add("name", name)
        fields.add("kind", kind)
        fields.add("code", code)
        fields.add("address", address)
        fields.add("phone", phone)
        fields.add("summaryHTML", summaryHTML)
        return fields.data
    }
}
