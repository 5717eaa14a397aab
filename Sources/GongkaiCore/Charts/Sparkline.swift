/// A small line of an indicator's values for the home page, ending in the target marker.
public struct Sparkline: Sendable {
    public var id: String
    public var text: ChartText
    public var firstYear: Int
    public var lastYear: Int
    /// Baseline (if any) and reported values, by year.
    public var values: [(year: Int, value: Double)]
    public var target: (year: Int, value: Double)

    public init(id: String, text: ChartText, firstYear: Int, lastYear: Int, values: [(year: Int, value: Double)], target: (year: Int, value: Double)) {
        self.id = id
        self.text = text
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.values = values
        self.target = target
    }

    static let width = 160.0, height = 48.0

    public func render() -> RenderedChart {
        let y = LinearScale(covering: values.map(\.value) + [target.value], rangeStart: Self.height - 6, rangeEnd: 6, tickCount: 2, includeZero: false)
        let span = Double(max(1, lastYear - firstYear))
        func x(_ year: Int) -> Double { 6 + Double(year - firstYear) / span * (Self.width - 18) }
        var svg = SVG.open(id: id, width: Self.width, height: Self.height, className: "chart-sparkline")
        svg += SVG.titleAndDescription(id: id, text)
        svg += "<g aria-hidden=\"true\">\n"
        let targetY = y.position(target.value)
        svg += "<line x1=\"6\" y1=\"\(SVG.number(targetY))\" x2=\"\(SVG.number(Self.width - 6))\" y2=\"\(SVG.number(targetY))\" stroke=\"\(ChartPalette.target)\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>\n"
        if values.count > 1 {
            let points = values.map { "\(SVG.number(x($0.year))),\(SVG.number(y.position($0.value)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(ChartPalette.actual)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n"
        }
        if let last = values.last {
            svg += "<circle cx=\"\(SVG.number(x(last.year)))\" cy=\"\(SVG.number(y.position(last.value)))\" r=\"3.5\" fill=\"\(ChartPalette.actual)\"/>\n"
        }
        let tx = x(target.year)
        svg += "<path d=\"M\(SVG.number(tx)) \(SVG.number(targetY - 6))L\(SVG.number(tx + 6)) \(SVG.number(targetY))L\(SVG.number(tx)) \(SVG.number(targetY + 6))L\(SVG.number(tx - 6)) \(SVG.number(targetY))Z\" fill=\"\(ChartPalette.target)\"/>\n"
        svg += "</g>\n</svg>\n"
        return RenderedChart(id: id, svg: svg)
    }
}
