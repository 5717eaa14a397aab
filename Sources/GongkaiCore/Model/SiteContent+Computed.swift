import Foundation

/// Indicators computed from the villages' facts take part in the plan like reported values:
/// the computed value counts as the actual of the year its data are from, unless a value was
/// typed in for that year (a typed value always wins).
extension SiteContent {
    /// The villages loaded in this build (see `Township.villages`).
    public var allVillages: [Village] { townships.flatMap(\.villages) }

    public func applyingComputedIndicators() -> SiteContent {
        var site = summarized()
        let villages = site.allFigures
        // Each measure goes over every village: on all cores.
        let computed = site.plan.indicators.indices.filter { site.plan.indicators[$0].computed != nil }
        let results = ParallelMap.map(computed, workers: ProcessInfo.processInfo.activeProcessorCount) { [plan = site.plan] index in
            IndicatorComputation.compute(plan.indicators[index].computed!, over: villages)
        }
        for (index, result) in zip(computed, results) {
            let indicator = site.plan.indicators[index]
            site.computedValues[indicator.id] = result
            guard let value = result.value, let year = result.asOf?.year,
                  year > plan.baselineYear, year <= plan.targetYear,
                  !indicator.actuals.contains(where: { $0.year == year })
            else { continue }
            let text = IndicatorComputation.text(value, like: indicator.target)
            guard case let .success(parsed) = IndicatorValue.parse(text) else { continue }
            site.plan.indicators[index].actuals.append(YearValue(year: year, value: parsed, isComputed: true))
            site.plan.indicators[index].actuals.sort { $0.year < $1.year }
        }
        return site
    }

    /// The computed measure of `indicator` over every village, nil when it has none: as
    /// `applyingComputedIndicators()` worked it out, so that the home page, the plan and the
    /// indicator's page do not go over every village again (50,000 in a province).
    func computedValue(of indicator: Indicator) -> ComputedValue? {
        guard let measure = indicator.computed else { return nil }
        return computedValues[indicator.id] ?? IndicatorComputation.compute(measure, over: allFigures)
    }
}
