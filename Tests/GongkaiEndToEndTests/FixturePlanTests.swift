import Foundation
import Testing

@testable import GongkaiCore

/// The Xishuangbanna and Luanping plans print their indicator tables differently from
/// Linjiang's; both fixture sites must build and show every value exactly as printed.
@Suite struct FixturePlanTests {
    struct Row: Sendable, CustomStringConvertible {
        var number: String
        var name: String
        var baseline: String
        var target: String
        var attribute: String
        var description: String { "\(number) \(name)" }
    }

    static let xishuangbanna: [Row] = [
        Row(number: "1", name: "农村社区综合服务设施覆盖率", baseline: "70%", target: "80%", attribute: "预期性"),
        Row(number: "2", name: "城市社区综合服务设施覆盖率", baseline: "73.3%", target: "100%", attribute: "预期性"),
        Row(number: "3", name: "社区商业和综合服务设施面积占社区总建筑面积的比例", baseline: "——", target: "≥10%", attribute: "预期性"),
        Row(number: "4", name: "每百户居民拥有社区综合服务设施面积", baseline: "——", target: "≥30平方米", attribute: "预期性"),
        Row(number: "5", name: "居民活动区域面积占社区综合服务设施总建筑面积比例", baseline: "——", target: "≥60%", attribute: "预期性"),
        Row(number: "6", name: "城市社区政务通用自助服务覆盖率", baseline: "——", target: "100%", attribute: "预期性"),
        Row(number: "7", name: "每万名城镇常住人口拥有社区工作者", baseline: "9人", target: "18人", attribute: "预期性"),
    ]

    static let luanping: [Row] = [
        Row(number: "1", name: "农村社区综合服务设施覆盖率", baseline: "60%", target: "80%", attribute: "预期性"),
        Row(number: "2", name: "城市社区综合服务设施覆盖率", baseline: "100%", target: "100%", attribute: "预期性"),
        Row(number: "3", name: "新建社区商业和综合服务设施面积占社区总建筑面积比例", baseline: "—", target: ">10%", attribute: "预期性"),
        Row(number: "4", name: "每百户居民拥有社区综合服务设施面积", baseline: "22 平方米", target: ">30 平方米", attribute: "预期性"),
        Row(number: "5", name: "居民活动区域面积占社区综合服务设施总建筑面积比例", baseline: "—", target: ">60%", attribute: "预期性"),
        Row(number: "6", name: "城市社区政务通用自助服务覆盖率", baseline: "—", target: "100%", attribute: "预期性"),
        Row(number: "7", name: "每万名城镇常住人口拥有社区工作者", baseline: "—", target: "18 人", attribute: "预期性"),
    ]

    @Test(arguments: [("xishuangbanna", xishuangbanna, "西政办发〔2022〕85号"), ("luanping", luanping, "滦政办〔2022〕48号")])
    func fixtureBuildsWithEveryValueAsPrinted(site: String, rows: [Row], documentNumber: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.fixtures.appendingPathComponent(site), output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")

        let plan = try TestSupport.read(output, "plan/index.html")
        #expect(plan.contains("<dt>文号</dt><dd>\(documentNumber)</dd>"))
        let tableRows = plan.components(separatedBy: "<tr class=\"status-").dropFirst()
        #expect(tableRows.count == rows.count)
        for (row, html) in zip(rows, tableRows) {
            #expect(html.contains("<td>\(row.number)</td>"), "\(row)")
            #expect(html.contains(">\(row.name)</a></th><td>\(escape(row.baseline))</td><td>\(escape(row.target))</td><td>\(row.attribute)</td>"), "\(row)")
        }
    }

    @Test(arguments: [("002_27a982b5b0dec4fb.txt", xishuangbanna), ("003_c78f28b0fd1c1a96.txt", luanping)])
    func theSeedPrintsEachRowsValuesTogether(seedName: String, rows: [Row]) throws {
        let seed = TestSupport.seeds.appendingPathComponent(seedName)
        try #require(FileManager.default.fileExists(atPath: seed.path), "the seeds are beside the repository in ../shared")
        let lines = try String(contentsOf: seed, encoding: .utf8).split(separator: "\n").map {
            $0.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces)
        }
        for row in rows {
            let expected = "\(row.baseline) \(row.target) \(row.attribute)"
            #expect(lines.contains { $0.hasSuffix(expected) }, "\(row): \(expected)")
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
