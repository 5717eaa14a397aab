import Foundation
import Testing

@testable import GongkaiCore

/// Builds the sample site in content/ (the Linjiang plan) and checks what residents read.
@Suite struct SamplePlanTests {
    /// 专栏1 of the Linjiang plan exactly as the seed prints it: number, name, baseline, target, attribute.
    static let linjiangIndicators: [(String, String, String, String, String, String)] = [
        ("1", "rural-facility-coverage", "农村社区综合服务设施覆盖率", "100%", "100%", "预期性"),
        ("2", "urban-facility-coverage", "城市社区综合服务设施覆盖率", "100%", "100%", "预期性"),
        ("3", "commercial-facility-area-share", "社区商业和综合服务设施面积占社区总建筑面积比例", "—", "≥10%", "预期性"),
        ("4", "facility-area-per-100-households", "每百户城乡居民拥有社区综合服务设施面积", "30 平方米", "≥30 平方米", "预期性"),
        ("5", "activity-area-share", "城乡居民活动区域面积占社区综合服务设施总建筑面积比例", "—", "≥60%", "预期性"),
        ("6", "urban-self-service-coverage", "城市社区政务通用自助服务覆盖率", "—", "100%", "预期性"),
        ("7", "workers-per-10000-urban-residents", "每万城镇常住人口拥有社区工作者", "15.4 人", "18 人", "预期性"),
        ("8", "social-workers-per-urban-community", "平均每个城市社区拥有“社工师”人数", "2.9 人", "≥3 人", "约束性"),
    ]

    @Test func buildsHomePlanAndOnePagePerIndicator() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output, asOf: TestSupport.sampleAsOf)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        // The one problem the sample has on purpose: 东岔村's late 党务 notice (SampleCatalogueTests).
        #expect(report.diagnostics.map { "\($0.severity) \($0.code.rawValue) \($0.location.file) \($0.location.field ?? "")" } == [
            "warning GK505 \(SampleCatalogueTests.township)/villages/220681100204/village.yaml dangwu-jidu",
        ])

        let home = try TestSupport.read(output, "index.html")
        #expect(home.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(home.contains("临江市“十四五”城乡社区服务体系建设规划"))

        let plan = try TestSupport.read(output, "plan/index.html")
        for (number, id, name, baseline, target, attribute) in Self.linjiangIndicators {
            let row = "<td>\(number)</td><th scope=\"row\"><a href=\"../plan/indicators/\(id)/\">\(name)</a></th>"
                + "<td>\(html(baseline))</td><td>\(html(target))</td><td>\(attribute)</td>"
            #expect(plan.contains(row), "plan page row for indicator \(number)")
            let page = try TestSupport.read(output, "plan/indicators/\(id)/index.html")
            #expect(page.contains("<h1><span class=\"number\">指标 \(number)</span> \(name)</h1>"))
            #expect(page.contains("<td>基期值</td><td>\(html(baseline))</td>"))
            #expect(page.contains("<td>目标值</td><td>\(html(target))</td>"))
        }
        let indicatorPages = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("plan/indicators").path)
        #expect(indicatorPages.count == 8)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/style.css").path))
    }

    @Test func planPageHasEveryTaskWithResponsibleUnitsAndEveryColumn() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: output).succeeded)
        let plan = try TestSupport.read(output, "plan/index.html")
        // Tasks （五） to （二十） of the Linjiang plan.
        #expect(plan.components(separatedBy: "<article class=\"task\">").count - 1 == 16)
        #expect(plan.contains("<h4>（五）健全党建引领机制</h4>"))
        #expect(plan.contains("责任单位：</strong>市委组织部、市民政局、市城市管理行政执法局等部门及各乡镇、街道"))
        for column in ["专栏2 社会力量参与社区服务行动", "专栏3 新时代新社区新生活服务质量提升行动", "专栏4 社区服务信息化建设行动", "专栏5 社区人才队伍建设行动"] {
            #expect(plan.contains(column), "\(column)")
        }
        #expect(plan.contains("到2023年：全市培育品牌社区社会组织达到1家（目标 1家）"))
        #expect(plan.contains("吉政办发〔2022〕18号"))
    }

    @Test func theSampleSaysItsActualsAreIllustrative() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: output).succeeded)
        #expect(try TestSupport.read(output, "index.html").contains("示例数据"))
        #expect(try TestSupport.read(output, "plan/indicators/rural-facility-coverage/index.html").contains("示例数据"))
    }

    @Test func theSeedPrintsEveryExpectedValue() throws {
        let seed = TestSupport.seeds.appendingPathComponent("001_38b093e0452f821f.txt")
        try #require(FileManager.default.fileExists(atPath: seed.path), "the seeds are beside the repository in ../shared")
        let text = try String(contentsOf: seed, encoding: .utf8)
        for (number, _, name, baseline, target, attribute) in Self.linjiangIndicators {
            let row = text.split(separator: "\n").first { $0.hasPrefix("| \(number) ") && $0.contains(name) }
            let cells = try #require(row, "seed row \(number)").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(Array(cells.suffix(3)) == [baseline, target, attribute])
        }
    }

    private func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
