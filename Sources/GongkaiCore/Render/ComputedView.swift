/// A computed indicator as the templates see it: the value, the date of the data, how it is
/// computed and the villages it came from (each linked to its page).
struct ComputedView {
    struct Source {
        var name: String
        var href: String
        var figure: String
    }

    var name: String
    var value: String
    var hasValue: Bool
    var asOf: String?
    var method: String
    var sourceCount: Int
    var sources: [Source]
    var missing: [Source]
    var hasMissing: Bool

    init(_ result: ComputedValue, target: IndicatorValue, root: String) {
        name = result.measure.name
        value = result.value.map { IndicatorComputation.text($0, like: target) } ?? "暂无数据"
        hasValue = result.value != nil
        asOf = result.asOf?.chinese
        method = result.measure.method
        sourceCount = result.sources.count
        sources = result.sources.map { Source(name: $0.villageName, href: root + SitePaths.village($0.villageID), figure: $0.figure) }
        missing = result.missing.map { Source(name: $0.villageName, href: root + SitePaths.village($0.villageID), figure: $0.figure) }
        hasMissing = !missing.isEmpty
    }
}

extension ComputedView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 9)
        fields.add("name", name)
        fields.add("value", value)
        fields.add("hasValue", hasValue)
        fields.add("asOf", asOf)
        fields.add("method", method)
        fields.add("sourceCount", sourceCount)
        fields.add("sources", sources)
        fields.add("missing", missing)
        fields.add("hasMissing", hasMissing)
        return fields.data
    }
}

extension ComputedView.Source: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("name", name)
        fields.add("href", href)
        fields.add("figure", figure)
        return fields.data
    }
}
