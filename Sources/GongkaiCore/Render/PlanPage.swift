/// The plan page (`plan/index.html`): the full indicator table, the key tasks chapter by
/// chapter with their responsible units, and the 专栏 placed after the chapter they belong to.
enum PlanPage {
    static let folder = "plan/"

    struct Context {
        var frame: PageFrame
        var plan: PlanSummaryView
        var indicators: [IndicatorView]
        var counts: StatusCounts
        var sections: [SectionView]
        var otherColumns: [ColumnView]
        var hasOtherColumns: Bool
    }

    struct SectionView {
        var number: String
        var title: String
        var anchor: String
        var tasks: [TaskView]
        var columns: [ColumnView]
    }

    struct TaskView {
        var number: String
        var title: String
        var html: String
        var responsible: String?
    }

    struct ColumnView {
        var number: String
        var title: String
        var anchor: String
        var items: [ItemView]
    }

    struct ItemView {
        var number: String
        var title: String
        var html: String
        var targets: [TargetView]
        var hasTargets: Bool
    }

    struct TargetView {
        var year: Int
        var text: String
        var value: String
    }

    /// Made from the plan (with the computed values taken in, `applyingComputedIndicators`)
    /// and the computed values alone, by indicator id: its fingerprint lists the same
    /// (`InputFingerprints.unit`).
    static func render(_ plan: Plan, computedValues: [String: ComputedValue], frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let frame = frames.frame(title: "规划", folder: folder, crumbs: [("规划", nil)])
        let indicators = plan.indicators.map { IndicatorView($0, plan: plan, root: frame.root, computed: computedValues[$0.id]) }
        let sectionNumbers = Set(plan.sections.map(\.number))
        let anchors = UniqueAnchors.make(plan.sections.map(\.anchor))
        let sections = zip(plan.sections, anchors).map { section, anchor in
            SectionView(
                number: section.number, title: section.title, anchor: anchor,
                tasks: section.tasks.map(taskView),
                columns: plan.columns.filter { $0.section == section.number }.map(columnView))
        }
        let others = plan.columns.filter { $0.section.map { !sectionNumbers.contains($0) } ?? true }.map(columnView)
        let context = Context(
            frame: frame, plan: PlanSummaryView(plan), indicators: indicators, counts: StatusCounts(indicators),
            sections: sections, otherColumns: others, hasOtherColumns: !others.isEmpty)
        return templates.page(folder + "index.html", context, template: "plan")
    }

    private static func taskView(_ task: KeyTask) -> TaskView {
        var responsible: String?
        if !task.responsible.isEmpty || task.responsibleAlso != nil {
            responsible = task.responsible.joined(separator: "、") + (task.responsibleAlso ?? "")
        }
        return TaskView(number: task.number, title: task.title, html: MarkdownRenderer.html(task.text), responsible: responsible)
    }

    private static func columnView(_ column: ActionColumn) -> ColumnView {
        ColumnView(
            number: column.number, title: column.title, anchor: column.anchor,
            items: column.items.map { item in
                let targets = item.targets.map { TargetView(year: $0.year, text: $0.text, value: $0.value.description) }
                return ItemView(
                    number: item.number, title: item.title, html: MarkdownRenderer.html(item.text),
                    targets: targets, hasTargets: !targets.isEmpty)
            })
    }
}

/// Anchors must be unique in a page; plans number chapters and sub-chapters alike (四、 and
/// （四） give the same anchor), so later repeats get `-2`, `-3`.
enum UniqueAnchors {
    static func make(_ anchors: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return anchors.map { anchor in
            let count = seen[anchor, default: 0] + 1
            seen[anchor] = count
            return count == 1 ? anchor : "\(anchor)-\(count)"
        }
    }
}

extension PlanPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 7)
        fields.add("frame", frame)
        fields.add("plan", plan)
        fields.add("indicators", indicators)
        fields.add("counts", counts)
        fields.add("sections", sections)
        fields.add("otherColumns", otherColumns)
        fields.add("hasOtherColumns", hasOtherColumns)
        return fields.data
    }
}

extension PlanPage.SectionView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("number", number)
        fields.add("title", title)
        fields.add("anchor", anchor)
        fields.add("tasks", tasks)
        fields.add("columns", columns)
        return fields.data
    }
}

extension PlanPage.TaskView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("number", number)
        fields.add("title", title)
        fields.add("html", html)
        fields.add("responsible", responsible)
        return fields.data
    }
}

extension PlanPage.ColumnView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("number", number)
        fields.add("title", title)
        fields.add("anchor", anchor)
        fields.add("items", items)
        return fields.data
    }
}

extension PlanPage.ItemView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("number", number)
        fields.add("title", title)
        fields.add("html", html)
        fields.add("targets", targets)
        fields.add("hasTargets", hasTargets)
        return fields.data
    }
}

extension PlanPage.TargetView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("year", year)
        fields.add("text", text)
        fields.add("value", value)
        return fields.data
    }
}
