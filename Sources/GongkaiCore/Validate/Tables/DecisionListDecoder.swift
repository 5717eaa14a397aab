/// `decisions.csv` (四议两公开记录): one row per step of a project's procedure, naming the
/// project, the step, its date and the document that shows it. The steps are attached to the
/// village's projects and checked against the rules (`DecisionCheck`).
enum DecisionListDecoder {
    static let fileName = "decisions.csv"

    static let schema = TableSchema(title: "四议两公开记录表", columns: [
        .init(key: "project", header: "项目编号", required: true),
        .init(key: "step", header: "步骤", aliases: ["环节"], required: true),
        .init(key: "date", header: "日期", required: true),
        .init(key: "document", header: "文件", aliases: ["相关文件"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    /// The village's projects with their recorded steps, in the order of the procedure.
    static func attach(
        _ raw: RawVillage, to projects: [Project], disclosures: [Disclosure], villageName: String, diagnostics: DiagnosticBag
    ) -> [Project] {
        guard let table = raw.tables[fileName] else { return projects }
        guard let projectsTable = raw.tables["projects.csv"] else {
            if !raw.unreadableTables.contains("projects.csv") {
                diagnostics.error(
                    .fileMissing, at: SourceLocation(file: "\(raw.folder)/projects.csv"), "有 decisions.csv（四议两公开记录）却没有 projects.csv（民生项目）")
            }
            return projects
        }
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return projects }
        let notices = DecisionDocumentReader.Notices(raw, disclosures: disclosures)
        let writtenIDs = ProjectListDecoder.schema.values(in: projectsTable, key: "id")
        var projects = projects
        var seen: [String: [DecisionStep: Int]] = [:]
        for row in reader.rows {
            let projectID = row.required("project")
            let step = readStep(row)
            let date = row.date("date")
            if date.ok && date.value == nil { _ = row.required("date") }
            let document = DecisionDocumentReader.read(row, key: "document", notices: notices)
            guard let projectID, let step, let day = date.value else { continue }
            guard let index = projects.firstIndex(where: { $0.id == projectID }) else {
                // A project whose own row has an error has been reported already.
                if !writtenIDs.contains(projectID) {
                    var message = "第 \(row.line) 行的项目编号“\(projectID)”在 projects.csv 中不存在"
                    if let suggestion = Suggestion.closest(to: projectID, among: projects.map(\.id)) {
                        message += "，你是不是想写“\(suggestion)”？"
                    }
                    diagnostics.error(.decisionProjectUnknown, at: row.location("project"), message)
                }
                continue
            }
            if let first = seen[projectID]?[step] {
                diagnostics.error(
                    .decisionStepRepeated, at: row.location("step"), "项目 \(projectID) 的“\(step.name)”在第 \(first) 行已经记过")
                continue
            }
            seen[projectID, default: [:]][step] = row.line
            projects[index].decisions.append(DecisionRecord(
                step: step, line: row.line, date: day, writtenName: row.text("step"), document: document, note: row.text("note")))
        }
        for index in projects.indices {
            projects[index].decisions.sort { $0.step < $1.step }
        }
        DecisionCheck.check(projects, decisions: table, projects: projectsTable, villageName: villageName, diagnostics: diagnostics)
        return projects
    }

    /// The 步骤 cell: one of the six steps, in any accepted spelling.
    private static func readStep(_ row: TableRow) -> DecisionStep? {
        guard let text = row.required("step") else { return nil }
        if let step = DecisionStep(spelling: text) { return step }
        var message = "第 \(row.line) 行的步骤“\(text)”不是四议两公开的步骤"
        if let suggestion = Suggestion.closest(to: text, among: DecisionStep.allCases.flatMap(\.spellings)) {
            message += "，你是不是想写“\(suggestion)”？"
        }
        row.diagnostics.error(.decisionStepUnknown, at: row.location("step"), message)
        return nil
    }
}
