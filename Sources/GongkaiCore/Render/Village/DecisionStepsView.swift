/// A project's 四议两公开 as its page shows it: the six steps in the order of the procedure,
/// each with its date or 未记录, the document behind it (linked when it is a notice of the
/// village or one of its attachments) and the note; and the same steps as a timeline chart
/// with its data table.
struct DecisionStepView {
    struct Document {
        var title: String
        var href: String?
    }

    var number: Int
    var name: String
    var recorded: Bool
    /// `recorded` or `missing`, for the stylesheet.
    var stateKey: String
    /// 2024年4月20日, or 未记录.
    var date: String
    var dateISO: String?
    var document: Document?
    var note: String?

    static let notRecorded = "未记录"

    static func views(_ project: Project, village: Village, root: String) -> [DecisionStepView] {
        DecisionStep.allCases.map { step in
            let record = project.decisions.first { $0.step == step }
            return DecisionStepView(
                number: step.rawValue + 1, name: record?.writtenName ?? step.name, recorded: record != nil,
                stateKey: record == nil ? "missing" : "recorded", date: record?.date.chinese ?? notRecorded,
                dateISO: record?.date.description, document: record?.document.map { document($0, village: village, root: root) },
                note: record.flatMap { $0.note.isEmpty ? nil : $0.note })
        }
    }

    private static func document(_ document: DecisionDocument, village: Village, root: String) -> Document {
        switch document {
        case let .paper(name):
            return Document(title: name, href: nil)
        case let .disclosure(slug):
            let notice = village.disclosures.first { $0.slug == slug }
            return Document(title: notice?.title ?? slug, href: notice.map { _ in root + SitePaths.disclosure(village.id, slug) })
        case let .attachment(slug, file):
            let notice = village.disclosures.first { $0.slug == slug }
            guard let notice, notice.attachments.contains(where: { $0.name == file }) else {
                return Document(title: "\(file)（所属公开内容已撤回）", href: nil)
            }
            return Document(title: "\(file)（\(notice.title)的附件）", href: root + SitePaths.disclosure(village.id, slug) + AttachmentView.href(file))
        }
    }

    /// The steps as a timeline beside the page (`decisions.svg`), with the same table.
    static func chart(_ project: Project, steps: [DecisionStepView], folder: String) -> (figure: ChartFigure, file: OutputFile) {
        let words = steps.map { "\($0.name)：\($0.date)" }.joined(separator: "；")
        let rendered = TimelineChart(
            id: "project-\(project.slug)-decisions",
            text: ChartText(title: "\(project.title) 四议两公开步骤", description: words + "。"),
            steps: steps.map { TimelineChart.Step(date: $0.date, title: "\($0.number). \($0.name)", done: $0.recorded, stateText: "") }).render()
        let figure = ChartFigure(
            chart: rendered, fileName: "decisions.svg", caption: "四议两公开步骤", columns: ["步骤", "日期", "文件"],
            rows: steps.map { [$0.name, $0.date, $0.document?.title ?? "—"] })
        return (figure, ChartFigure.file(rendered, named: "decisions.svg", in: folder))
    }
}

extension DecisionStepView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 8)
        fields.add("number", number)
        fields.add("name", name)
        fields.add("recorded", recorded)
        fields.add("stateKey", stateKey)
        fields.add("date", date)
        fields.add("dateISO", dateISO)
        fields.add("document", document)
        fields.add("note", note)
        return fields.data
    }
}

extension DecisionStepView.Document: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("title", title)
        fields.add("href", href)
        return fields.data
    }
}
