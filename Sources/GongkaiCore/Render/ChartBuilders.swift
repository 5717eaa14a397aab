/// Turns the model into charts and their tables. Charts know nothing of the model; this is
/// the one place that decides what each chart shows and says.
enum ChartBuilders {
    // MARK: Indicators

    static func progress(_ indicator: Indicator, plan: Plan) -> (chart: RenderedChart, rows: [[String]]) {
        let assessment = IndicatorAssessment.assess(indicator, baselineYear: plan.baselineYear, targetYear: plan.targetYear)
        let path = PlannedPath(indicator, plan: plan)
        let baseline = indicator.baseline.number.map {
            ProgressLineChart.Point(year: plan.baselineYear, value: $0, label: indicator.baseline.description)
        }
        let actuals = indicator.actuals.compactMap { actual in
            actual.value.number.map { ProgressLineChart.Point(year: actual.year, value: $0, label: actual.value.description) }
        }
        let target = ProgressLineChart.Point(year: plan.targetYear, value: indicator.target.number ?? 0, label: indicator.target.description)
        let chart = ProgressLineChart(
            id: "indicator-\(indicator.id)-chart",
            text: ChartText(title: "指标 \(indicator.number) \(indicator.name) 的进展", description: describe(indicator, plan: plan, status: assessment.status)),
            firstYear: min(plan.baselineYear, indicator.actuals.first?.year ?? plan.baselineYear), lastYear: plan.targetYear,
            baseline: baseline, actuals: actuals, target: target,
            pathStart: path.start.map { ProgressLineChart.Point(year: $0.year, value: $0.value, label: "") })
        var rows: [[String]] = [["\(plan.baselineYear)年", "基期值", indicator.baseline.description, path.label(at: plan.baselineYear)]]
        for actual in indicator.actuals {
            rows.append(["\(actual.year)年", actual.isComputed ? "实际值（按村、社区数据计算）" : "实际值", actual.value.description, path.label(at: actual.year)])
        }
        rows.append(["\(plan.targetYear)年", "目标值", indicator.target.description, path.label(at: plan.targetYear)])
        return (chart.render(), rows)
    }

    static func sparkline(_ indicator: Indicator, plan: Plan) -> RenderedChart {
        let assessment = IndicatorAssessment.assess(indicator, baselineYear: plan.baselineYear, targetYear: plan.targetYear)
        var values: [(year: Int, value: Double)] = []
        if let baseline = indicator.baseline.number { values.append((plan.baselineYear, baseline)) }
        values += indicator.actuals.compactMap { actual in actual.value.number.map { (actual.year, $0) } }
        return Sparkline(
            id: "indicator-\(indicator.id)-sparkline",
            text: ChartText(title: "\(indicator.name)：\(assessment.status.label)", description: describe(indicator, plan: plan, status: assessment.status)),
            firstYear: plan.baselineYear, lastYear: plan.targetYear, values: values,
            target: (plan.targetYear, indicator.target.number ?? 0)).render()
    }

    /// The figures in words: 2020年基期值30平方米；2021年实际值…；2025年目标值不低于30平方米；进展：已达标。
    static func describe(_ indicator: Indicator, plan: Plan, status: IndicatorStatus) -> String {
        var parts: [String] = []
        parts.append(indicator.baseline.isNone ? "\(plan.baselineYear)年无基期值" : "\(plan.baselineYear)年基期值\(indicator.baseline.spoken)")
        for actual in indicator.actuals {
            parts.append("\(actual.year)年实际值\(actual.value.spoken)")
        }
        parts.append("\(plan.targetYear)年目标值\(indicator.target.spoken)")
        parts.append("进展：\(status.label)")
        return parts.joined(separator: "；") + "。"
    }

    // MARK: Projects

    static func progressBar(_ project: Project, village: Village) -> RenderedChart? {
        guard let percent = project.percentComplete else { return nil }
        return ProgressBar(
            id: "project-\(project.slug)-progress",
            text: ChartText(title: "\(project.title) 完成进度", description: "\(project.title)（\(project.status.rawValue)）已完成 \(percent)%。"),
            percent: percent).render()
    }

    static func timeline(_ project: Project) -> RenderedChart? {
        guard !project.milestones.isEmpty else { return nil }
        let steps = project.milestones.map { TimelineChart.Step(date: $0.date.chinese, title: $0.title, done: $0.done) }
        let words = project.milestones.map { "\($0.date.chinese)\($0.title)（\($0.done ? "已完成" : "未完成")）" }.joined(separator: "；")
        return TimelineChart(
            id: "project-\(project.slug)-timeline",
            text: ChartText(title: "\(project.title) 项目节点", description: words + "。"), steps: steps).render()
    }

    static func budget(_ project: Project) -> RenderedChart? {
        guard let budget = project.budget, let spent = project.spent else { return nil }
        let share = budget.value > 0 ? " ，占预算的 \(NumberText.plain((spent.value / budget.value * 1000).rounded() / 10))%" : ""
        return BarChart(
            id: "project-\(project.slug)-budget",
            text: ChartText(title: "\(project.title) 预算与支出", description: "预算 \(budget.text) 万元，已支出 \(spent.text) 万元\(share)。"),
            bars: [
                .init(label: "预算", value: budget.value, valueLabel: "\(budget.text) 万元"),
                .init(label: "已支出", value: spent.value, valueLabel: "\(spent.text) 万元"),
            ]).render()
    }

    // MARK: Villages and townships

    static func projectsByStatus(_ villages: [VillageFigures], id: String, owner: String) -> (chart: RenderedChart, rows: [[String]])? {
        let projects = villages.flatMap(\.projectStatuses)
        guard !projects.isEmpty else { return nil }
        let counts = Project.Status.allCases.map { status in (status, projects.filter { $0 == status }.count) }
        let words = counts.map { "\($0.0.rawValue) \($0.1) 个" }.joined(separator: "，")
        let chart = BarChart(
            id: id, text: ChartText(title: "\(owner)民生项目按状态统计", description: "共 \(projects.count) 个项目：\(words)。"),
            bars: counts.map { .init(label: $0.0.rawValue, value: Double($0.1), valueLabel: "\($0.1) 个") }).render()
        return (chart, counts.map { [$0.0.rawValue, "\($0.1)"] })
    }

    static func needsAnswered(_ villages: [VillageFigures], id: String, owner: String) -> (chart: RenderedChart, rows: [[String]])? {
        let total = villages.map(\.needs.total).reduce(0, +)
        guard total > 0 else { return nil }
        let answered = villages.map(\.needs.answered).reduce(0, +)
        let unanswered = total - answered
        let chart = BarChart(
            id: id,
            text: ChartText(title: "\(owner)居民需求对接情况", description: "居民需求共 \(total) 项：已对接 \(answered) 项，尚未对接 \(unanswered) 项。"),
            bars: [
                .init(label: "已对接", value: Double(answered), valueLabel: "\(answered) 项"),
                .init(label: "尚未对接", value: Double(unanswered), valueLabel: "\(unanswered) 项"),
            ]).render()
        return (chart, [["已对接", "\(answered)"], ["尚未对接", "\(unanswered)"]])
    }
}

/// The straight line from an indicator's starting point to its target, by year.
struct PlannedPath {
    var start: (year: Int, value: Double)?
    var end: (year: Int, value: Double)?
    let unit: String

    init(_ indicator: Indicator, plan: Plan) {
        unit = indicator.unit
        if let baseline = indicator.baseline.number {
            start = (plan.baselineYear, baseline)
        } else if let first = indicator.actuals.first(where: { $0.value.number != nil }), first.year < plan.targetYear {
            start = (first.year, first.value.number!)
        }
        end = indicator.target.number.map { (plan.targetYear, $0) }
    }

    func value(at year: Int) -> Double? {
        guard let start, let end, year >= start.year, year <= end.year, end.year > start.year else { return nil }
        return start.value + (end.value - start.value) * Double(year - start.year) / Double(end.year - start.year)
    }

    /// The path's value in a year, rounded to two decimals, with the unit; `—` off the path.
    func label(at year: Int) -> String {
        guard let value = value(at: year) else { return "—" }
        let rounded = (value * 100).rounded() / 100
        return NumberText.plain(rounded) + (unit.isEmpty ? "" : (unit.first!.isASCII || unit == "%" || unit == "‰" ? "" : " ") + unit)
    }
}
