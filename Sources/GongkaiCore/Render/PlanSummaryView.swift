/// The plan's identity as the templates see it: title, issuer, 文号, date, period, basis.
struct PlanSummaryView: Encodable {
    struct Basis: Encodable {
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
