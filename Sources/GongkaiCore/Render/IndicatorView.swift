/// An indicator as the templates see it: every value as the plan printed it, the latest
/// reported value and the status in words. Used by the home, plan and indicator pages.
struct IndicatorView {
    var number: String
    var id: String
    var name: String
    var baseline: String
    var baselineSpoken: String
    var target: String
    var targetSpoken: String
    var attribute: String
    var isBinding: Bool
    var direction: String
    var directionExplanation: String
    var unit: String
    var latestValue: String?
    var latestYear: Int?
    var status: String
    /// A CSS-friendly key: `met`, `on-track`, `behind`, `no-data`.
    var statusKey: String
    /// The address of the indicator's page, relative to the current page.
    var href: String
    /// Computed from the villages' facts, when the indicator says so.
    var computed: ComputedView?
    /// The small chart for the home page (set there only).
    var sparklineSVG: String?
    var sparklineHref: String?

    /// `computed` is the indicator's computed measure over every village
    /// (`SiteContent.computedValue(of:)`).
    init(_ indicator: Indicator, plan: Plan, root: String, computed: ComputedValue? = nil) {
        let assessment = IndicatorAssessment.assess(indicator, baselineYear: plan.baselineYear, targetYear: plan.targetYear)
        number = indicator.number
        id = indicator.id
        name = indicator.name
        baseline = indicator.baseline.description
        baselineSpoken = indicator.baseline.spoken
        target = indicator.target.description
        targetSpoken = indicator.target.spoken
        attribute = indicator.attribute.rawValue
        isBinding = indicator.attribute == .binding
        direction = indicator.direction.rawValue
        directionExplanation = indicator.direction.explanation
        unit = indicator.unit
        latestValue = assessment.latest?.value.description
        latestYear = assessment.latest?.year
        status = assessment.status.label
        statusKey = switch assessment.status {
        case .met: "met"
        case .onTrack: "on-track"
        case .behind: "behind"
        case .noData: "no-data"
        }
        href = root + IndicatorPage.folder(for: indicator)
        self.computed = computed.map { ComputedView($0, target: indicator.target, root: root) }
    }
}

/// Counts of indicators by status, for the summary line on the home and plan pages.
struct StatusCounts {
    var met = 0
    var onTrack = 0
    var behind = 0
    var noData = 0
    var total = 0

    init(_ views: [IndicatorView]) {
        for view in views {
            total += 1
            switch view.statusKey {
            case "met": met += 1
            case "on-track": onTrack += 1
            case "behind": behind += 1
            default: noData += 1
            }
        }
    }
}

extension IndicatorView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 20)
        fields.add("number", number)
        fields.add("id", id)
        fields.add("name", name)
        fields.add("baseline", baseline)
        fields.add("baselineSpoken", baselineSpoken)
        fields.add("target", target)
        fields.add("targetSpoken", targetSpoken)
        fields.add("attribute", attribute)
        fields.add("isBinding", isBinding)
        fields.add("direction", direction)
        fields.add("directionExplanation", directionExplanation)
        fields.add("unit", unit)
        fields.add("latestValue", latestValue)
        fields.add("latestYear", latestYear)
        fields.add("status", status)
        fields.add("statusKey", statusKey)
        fields.add("href", href)
        fields.add("computed", computed)
        fields.add("sparklineSVG", sparklineSVG)
        fields.add("sparklineHref", sparklineHref)
        return fields.data
    }
}

extension StatusCounts: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("met", met)   // CHECK TYPE
        fields.add("onTrack", onTrack)   // CHECK TYPE
        fields.add("behind", behind)   // CHECK TYPE
        fields.add("noData", noData)   // CHECK TYPE
        fields.add("total", total)   // CHECK TYPE
        return fields.data
    }
}
