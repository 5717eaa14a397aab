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
        let summary = SummaryCharts.figures(township.villages, idPrefix: "township", owner: township.name, folder: folder)
        let overview = CatalogueOverview(township.villages, site: frames.site)
        let indicators = plan.indicators.compactMap { indicator -> TownshipIndicator? in
            guard let measure = indicator.computed else { return nil }
            return TownshipIndicator(
                number: indicator.number, name: indicator.name, href: frame.root + IndicatorPage.folder(for: indicator),
                target: indicator.target.description,
                computed: ComputedView(IndicatorComputation.compute(measure, over: township.villages), target: indicator.target, root: frame.root))
        }
        let context = Context(
            frame: frame,
            township: TownshipView(
                name: township.name, kind: township.kind.rawValue, code: township.code, address: township.address,
                phone: township.phone, summaryHTML: township.summary.map(MarkdownRenderer.html)),
            villages: township.villages.map { VillageSummaryView($0, root: frame.root) },
            hasVillages: !township.villages.isEmpty, totals: RollUpView(township.villages), charts: summary.figures,
            indicators: indicators, hasIndicators: !indicators.isEmpty,
            catalogue: overview?.table.view, catalogueCounts: overview?.counts.map { StateCount(state: $0.state, count: $0.count) } ?? [])
        return [OutputFile(path: folder + "index.html", text: templates.render(context, template: "township"))] + summary.files
            + (overview?.table.files(in: folder, village: township.name) ?? [])
    }
}

/// Every village of a township against every catalogue item on the reference day, with the
/// counts per state: a page section for the webmaster, and CSV and JSON beside it.
struct CatalogueOverview {
    var table: DataTable
    var counts: [(state: String, count: Int)]

    init?(_ villages: [Village], site: SiteContent) {
        guard let catalogue = site.catalogue, let asOf = site.asOf, !catalogue.items.isEmpty else { return nil }
        var rows: [[String]] = []
        var tally: [DisclosureSchedule.State: Int] = [:]
        for village in villages {
            var row = [village.name]
            for item in catalogue.items {
                guard item.appliesTo.contains(village.kind) else {
                    row.append("不适用")
                    continue
                }
                let standing = DisclosureSchedule.standing(
                    of: item, disclosures: village.disclosures, nothingToPublish: village.nothingToPublish, asOf: asOf)
                tally[standing.state, default: 0] += 1
                row.append(standing.due.map { "\(standing.state.label)（\($0.chinese)）" } ?? standing.state.label)
            }
            rows.append(row)
        }
        table = DataTable(
            title: "公开目录执行情况（截至\(asOf.chinese)）", fileBase: "catalogue",
            columns: ["村（社区）"] + catalogue.items.map(\.title), rows: rows)
        let order: [DisclosureSchedule.State] = [.onTime, .late, .missing, .nothingToPublish, .notDue, .perMatter]
        counts = order.map { ($0.label, tally[$0] ?? 0) }
    }
}
