/// A computed indicator as the templates see it: the value, the date of the data, how it is
/// computed and the villages it came from (each linked to its page).
struct ComputedView: Encodable {
    struct Source: Encodable {
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
