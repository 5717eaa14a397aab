/// An indicator's progress: the baseline, each reported year, the target with its comparator,
/// and the straight planned path from the starting point to the target.
///
/// Marks: actual values are a solid line with round markers, the baseline a hollow square, the
/// target a diamond on a dotted target line, the planned path a dashed line; each is named in
/// the legend and each value is written next to its mark.
public struct ProgressLineChart: Sendable {
    public struct Point: Sendable, Hashable {
        public var year: Int
        public var value: Double
        public var label: String

        public init(year: Int, value: Double, label: String) {
            self.year = year
            self.value = value
            self.label = label
        }
    }

    public var id: String
    public var text: ChartText
    public var firstYear: Int
    public var lastYear: Int
    public var baseline: Point?
    public var actuals: [Point]
    public var target: Point
    /// Where the planned path starts (the baseline, or the first reported value).
    public var pathStart: Point?

    public init(id: String, text: ChartText, firstYear: Int, lastYear: Int, baseline: Point?, actuals: [Point], target: Point, pathStart: Point?) {
        self.id = id
        self.text = text
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.baseline = baseline
        self.actuals = actuals
        self.target = target
        self.pathStart = pathStart
    }

    /// A narrow canvas, so that on a phone the 15–16 unit text is close to real size.
    static let width = 480.0, height = 320.0
    static let left = 58.0, right = 448.0, top = 40.0, bottom = 236.0

    public func render() -> RenderedChart {
        let values = [baseline?.value, target.value, pathStart?.value].compactMap { $0 } + actuals.map(\.value)
        let y = LinearScale(covering: values, rangeStart: Self.bottom, rangeEnd: Self.top, tickCount: 4, includeZero: false)
        let span = Double(max(1, lastYear - firstYear))
        func x(_ year: Int) -> Double { Self.left + Double(year - firstYear) / span * (Self.right - Self.left) }

        var svg = SVG.open(id: id, width: Self.width, height: Self.height, className: "chart-progress")
        svg += SVG.titleAndDescription(id: id, text)
        svg += "<g aria-hidden=\"true\">\n"
        // Grid and axes.
        for tick in y.ticks {
            let position = y.position(tick)
            svg += "<line x1=\"\(SVG.number(Self.left))\" y1=\"\(SVG.number(position))\" x2=\"\(SVG.number(Self.right))\" y2=\"\(SVG.number(position))\" stroke=\"\(ChartPalette.grid)\" stroke-width=\"1\"/>\n"
            svg += SVG.text(LinearScale.label(tick), x: Self.left - 8, y: position + 5, size: 15, anchor: "end", fill: ChartPalette.muted)
        }
        for year in firstYear...lastYear {
            svg += SVG.text("\(year)", x: x(year), y: Self.bottom + 24, size: 15, anchor: "middle", fill: ChartPalette.muted)
        }
        svg += "<line x1=\"\(SVG.number(Self.left))\" y1=\"\(SVG.number(Self.bottom))\" x2=\"\(SVG.number(Self.right))\" y2=\"\(SVG.number(Self.bottom))\" stroke=\"\(ChartPalette.text)\" stroke-width=\"1.5\"/>\n"

        // Target line across the plot, and the planned path.
        let targetY = y.position(target.value)
        svg += "<line x1=\"\(SVG.number(Self.left))\" y1=\"\(SVG.number(targetY))\" x2=\"\(SVG.number(Self.right))\" y2=\"\(SVG.number(targetY))\" stroke=\"\(ChartPalette.target)\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\"/>\n"
        if let start = pathStart {
            svg += "<line x1=\"\(SVG.number(x(start.year)))\" y1=\"\(SVG.number(y.position(start.value)))\" x2=\"\(SVG.number(x(target.year)))\" y2=\"\(SVG.number(targetY))\" stroke=\"\(ChartPalette.muted)\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"
        }

        // Actual values, joined to the baseline.
        let line = (baseline.map { [$0] } ?? []) + actuals
        if line.count > 1 {
            let points = line.map { "\(SVG.number(x($0.year))),\(SVG.number(y.position($0.value)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(ChartPalette.actual)\" stroke-width=\"3\" stroke-linejoin=\"round\"/>\n"
        }
        if let baseline {
            let (px, py) = (x(baseline.year), y.position(baseline.value))
            svg += "<rect x=\"\(SVG.number(px - 6))\" y=\"\(SVG.number(py - 6))\" width=\"12\" height=\"12\" fill=\"#ffffff\" stroke=\"\(ChartPalette.text)\" stroke-width=\"2\"/>\n"
            svg += SVG.text(baseline.label, x: px, y: py + 26, size: 15, anchor: "start")
        }
        for point in actuals {
            let (px, py) = (x(point.year), y.position(point.value))
            svg += "<circle cx=\"\(SVG.number(px))\" cy=\"\(SVG.number(py))\" r=\"5.5\" fill=\"\(ChartPalette.actual)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n"
            svg += SVG.text(point.label, x: px, y: py - 12, size: 15, anchor: "middle", fill: ChartPalette.actual)
        }
        let tx = x(target.year)
        svg += "<path d=\"M\(SVG.number(tx)) \(SVG.number(targetY - 9))L\(SVG.number(tx + 9)) \(SVG.number(targetY))L\(SVG.number(tx)) \(SVG.number(targetY + 9))L\(SVG.number(tx - 9)) \(SVG.number(targetY))Z\" fill=\"\(ChartPalette.target)\"/>\n"
        svg += SVG.text("目标 " + target.label, x: tx + 4, y: targetY - 16, size: 15, anchor: "end", fill: ChartPalette.target, weight: "bold")

        svg += legend()
        svg += "</g>\n</svg>\n"
        return RenderedChart(id: id, svg: svg)
    }

    private func legend() -> String {
        let y = Self.height - 22
        var svg = ""
        var x = 8.0
        svg += "<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(x + 28))\" y2=\"\(SVG.number(y))\" stroke=\"\(ChartPalette.actual)\" stroke-width=\"3\"/>"
        svg += "<circle cx=\"\(SVG.number(x + 14))\" cy=\"\(SVG.number(y))\" r=\"5\" fill=\"\(ChartPalette.actual)\"/>\n"
        svg += SVG.text("实际值", x: x + 34, y: y + 5, size: 15)
        x += 104
        if baseline != nil {
            svg += "<rect x=\"\(SVG.number(x + 8))\" y=\"\(SVG.number(y - 6))\" width=\"12\" height=\"12\" fill=\"#ffffff\" stroke=\"\(ChartPalette.text)\" stroke-width=\"2\"/>\n"
            svg += SVG.text("基期值", x: x + 34, y: y + 5, size: 15)
            x += 104
        }
        if pathStart != nil {
            svg += "<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(x + 28))\" y2=\"\(SVG.number(y))\" stroke=\"\(ChartPalette.muted)\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"
            svg += SVG.text("规划路径", x: x + 34, y: y + 5, size: 15)
            x += 120
        }
        svg += "<path d=\"M\(SVG.number(x + 14)) \(SVG.number(y - 8))L\(SVG.number(x + 22)) \(SVG.number(y))L\(SVG.number(x + 14)) \(SVG.number(y + 8))L\(SVG.number(x + 6)) \(SVG.number(y))Z\" fill=\"\(ChartPalette.target)\"/>\n"
        svg += SVG.text("目标值", x: x + 34, y: y + 5, size: 15)
        return svg
    }
}
