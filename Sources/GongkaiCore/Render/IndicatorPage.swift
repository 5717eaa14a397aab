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
        var chart: ChartFigure
        var noteHTML: String?
        var comparatorWords: String?
    }

    /// Made from the plan (with the computed values taken in, `applyingComputedIndicators`)
    /// and the indicator's computed value alone: its fingerprint lists the same
    /// (`InputFingerprints.unit`).
    static func render(
        _ indicator: Indicator, plan: Plan, computed: ComputedValue?, frames: FrameBuilder, templates: TemplateLibrary
    ) -> [OutputFile] {
        let folder = folder(for: indicator)
        let frame = frames.frame(
            title: indicator.name, folder: folder,
            crumbs: [("规划", PlanPage.folder), ("指标 \(indicator.number)", nil)])
        let progress = ChartBuilders.progress(indicator, plan: plan)
        let figure = ChartFigure(
            chart: progress.chart, fileName: "chart.svg", caption: "指标 \(indicator.number) 历年数值与规划路径",
            columns: ["年份", "类别", "数值", "规划路径值"], rows: progress.rows)
        let context = Context(
            frame: frame, plan: PlanSummaryView(plan), indicator: IndicatorView(indicator, plan: plan, root: frame.root, computed: computed),
            chart: figure, noteHTML: indicator.note.map(MarkdownRenderer.html),
            comparatorWords: indicator.target.comparator?.words)
        return [
            templates.page(folder + "index.html", context, template: "indicator"),
            ChartFigure.file(progress.chart, named: "chart.svg", in: folder),
            ChartFigure.file(ChartBuilders.sparkline(indicator, plan: plan), named: "sparkline.svg", in: folder),
        ]
    }
}

extension IndicatorPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 6)
        fields.add("frame", frame)
        fields.add("plan", plan)
        fields.add("indicator", indicator)
        fields.add("chart", chart)
        fields.add("noteHTML", noteHTML)
        fields.add("comparatorWords", comparatorWords)
        return fields.data
    }
}
