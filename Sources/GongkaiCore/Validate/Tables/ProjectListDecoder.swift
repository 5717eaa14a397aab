/// `projects.csv` (民生项目) with the dated steps of `milestones.csv`.
enum ProjectListDecoder {
    static let schema = TableSchema(title: "民生项目清单", columns: [
        .init(key: "id", header: "编号", required: true),
        .init(key: "title", header: "项目名称", aliases: ["项目"], required: true),
        .init(key: "status", header: "状态", aliases: ["项目状态"], required: true),
        .init(key: "start", header: "开工日期", aliases: ["开始日期"]),
        .init(key: "plannedEnd", header: "计划完工日期", aliases: ["计划完成日期"]),
        .init(key: "budget", header: "预算(万元)", aliases: ["预算"]),
        .init(key: "spent", header: "已支出(万元)", aliases: ["已支出", "支出(万元)"]),
        .init(key: "percent", header: "完成进度", aliases: ["进度"]),
        .init(key: "answers", header: "对应需求", aliases: ["对接需求"]),
        .init(key: "implementer", header: "实施单位", aliases: ["责任单位"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    static let milestoneSchema = TableSchema(title: "项目节点表", columns: [
        .init(key: "project", header: "项目编号", required: true),
        .init(key: "date", header: "日期", required: true),
        .init(key: "title", header: "节点", aliases: ["节点名称"], required: true),
        .init(key: "done", header: "是否完成", aliases: ["完成"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    static func decode(_ table: CSVTable, milestones: CSVTable?, diagnostics: DiagnosticBag) -> [Project] {
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return [] }
        var ids = UniqueIDChecker(what: "项目")
        var projects: [Project] = reader.rows.compactMap { row in
            let id = row.identifier("id")
            let title = row.required("title")
            let status = row.choice("status", options: Project.Status.allCases.map { ($0.rawValue, $0) })
            let start = row.date("start"), end = row.date("plannedEnd")
            let budget = row.amount("budget"), spent = row.amount("spent")
            let percent = row.percent("percent")
            if let startDate = start.value, let endDate = end.value, endDate < startDate {
                diagnostics.error(
                    .datesOutOfOrder, at: row.location("plannedEnd"),
                    "第 \(row.line) 行的计划完工日期 \(endDate) 早于开工日期 \(startDate)")
                return nil
            }
            guard let id, let title, let status, start.ok, end.ok, budget.ok, spent.ok, percent.ok,
                  ids.accept(id, row: row, key: "id")
            else { return nil }
            return Project(
                id: id, line: row.line, title: title, status: status, start: start.value, plannedEnd: end.value,
                budget: budget.value, spent: spent.value, percentComplete: percent.value, answers: row.idList("answers"),
                implementer: row.text("implementer"), note: row.text("note"), milestones: [])
        }
        if let milestones {
            attach(milestones, to: &projects, diagnostics: diagnostics)
        }
        return projects
    }

    private static func attach(_ table: CSVTable, to projects: inout [Project], diagnostics: DiagnosticBag) {
        guard let reader = TableReader(table, schema: milestoneSchema, diagnostics: diagnostics) else { return }
        for row in reader.rows {
            let projectID = row.required("project")
            let title = row.required("title")
            let date = row.date("date")
            if date.ok && date.value == nil { _ = row.required("date") }
            guard let projectID, let title, let day = date.value else { continue }
            guard let index = projects.firstIndex(where: { $0.id == projectID }) else {
                diagnostics.error(
                    .unknownReference, at: row.location("project"),
                    "第 \(row.line) 行的项目编号“\(projectID)”在 projects.csv 中不存在")
                continue
            }
            let done = ["是", "已完成", "完成", "√", "✓", "yes", "true"].contains(row.text("done").lowercased())
            projects[index].milestones.append(Milestone(line: row.line, date: day, title: title, done: done, note: row.text("note")))
        }
        for index in projects.indices {
            projects[index].milestones.sort { ($0.date, $0.line) < ($1.date, $1.line) }
        }
    }
}
