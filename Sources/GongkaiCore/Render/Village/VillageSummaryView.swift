/// A village's key figures, as the township page lists them and the village page heads them.
struct VillageSummaryView: Encodable {
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

    init(_ village: Village, root: String) {
        self.init(VillageFigures(village), root: root)
    }

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
struct RollUpView: Encodable {
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

    struct StatusCount: Encodable {
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
