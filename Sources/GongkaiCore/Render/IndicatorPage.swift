/// One page per indicator (`plan/indicators/<id>/index.html`): its values year by year, the
/// straight path from baseline to target, and its status.
enum IndicatorPage {
    static func folder(for indicator: Indicator) -> String {
        "plan/indicators/\(indicator.id)/"
    }

    struct Context {
        var frame: PageFrame
        var plan: PlanSummaryView
        var indicator: IndicatorView
        var rows: [YearRow]
        var noteHTML: String?
        var comparatorWords: String?
    }

    /// One line of the year table: the baseline year, each reported year, the target year.
    struct YearRow {
        var year: Int
        var kind: String
        var value: String
        var spoken: String
    }

    static func render(_ indicator: Indicator, site: SiteContent, frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let plan = site.plan
        let folder = folder(for: indicator)
        let frame = frames.frame(
            title: indicator.name, folder: folder,
            crumbs: [("规划", PlanPage.folder), ("指标 \(indicator.number)", nil)])
        var rows = [YearRow(year: plan.baselineYear, kind: "基期值", value: indicator.baseline.description, spoken: indicator.baseline.spoken)]
        rows += indicator.actuals.map { YearRow(year: $0.year, kind: "实际值", value: $0.value.description, spoken: $0.value.spoken) }
        rows.append(YearRow(year: plan.targetYear, kind: "目标值", value: indicator.target.description, spoken: indicator.target.spoken))
        let context = Context(
            frame: frame, plan: PlanSummaryView(plan), indicator: IndicatorView(indicator, plan: plan, root: frame.root),
            rows: rows, noteHTML: indicator.note.map(MarkdownRenderer.html),
            comparatorWords: indicator.target.comparator?.words)
        return OutputFile(path: folder + "index.html", text: templates.render(context, template: "indicator"))
    }
}
