/// 财务公开 of a village: the list of its periods with their balances
/// (`villages/<id>/finance/`) and one page per month or quarter
/// (`villages/<id>/finance/<2025-q1>/`) with every item, the category subtotals and totals,
/// the balance line, the review, charts by category and the downloads.
enum FinancePages {
    struct IndexContext {
        var frame: PageFrame
        var village: VillageSummaryView
        var periods: [FinanceViews.PeriodRow]
        var latest: FinanceViews.PeriodRow?
        var count: Int
        var csvHref: String
        var jsonHref: String
    }

    struct PeriodContext {
        var frame: PageFrame
        var village: VillageSummaryView
        var title: String
        var period: String
        var publishedOn: String
        var reviewer: String
        var reviewedOn: String
        /// Corrections made after publication, oldest first (更正说明).
        var corrections: [DisclosurePages.AmendmentView]
        var hasCorrections: Bool
        var balance: FinanceViews.Balance
        var tables: [FinanceViews.FlowTable]
        var charts: [ChartFigure]
        var hasCharts: Bool
        var noteHTML: String?
        var indexHref: String
        var csvHref: String
        var jsonHref: String
        var previous: FinanceViews.Neighbour?
        var next: FinanceViews.Neighbour?
    }

    static let title = "财务公开"

    static func render(_ village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.finance(village.id)
        let frame = frames.frame(
            title: "\(village.name)\(title)", folder: folder, crumbs: Crumbs.village(village, in: township) + [(title, nil)],
            print: PrintInfo(village, in: township))
        let rows = village.finance.map { FinanceViews.row($0, href: frame.root + SitePaths.financePeriod(village.id, $0.slug)) }
        let summary = FinanceOpenData.summaryTable(village.finance)
        let context = IndexContext(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), periods: rows, latest: rows.last,
            count: rows.count, csvHref: summary.fileBase + ".csv", jsonHref: summary.fileBase + ".json")
        var files = [templates.page(folder + "index.html", context, template: "finance")]
        files += summary.files(in: folder, village: village.name)
        for index in village.finance.indices {
            files += page(index, of: village, in: township, figures: figures, frames: frames, templates: templates)
        }
        return files
    }

    private static func page(_ index: Int, of village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let period = village.finance[index]
        let folder = SitePaths.financePeriod(village.id, period.slug)
        let frame = frames.frame(
            title: "\(village.name)\(period.title)", folder: folder,
            crumbs: Crumbs.village(village, in: township) + [(title, SitePaths.finance(village.id)), (period.period.chinese, nil)],
            print: PrintInfo(village, in: township, date: "\(period.period.chinese) · \(period.publishedOn.chinese)公开"))
        func neighbour(_ other: Int) -> FinanceViews.Neighbour? {
            guard village.finance.indices.contains(other) else { return nil }
            let slug = village.finance[other].slug
            return FinanceViews.Neighbour(period: village.finance[other].period.chinese, href: frame.root + SitePaths.financePeriod(village.id, slug))
        }
        var charts: [ChartFigure] = []
        var files: [OutputFile] = []
        for flow in FinanceEntry.Flow.allCases {
            guard let built = FinanceCharts.byCategory(period, flow) else { continue }
            let name = flow == .income ? "income.svg" : "expenditure.svg"
            charts.append(ChartFigure(
                chart: built.chart, fileName: name, caption: "\(flow.rawValue)按类别", columns: ["类别", "金额", "占\(flow.rawValue)合计"],
                rows: built.rows))
            files.append(ChartFigure.file(built.chart, named: name, in: folder))
        }
        let context = PeriodContext(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), title: period.title, period: period.period.chinese,
            publishedOn: period.publishedOn.chinese, reviewer: period.review.reviewer, reviewedOn: period.review.date.chinese,
            corrections: period.corrections.map { DisclosurePages.AmendmentView(date: $0.date.chinese, reason: $0.reason) },
            hasCorrections: !period.corrections.isEmpty, balance: FinanceViews.balance(period), tables: FinanceEntry.Flow.allCases.map { FinanceViews.table(period, $0) },
            charts: charts, hasCharts: !charts.isEmpty, noteHTML: period.note.map(MarkdownRenderer.html), indexHref: frame.root + SitePaths.finance(village.id),
            csvHref: "finance-\(period.slug).csv", jsonHref: "finance-\(period.slug).json",
            previous: neighbour(index - 1), next: neighbour(index + 1))
        return [templates.page(folder + "index.html", context, template: "finance-period")]
            + files + FinanceOpenData.files(period, village: village.name, in: folder)
    }
}

extension FinancePages.IndexContext: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 7)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("periods", periods)
        fields.add("latest", latest)
        fields.add("count", count)
        fields.add("csvHref", csvHref)
        fields.add("jsonHref", jsonHref)
        return fields.data
    }
}

extension FinancePages.PeriodContext: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 19)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("title", title)
        fields.add("period", period)
        fields.add("publishedOn", publishedOn)
        fields.add("reviewer", reviewer)
        fields.add("reviewedOn", reviewedOn)
        fields.add("corrections", corrections)
        fields.add("hasCorrections", hasCorrections)
        fields.add("balance", balance)
        fields.add("tables", tables)
        fields.add("charts", charts)
        fields.add("hasCharts", hasCharts)
        fields.add("noteHTML", noteHTML)
        fields.add("indexHref", indexHref)
        fields.add("csvHref", csvHref)
        fields.add("jsonHref", jsonHref)
        fields.add("previous", previous)
        fields.add("next", next)
        return fields.data
    }
}
