/// Horizontal bars with their values written beside them: budget against spent, projects by
/// status, needs answered against unanswered. Bars alternate solid, hatched and dotted fills
/// so they can be told apart without colour.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var valueLabel: String

        public init(label: String, value: Double, valueLabel: String) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
        }
    }

    public var id: String
    public var text: ChartText
    public var bars: [Bar]
    /// Room for the labels on the left and for the values right of the longest bar.
    public var labelWidth: Double
    public var valueWidth: Double

    public init(id: String, text: ChartText, bars: [Bar], labelWidth: Double = 100, valueWidth: Double = 100) {
        self.id = id
        self.text = text
        self.bars = bars
        self.labelWidth = labelWidth
        self.valueWidth = valueWidth
    }

    static let barSpace = 220.0, rowHeight = 48.0

    /// Room enough for `text` in the chart's 17-pixel type, for labels longer than the default.
    public static func room(for texts: [String], minimum: Double = 100) -> Double {
        let widest = texts.map { text in text.reduce(0.0) { $0 + ($1.isASCII ? 10.0 : 17.0) } }.max() ?? 0
        return max(minimum, (widest + 12).rounded(.up))
    }

    public func render() -> RenderedChart {
        let height = Double(bars.count) * Self.rowHeight + 16
        let maximum = max(bars.map(\.value).max() ?? 0, 1e-9)
        let barSpace = Self.barSpace
        let width = labelWidth + barSpace + valueWidth
        var svg = SVG.open(id: id, width: width, height: height, className: "chart-bars")
        svg += SVG.titleAndDescription(id: id, text)
        svg += ChartPalette.patterns(id: id)
        svg += "<g aria-hidden=\"true\">\n"
        for (index, bar) in bars.enumerated() {
            let top = 8 + Double(index) * Self.rowHeight
            let length = max(0, bar.value / maximum * barSpace)
            let fill = [ChartPalette.actual, "url(#\(id)-hatch)", "url(#\(id)-dots)", ChartPalette.met][index % 4]
            svg += SVG.text(bar.label, x: labelWidth - 10, y: top + 24, size: 17, anchor: "end")
            svg += "<rect x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(top + 6))\" width=\"\(SVG.number(length))\" height=\"26\" fill=\"\(fill)\" stroke=\"\(ChartPalette.text)\" stroke-width=\"1.5\"/>\n"
            svg += SVG.text(bar.valueLabel, x: labelWidth + length + 8, y: top + 24, size: 17, weight: "bold")
        }
        svg += "</g>\n</svg>\n"
        return RenderedChart(id: id, svg: svg)
    }
}
