/// Applies the 四议两公开 rules (`DecisionRules`) to a village's projects: steps out of order
/// are errors (`GK522`, and `GK524` for 决议公开 before the 决议) at the step's date in
/// `decisions.csv`; work started before the resolution, or without one, is a warning
/// (`GK523`) at the project's row in `projects.csv`, naming the village, project and dates.
enum DecisionCheck {
    static func check(_ projects: [Project], decisions: CSVTable, projects projectsTable: CSVTable, villageName: String, diagnostics: DiagnosticBag) {
        for project in projects {
            for problem in DecisionRules.orderProblems(project.decisions) {
                let location = DecisionListDecoder.schema.location(in: decisions, line: problem.step.line, key: "date")
                let (step, before) = (problem.step, problem.predecessor)
                if problem.isPublicationBeforeResolution {
                    diagnostics.error(
                        .resolutionPublishedBeforeResolution, at: location,
                        "项目 \(project.id) 的决议公开日期 \(step.date) 早于村民（代表）会议决议日期 \(before.date)（第 \(before.line) 行）")
                } else {
                    diagnostics.error(
                        .decisionStepsOutOfOrder, at: location,
                        "项目 \(project.id) 的“\(step.step.name)”（\(step.date)）早于应在它之前的“\(before.step.name)”（\(before.date)，第 \(before.line) 行）")
                }
            }
            guard let problem = DecisionRules.startProblem(project) else { continue }
            let name = "\(villageName)的项目 \(project.id)“\(project.title)”"
            switch problem {
            case let .startedBeforeResolution(start, resolution):
                let what = project.status == .planned ? "计划开工日期" : "开工日期"
                diagnostics.warning(
                    .workStartedBeforeResolution, at: ProjectListDecoder.schema.location(in: projectsTable, line: project.line, key: "start"),
                    "\(name)\(what) \(start) 早于村民（代表）会议决议日期 \(resolution)")
            case .startedWithoutResolution:
                let started = project.start.map { "开工日期 \($0)，" } ?? ""
                diagnostics.warning(
                    .workStartedBeforeResolution,
                    at: ProjectListDecoder.schema.location(in: projectsTable, line: project.line, key: project.start == nil ? "status" : "start"),
                    "\(name)已开工（\(started)状态“\(project.status.rawValue)”），但 decisions.csv 中没有村民（代表）会议决议的记录")
            }
        }
    }
}
