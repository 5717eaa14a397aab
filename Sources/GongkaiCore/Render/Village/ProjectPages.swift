/// The projects of a village (`villages/<id>/projects/`) and one page per project
/// (`villages/<id>/projects/<编号>/`) with its status, progress, money and milestones.
enum ProjectPages {
    struct ListContext {
        var frame: PageFrame
        var village: VillageSummaryView
        var projects: [ProjectView]
        var table: DataTableView
    }

    struct PageContext {
        var frame: PageFrame
        var village: VillageSummaryView
        var project: ProjectView
        var milestones: [MilestoneView]
        var hasMilestones: Bool
        var needs: [NeedLink]
        var hasNeeds: Bool
        var charts: [ChartFigure]
        var decisionSteps: [DecisionStepView] = []
        var hasDecisions = false
        var decisionChart: ChartFigure?
    }

    struct ProjectView {
        var id: String
        var title: String
        var status: String
        var statusKey: String
        var href: String
        var start: String?
        var plannedEnd: String?
        var budget: String?
        var spent: String?
        var percent: Int?
        var percentText: String
        var implementer: String
        var noteHTML: String?
    }

    struct MilestoneView {
        var date: String
        var title: String
        var done: Bool
        var note: String
    }

    struct NeedLink {
        var id: String
        var title: String
        var href: String
    }

    static func render(_ village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.projects(village.id)
        let frame = frames.frame(title: "\(village.name)民生项目", folder: folder, crumbs: Crumbs.village(village, in: township) + [("民生项目", nil)],
            print: PrintInfo(village, in: township))
        let table = VillageTables(village).projects
        let context = ListContext(
            frame: frame, village: VillageSummaryView(figures, root: frame.root),
            projects: village.projects.map { view($0, village: village, root: frame.root) }, table: table.view)
        var files = [templates.page(folder + "index.html", context, template: "projects")]
        files += table.files(in: folder, village: village.name)
        files += village.projects.flatMap { page($0, village: village, township: township, figures: figures, frames: frames, templates: templates) }
        return files
    }

    private static func page(_ project: Project, village: Village, township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.project(village.id, project)
        let frame = frames.frame(
            title: project.title, folder: folder,
            crumbs: Crumbs.village(village, in: township) + [("民生项目", SitePaths.projects(village.id)), (project.title, nil)],
            print: PrintInfo(village, in: township))
        let needs = village.needs.filter { project.answers.contains($0.id) }.map {
            NeedLink(id: $0.id, title: $0.title, href: frame.root + SitePaths.needs(village.id) + "#need-\($0.id)")
        }
        let milestones = project.milestones.map { MilestoneView(date: $0.date.chinese, title: $0.title, done: $0.done, note: $0.note) }
        var charts: [ChartFigure] = []
        var files: [OutputFile] = []
        if let chart = ChartBuilders.progressBar(project, village: village) {
            charts.append(ChartFigure(
                chart: chart, fileName: "progress.svg", caption: "完成进度", columns: ["项目", "状态", "完成进度"],
                rows: [[project.title, project.status.rawValue, "\(project.percentComplete ?? 0)%"]]))
            files.append(ChartFigure.file(chart, named: "progress.svg", in: folder))
        }
        if let chart = ChartBuilders.budget(project), let budget = project.budget, let spent = project.spent {
            charts.append(ChartFigure(
                chart: chart, fileName: "budget.svg", caption: "预算与支出", columns: ["类别", "金额（万元）"],
                rows: [["预算", budget.text], ["已支出", spent.text]]))
            files.append(ChartFigure.file(chart, named: "budget.svg", in: folder))
        }
        if let chart = ChartBuilders.timeline(project) {
            charts.append(ChartFigure(
                chart: chart, fileName: "timeline.svg", caption: "项目节点", columns: ["日期", "节点", "是否完成"],
                rows: project.milestones.map { [$0.date.chinese, $0.title, $0.done ? "已完成" : "未完成"] }))
            files.append(ChartFigure.file(chart, named: "timeline.svg", in: folder))
        }
        var context = PageContext(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), project: view(project, village: village, root: frame.root),
            milestones: milestones, hasMilestones: !milestones.isEmpty, needs: needs, hasNeeds: !needs.isEmpty, charts: charts)
        if !project.decisions.isEmpty {
            context.decisionSteps = DecisionStepView.views(project, village: village, root: frame.root)
            context.hasDecisions = true
            let chart = DecisionStepView.chart(project, steps: context.decisionSteps, folder: folder)
            context.decisionChart = chart.figure
            files.append(chart.file)
        }
        return [templates.page(folder + "index.html", context, template: "project")] + files
    }

    static func statusKey(_ status: Project.Status) -> String {
        switch status {
        case .planned: "planned"
        case .underway: "underway"
        case .completed: "completed"
        case .accepted: "accepted"
        }
    }

    static func view(_ project: Project, village: Village, root: String) -> ProjectView {
        ProjectView(
            id: project.id, title: project.title, status: project.status.rawValue,
            statusKey: statusKey(project.status),
            href: root + SitePaths.project(village.id, project), start: project.start?.chinese,
            plannedEnd: project.plannedEnd?.chinese, budget: project.budget.map { "\($0.text) 万元" },
            spent: project.spent.map { "\($0.text) 万元" }, percent: project.percentComplete,
            percentText: project.percentComplete.map { "\($0)%" } ?? "未填报", implementer: project.implementer,
            noteHTML: project.note.isEmpty ? nil : MarkdownRenderer.html(project.note))
    }
}

extension ProjectPages.ListContext: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("projects", projects)
        fields.add("table", table)
        return fields.data
    }
}

extension ProjectPages.PageContext: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 11)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("project", project)
        fields.add("milestones", milestones)
        fields.add("hasMilestones", hasMilestones)
        fields.add("needs", needs)
        fields.add("hasNeeds", hasNeeds)
        fields.add("charts", charts)
        fields.add("decisionSteps", decisionSteps)
        fields.add("hasDecisions", hasDecisions)   // CHECK TYPE
        fields.add("decisionChart", decisionChart)
        return fields.data
    }
}

extension ProjectPages.ProjectView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 13)
        fields.add("id", id)
        fields.add("title", title)
        fields.add("status", status)
        fields.add("statusKey", statusKey)
        fields.add("href", href)
        fields.add("start", start)
        fields.add("plannedEnd", plannedEnd)
        fields.add("budget", budget)
        fields.add("spent", spent)
        fields.add("percent", percent)
        fields.add("percentText", percentText)
        fields.add("implementer", implementer)
        fields.add("noteHTML", noteHTML)
        return fields.data
    }
}

extension ProjectPages.MilestoneView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("date", date)
        fields.add("title", title)
        fields.add("done", done)
        fields.add("note", note)
        return fields.data
    }
}

extension ProjectPages.NeedLink: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("id", id)
        fields.add("title", title)
        fields.add("href", href)
        return fields.data
    }
}
