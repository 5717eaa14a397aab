import Foundation
import Testing

@testable import GongkaiCore

/// Pins the SVG of one chart of each kind. To accept a deliberate change, run the tests with
/// GONGKAI_UPDATE_GOLDEN=1 and review the diff of Tests/GongkaiCoreTests/Golden/.
@Suite("Chart golden files")
struct ChartGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var charts: [(String, RenderedChart)] { makeCharts() }

    /// Builds every chart afresh on each call.
    static func makeCharts() -> [(String, RenderedChart)] { [
        ("progress-line.svg", ProgressLineChart(
            id: "golden-progress", text: ChartText(title: "每万城镇常住人口拥有社区工作者", description: "2020年基期值15.4人；2024年实际值16.4人；2025年目标值18人；进展：滞后。"),
            firstYear: 2020, lastYear: 2025,
            baseline: .init(year: 2020, value: 15.4, label: "15.4 人"),
            actuals: [.init(year: 2022, value: 15.9, label: "15.9 人"), .init(year: 2024, value: 16.4, label: "16.4 人")],
            target: .init(year: 2025, value: 18, label: "18 人"),
            pathStart: .init(year: 2020, value: 15.4, label: "")).render()),
        ("progress-line-no-baseline.svg", ProgressLineChart(
            id: "golden-nobase", text: ChartText(title: "居民活动区域面积占比", description: "2020年无基期值；2022年实际值52%；2025年目标值不低于60%。"),
            firstYear: 2020, lastYear: 2025, baseline: nil,
            actuals: [.init(year: 2022, value: 52, label: "52%")],
            target: .init(year: 2025, value: 60, label: "≥60%"),
            pathStart: .init(year: 2022, value: 52, label: "")).render()),
        ("sparkline.svg", Sparkline(
            id: "golden-spark", text: ChartText(title: "覆盖率：正常推进", description: "2020年70%；2023年76%；目标80%。"),
            firstYear: 2020, lastYear: 2025, values: [(2020, 70), (2021, 72), (2023, 76)], target: (2025, 80)).render()),
        ("bars.svg", BarChart(
            id: "golden-bars", text: ChartText(title: "预算与支出", description: "预算18.5万元，已支出9.2万元。"),
            bars: [.init(label: "预算", value: 18.5, valueLabel: "18.5 万元"), .init(label: "已支出", value: 9.2, valueLabel: "9.2 万元")]).render()),
        ("progress-bar.svg", ProgressBar(
            id: "golden-progress-bar", text: ChartText(title: "完成进度", description: "已完成60%。"), percent: 60).render()),
        ("timeline.svg", TimelineChart(
            id: "golden-timeline", text: ChartText(title: "项目节点", description: "开工（已完成）；竣工（未完成）。"),
            steps: [.init(date: "2024年5月1日", title: "开工", done: true), .init(date: "2024年10月31日", title: "竣工 <验收>", done: false)]).render()),
    ] }

    @Test(arguments: charts.map(\.0))
    func chartMatchesItsGoldenFile(name: String) throws {
        let chart = try #require(Self.charts.first { $0.0 == name }?.1)
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GONGKAI_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try chart.standaloneFile.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(chart.standaloneFile == golden, "\(name) differs from its golden file")
    }

    @Test(arguments: charts.map(\.0))
    func chartIsAccessible(name: String) throws {
        let svg = try #require(Self.charts.first { $0.0 == name }?.1).svg
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id="))
        #expect(svg.contains("<desc id="))
        #expect(svg.contains("viewBox=\"0 0 "))
        #expect(svg.contains("width=\"100%\""))
        #expect(!svg.contains("<验收>"), "text is escaped")
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        let first = Self.makeCharts().map(\.1.svg)
        let second = Self.makeCharts().map(\.1.svg)
        #expect(first.count == 6)
        #expect(first == second)
    }
}
