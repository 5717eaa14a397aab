/// The plan's identity as the templates see it: title, issuer, 文号, date, period, basis.
struct PlanSummaryView {
    struct Basis {
        var title: String
        var documentNumber: String?
    }

    var title: String
    var issuer: String
    var documentNumber: String?
    var issuedOn: String?
    var period: String
    var baselineYear: Int
    var targetYear: Int
    var basis: [Basis]
    var hasBasis: Bool
    var actualsNote: String?
    var summaryHTML: String?
    var goalsHTML: String?
    var indicatorTableTitle: String

    init(_ plan: Plan) {
        title = plan.title
        issuer = plan.issuer
        documentNumber = plan.documentNumber
        issuedOn = plan.issuedOn?.chinese
        period = plan.period.chinese
        baselineYear = plan.baselineYear
        targetYear = plan.targetYear
        basis = plan.basis.map { Basis(title: $0.title, documentNumber: $0.documentNumber) }
        hasBasis = !plan.basis.isEmpty
        actualsNote = plan.actualsNote
        summaryHTML = plan.summary.map(MarkdownRenderer.html)
        goalsHTML = plan.goals.map(MarkdownRenderer.html)
        indicatorTableTitle = plan.indicatorTableTitle ?? "主要指标"
    }
}

extension PlanSummaryView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 13)
        fields.add("title", title)
        fields.add("issuer", issuer)
        fields.add("documentNumber", documentNumber)
        fields.add("issuedOn", issuedOn)
        fields.add("period", period)
        fields.add("baselineYear", baselineYear)
        fields.add("targetYear", targetYear)
        fields.add("basis", basis)
        fields.add("hasBasis", hasBasis)
        fields.add("actualsNote", actualsNote)
        fields.add("summaryHTML", summaryHTML)
        fields.add("goalsHTML", goalsHTML)
        fields.add("indicatorTableTitle", indicatorTableTitle)
        return fields.data
    }
}

extension PlanSummaryView.Basis: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("title", title)
        fields.add("documentNumber", documentNumber)
        return fields.data
    }
}
