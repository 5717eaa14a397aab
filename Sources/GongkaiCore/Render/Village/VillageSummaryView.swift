/// A village's key figures, as the township page lists them and the village page heads them.
struct VillageSummaryView {
    var id: String
    var name: String
    var kind: String
    var code: String?
    var href: String
    var households: String
    var population: String
    var listSystem: String?
    var needsTotal: Int
    var answered: Int
    var unanswered: Int
    var hasUnanswered: Bool
    var projectsTotal: Int
    var disclosuresTotal: Int
    var latestDisclosure: String?

    init(_ village: VillageFigures, root: String) {
        id = village.id
        name = village.name
        kind = village.kind.rawValue
        code = village.code
        href = root + SitePaths.village(village.id)
        households = village.households.map { "\($0) 户" } ?? "—"
        population = village.population.map { "\($0) 人" } ?? "—"
        listSystem = village.listSystem?.rawValue
        needsTotal = village.needs.total
        answered = village.needs.answered
        unanswered = village.needs.unanswered
        hasUnanswered = unanswered > 0
        projectsTotal = village.projectStatuses.count
        disclosuresTotal = village.disclosureCount
        latestDisclosure = village.latestDisclosure?.chinese
    }
}

/// The printed sheet of a village's pages: the village with its township, and the date of its
/// data.
extension PrintInfo {
    init(_ village: Village, in township: Township, date: String? = nil) {
        self.init(
            owner: "\(township.name) \(village.name)",
            dateLine: date ?? village.facts.asOf.map { "数据截至 \($0.chinese)" })
    }
}

/// Totals over several villages: a township, or the county.
struct RollUpView {
    var villages = 0
    var ruralVillages = 0
    var communities = 0
    var households = 0
    var population = 0
    var needs = 0
    var answered = 0
    var unanswered = 0
    var projects = 0
    var projectsByStatus: [StatusCount] = []

    struct StatusCount {
        var status: String
        var count: Int
    }

    init(_ villages: [VillageFigures]) {
        var byStatus: [Project.Status: Int] = [:]
        for village in villages {
            self.villages += 1
            if village.kind == .village { ruralVillages += 1 } else { communities += 1 }
            households += village.households ?? 0
            population += village.population ?? 0
            needs += village.needs.total
            answered += village.needs.answered
            unanswered += village.needs.unanswered
            projects += village.projectStatuses.count
            for status in village.projectStatuses { byStatus[status, default: 0] += 1 }
        }
        projectsByStatus = Project.Status.allCases.map { StatusCount(status: $0.rawValue, count: byStatus[$0] ?? 0) }
    }
}

/// The two summary charts of a village or a township: projects by status, needs answered.
enum SummaryCharts {
    static func figures(_ villages: [VillageFigures], idPrefix: String, owner: String, folder: String) -> (figures: [ChartFigure], files: [OutputFile]) {
        var figures: [ChartFigure] = []
        var files: [OutputFile] = []
        if let needs = ChartBuilders.needsAnswered(villages, id: "\(idPrefix)-needs", owner: owner) {
            figures.append(ChartFigure(chart: needs.chart, fileName: "needs.svg", caption: "居民需求对接情况", columns: ["对接情况", "需求（项）"], rows: needs.rows))
            files.append(ChartFigure.file(needs.chart, named: "needs.svg", in: folder))
        }
        if let projects = ChartBuilders.projectsByStatus(villages, id: "\(idPrefix)-projects", owner: owner) {
            figures.append(ChartFigure(chart: projects.chart, fileName: "projects.svg", caption: "民生项目按状态统计", columns: ["状态", "项目（个）"], rows: projects.rows))
            files.append(ChartFigure.file(projects.chart, named: "projects.svg", in: folder))
        }
        return (figures, files)
    }
}

extension VillageSummaryView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 15)
        fields.add("id", id)
        fields.add("name", name)
        fields.add("kind", kind)
        fields.add("code", code)
        fields.add("href", href)
        fields.add("households", households)
        fields.add("population", population)
        fields.add("listSystem", listSystem)
        fields.add("needsTotal", needsTotal)
        fields.add("answered", answered)
        fields.add("unanswered", unanswered)
        fields.add("hasUnanswered", hasUnanswered)
        fields.add("projectsTotal", projectsTotal)
        fields.add("disclosuresTotal", disclosuresTotal)
        fields.add("latestDisclosure", latestDisclosure)
        return fields.data
    }
}

extension RollUpView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 10)
        fields.add("villages", villages)   // CHECK TYPE
        fields.add("ruralVillages", ruralVillages)   // CHECK TYPE
        fields.add("communities", communities)   // CHECK TYPE
        fields.add("households", households)   // CHECK TYPE
        fields.add("population", population)   // CHECK TYPE
        fields.add("needs", needs)   // CHECK TYPE
        fields.add("answered", answered)   // CHECK TYPE
        fields.add("unanswered", unanswered)   // CHECK TYPE
        fields.add("projects", projects)   // CHECK TYPE
        fields.add("projectsByStatus", projectsByStatus)
        return fields.data
    }
}

extension RollUpView.StatusCount: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("status", status)
        fields.add("count", count)
        return fields.data
    }
}
