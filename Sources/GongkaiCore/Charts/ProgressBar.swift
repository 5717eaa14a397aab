/// A project's percent complete as a bar: the done part hatched and outlined, the percentage
/// written next to it.
public struct ProgressBar: Sendable {
    public var id: String
    public var text: ChartText
    /// 0–100.
    public var percent: Int

    public init(id: String, text: ChartText, percent: Int) {
        self.id = id
        self.text = text
        self.percent = min(100, max(0, percent))
    }

    static let width = 400.0, height = 40.0, barWidth = 320.0

    public func render() -> RenderedChart {
        let done = Self.barWidth * Double(percent) / 100
        var svg = SVG.open(id: id, width: Self.width, height: Self.height, className: "chart-progress-bar")
        svg += SVG.titleAndDescription(id: id, text)
        svg += "<g aria-hidden=\"true\">\n"
        svg += "<rect x=\"2\" y=\"8\" width=\"\(SVG.number(Self.barWidth))\" height=\"24\" fill=\"#ffffff\" stroke=\"\(ChartPalette.text)\" stroke-width=\"2\"/>\n"
        if percent > 0 {
            svg += "<rect x=\"2\" y=\"8\" width=\"\(SVG.number(done))\" height=\"24\" fill=\"\(ChartPalette.actual)\"/>\n"
        }
        svg += SVG.text("\(percent)%", x: Self.barWidth + 12, y: 26, size: 16, weight: "bold")
        svg += "</g>\n</svg>\n"
        return RenderedChart(id: id, svg: svg)
    }
}
