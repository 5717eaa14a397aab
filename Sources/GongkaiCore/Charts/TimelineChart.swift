/// A project's milestones from top to bottom: a filled circle for a step done, a hollow one
/// for a step to come, the date and the step written beside it.
public struct TimelineChart: Sendable {
    public struct Step: Sendable, Hashable {
        public var date: String
        public var title: String
        public var done: Bool
        /// Written after the title instead of （已完成） or （未完成）; empty writes nothing.
        public var stateText: String?

        public init(date: String, title: String, done: Bool, stateText: String? = nil) {
            self.date = date
            self.title = title
            self.done = done
            self.stateText = stateText
        }
    }

    public var id: String
    public var text: ChartText
    public var steps: [Step]

    public init(id: String, text: ChartText, steps: [Step]) {
        self.id = id
        self.text = text
        self.steps = steps
    }

    static let width = 380.0, rowHeight = 58.0

    public func render() -> RenderedChart {
        let height = Double(max(1, steps.count)) * Self.rowHeight + 8
        var svg = SVG.open(id: id, width: Self.width, height: height, className: "chart-timeline")
        svg += SVG.titleAndDescription(id: id, text)
        svg += "<g aria-hidden=\"true\">\n"
        if steps.count > 1 {
            svg += "<line x1=\"20\" y1=\"\(SVG.number(Self.rowHeight / 2))\" x2=\"20\" y2=\"\(SVG.number(Double(steps.count - 1) * Self.rowHeight + Self.rowHeight / 2))\" stroke=\"\(ChartPalette.muted)\" stroke-width=\"2\"/>\n"
        }
        for (index, step) in steps.enumerated() {
            let cy = Double(index) * Self.rowHeight + Self.rowHeight / 2
            let fill = step.done ? ChartPalette.met : "#ffffff"
            svg += "<circle cx=\"20\" cy=\"\(SVG.number(cy))\" r=\"9\" fill=\"\(fill)\" stroke=\"\(step.done ? ChartPalette.met : ChartPalette.text)\" stroke-width=\"2.5\"/>\n"
            svg += SVG.text(step.date, x: 42, y: cy - 4, size: 15, fill: ChartPalette.muted)
            svg += SVG.text(step.title + (step.stateText ?? (step.done ? "（已完成）" : "（未完成）")), x: 42, y: cy + 17, size: 17)
        }
        svg += "</g>\n</svg>\n"
        return RenderedChart(id: id, svg: svg)
    }
}
