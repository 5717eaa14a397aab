import Foundation

/// Maps values to positions along an axis, with "nice" round ticks.
struct LinearScale {
    var domainMin: Double
    var domainMax: Double
    var rangeStart: Double
    var rangeEnd: Double
    var ticks: [Double]

    /// A scale that covers `values` with round ticks. With `includeZero` (bars, areas) it
    /// starts at zero so lengths are not exaggerated; lines start near their lowest value so
    /// that small changes stay visible.
    init(covering values: [Double], rangeStart: Double, rangeEnd: Double, tickCount: Int = 5, includeZero: Bool = true) {
        var low = includeZero ? min(values.min() ?? 0, 0) : (values.min() ?? 0)
        var high = values.max() ?? 1
        if high <= low {
            high = low + max(1, abs(low) * 0.1)
            low -= max(1, abs(low) * 0.1)
        }
        if !includeZero {
            let padding = (high - low) * 0.15
            low = (low >= 0 && low - padding < 0) ? 0 : low - padding
        }
        let step = LinearScale.niceStep((high - low) / Double(max(1, tickCount)))
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        if high == (values.max() ?? 0) && high != 0 { high += step }
        var ticks: [Double] = []
        var tick = low
        while tick <= high + step / 2 {
            ticks.append((tick / step).rounded() * step)
            tick += step
        }
        self.domainMin = low
        self.domainMax = high
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
        self.ticks = ticks
    }

    func position(_ value: Double) -> Double {
        rangeStart + (value - domainMin) / (domainMax - domainMin) * (rangeEnd - rangeStart)
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= rough {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// A tick label: integers without decimals, others with what they need (up to 2).
    static func label(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
