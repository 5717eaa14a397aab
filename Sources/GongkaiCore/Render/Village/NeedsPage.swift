/// The 三项清单 / 四项清单 page (`villages/<id>/needs/`): every need with the resources,
/// projects and responsibilities that answer it, the needs nothing answers marked plainly,
/// then the resource and responsibility lists, each with CSV and JSON downloads.
enum NeedsPage {
    struct Context {
        var frame: PageFrame
        var village: VillageSummaryView
        var title: String
        var isFourLists: Bool
        var needs: [NeedView]
        var hasNeeds: Bool
        var needsTable: DataTableView
        var resourcesTable: DataTableView
        var responsibilitiesTable: DataTableView
        var projectsHref: String
    }

    struct NeedView {
        var id: String
        var title: String
        var category: String
        var source: String
        var raisedOn: String?
        var isAnswered: Bool
        var answers: [AnswerView]
        var hasAnswers: Bool
    }

    struct AnswerView {
        var kind: String
        var id: String
        var title: String
        var detail: String
        var href: String?
    }

    static func render(_ village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.needs(village.id)
        let title = village.listSystem?.rawValue ?? "三项清单"
        let frame = frames.frame(title: "\(village.name)\(title)", folder: folder, crumbs: Crumbs.village(village, in: township) + [(title, nil)],
            print: PrintInfo(village, in: township))
        let needs = NeedMatching(village).entries.map { entry in
            let answers = answerViews(entry, village: village, root: frame.root)
            return NeedView(
                id: entry.need.id, title: entry.need.title, category: entry.need.category, source: entry.need.source,
                raisedOn: entry.need.raisedOn?.chinese, isAnswered: entry.isAnswered, answers: answers, hasAnswers: !answers.isEmpty)
        }
        let tables = VillageTables(village)
        let context = Context(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), title: title,
            isFourLists: village.listSystem == .four, needs: needs, hasNeeds: !needs.isEmpty,
            needsTable: tables.needs.view, resourcesTable: tables.resources.view,
            responsibilitiesTable: tables.responsibilities.view, projectsHref: frame.root + SitePaths.projects(village.id))
        var files = [templates.page(folder + "index.html", context, template: "needs")]
        files += tables.needs.files(in: folder, village: village.name)
        files += tables.resources.files(in: folder, village: village.name)
        if village.listSystem == .four {
            files += tables.responsibilities.files(in: folder, village: village.name)
        }
        return files
    }

    private static func answerViews(_ entry: NeedMatching.Entry, village: Village, root: String) -> [AnswerView] {
        entry.resources.map { AnswerView(kind: "服务资源", id: $0.id, title: $0.title, detail: $0.provider, href: nil) }
            + entry.projects.map {
                AnswerView(kind: "民生项目", id: $0.id, title: $0.title, detail: $0.status.rawValue, href: root + SitePaths.project(village.id, $0))
            }
            + entry.responsibilities.map { AnswerView(kind: "服务责任", id: $0.id, title: $0.task, detail: $0.unit, href: nil) }
    }
}

/// The village's lists as plain tables, shared by the pages and the downloads.
struct VillageTables {
    var needs: DataTable
    var resources: DataTable
    var responsibilities: DataTable
    var projects: DataTable

    init(_ village: Village) {
        let matching = NeedMatching(village)
        needs = DataTable(
            title: "居民需求清单", fileBase: "needs",
            columns: ["编号", "需求", "类别", "来源", "提出日期", "涉及人数", "对接情况", "备注"],
            rows: matching.entries.map { entry in
                let need = entry.need
                return [need.id, need.title, need.category, need.source, need.raisedOn?.description ?? "", need.people,
                        entry.isAnswered ? "已对接" : "尚未对接", need.note]
            })
        resources = DataTable(
            title: "服务资源清单", fileBase: "resources",
            columns: ["编号", "资源", "类别", "提供方", "数量", "联系电话", "对应需求", "备注"],
            rows: village.resources.map { [$0.id, $0.title, $0.category, $0.provider, $0.quantity, $0.contact, $0.answers.joined(separator: ";"), $0.note] })
        responsibilities = DataTable(
            title: "服务责任清单", fileBase: "responsibilities",
            columns: ["编号", "责任事项", "责任主体", "责任人", "完成时限", "对应需求", "备注"],
            rows: village.responsibilities.map { [$0.id, $0.task, $0.unit, $0.person, $0.deadline, $0.answers.joined(separator: ";"), $0.note] })
        projects = DataTable(
            title: "民生项目清单", fileBase: "projects",
            columns: ["编号", "项目名称", "状态", "开工日期", "计划完工日期", "预算(万元)", "已支出(万元)", "完成进度", "对应需求", "实施单位", "备注"],
            rows: village.projects.map { project in
                [project.id, project.title, project.status.rawValue, project.start?.description ?? "",
                 project.plannedEnd?.description ?? "", project.budget?.text ?? "", project.spent?.text ?? "",
                 project.percentComplete.map { "\($0)%" } ?? "", project.answers.joined(separator: ";"), project.implementer, project.note]
            })
    }
}

extension NeedsPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 10)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("title", title)
        fields.add("isFourLists", isFourLists)
        fields.add("needs", needs)
        fields.add("hasNeeds", hasNeeds)
        fields.add("needsTable", needsTable)
        fields.add("resourcesTable", resourcesTable)
        fields.add("responsibilitiesTable", responsibilitiesTable)
        fields.add("projectsHref", projectsHref)
        return fields.data
    }
}

extension NeedsPage.NeedView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 8)
        fields.add("id", id)
        fields.add("title", title)
        fields.add("category", category)
        fields.add("source", source)
        fields.add("raisedOn", raisedOn)
        fields.add("isAnswered", isAnswered)
        fields.add("answers", answers)
        fields.add("hasAnswers", hasAnswers)
        return fields.data
    }
}

extension NeedsPage.AnswerView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("kind", kind)
        fields.add("id", id)
        fields.add("title", title)
        fields.add("detail", detail)
        fields.add("href", href)
        return fields.data
    }
}
