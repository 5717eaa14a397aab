/// The rules of 四议两公开 as checks on dates, apart from reading tables so that they can be
/// tested on their own. Two steps may fall on the same day (a village whose Party secretary
/// also chairs the committee may hold 提议 and 商议 in one meeting); a step may not come
/// before a step that precedes it in the procedure.
enum DecisionRules {
    /// A step dated before a step that must come first.
    struct OrderProblem: Equatable {
        /// The step dated too early.
        var step: DecisionRecord
        /// The step before it in the procedure with the latest date (the resolution itself
        /// when a 决议公开 comes before it).
        var predecessor: DecisionRecord

        /// 决议公开 before the resolution: reported with its own code.
        var isPublicationBeforeResolution: Bool {
            step.step == .resolutionPublished && predecessor.step == .villagersResolution
        }
    }

    /// Work reported started while the resolution came later or never.
    enum StartProblem: Equatable {
        case startedBeforeResolution(start: CalendarDate, resolution: CalendarDate)
        case startedWithoutResolution
    }

    /// The order problems of one project's records (one record per step, in any order), one
    /// per step that is dated before any step recorded ahead of it in the procedure.
    static func orderProblems(_ records: [DecisionRecord]) -> [OrderProblem] {
        let ordered = records.sorted { ($0.step, $0.line) < ($1.step, $1.line) }
        var problems: [OrderProblem] = []
        var latest: DecisionRecord?
        for record in ordered {
            if let previous = latest, record.date < previous.date {
                let resolution = ordered.first { $0.step == .villagersResolution }
                if record.step == .resolutionPublished, let resolution, record.date < resolution.date {
                    problems.append(OrderProblem(step: record, predecessor: resolution))
                } else {
                    problems.append(OrderProblem(step: record, predecessor: previous))
                }
            }
            if latest == nil || record.date >= latest!.date { latest = record }
        }
        return problems
    }

    /// For a project that records its steps: work started (a start date, or a status past
    /// 计划) before the 村民（代表）会议决议, or with no resolution recorded at all.
    static func startProblem(_ project: Project) -> StartProblem? {
        guard !project.decisions.isEmpty else { return nil }
        if let resolution = project.decisions.first(where: { $0.step == .villagersResolution }) {
            guard let start = project.start, start < resolution.date else { return nil }
            return .startedBeforeResolution(start: start, resolution: resolution.date)
        }
        return project.status == .planned ? nil : .startedWithoutResolution
    }
}
