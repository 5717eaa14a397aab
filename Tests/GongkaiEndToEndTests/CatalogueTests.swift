import Foundation
import Testing

@testable import GongkaiCore

/// The disclosure catalogue held against a reference day: on time, late, missing and declared
/// empty, on the village pages and as warnings naming the village, the item and the period.
@Suite struct CatalogueTests {
    static let dongling = "townships/220681100/villages/220681100201"

    /// county-mini with a catalogue: 财务收支 quarterly by the 10th, 党员发展 monthly by the
    /// 10th for 村 only. 东岭村's June notice is published on 07-15, after its deadline.
    private func site() throws -> (work: URL, content: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        try """
            items:
              - id: caiwu
                title: 财务收支情况
                category: 财务
                basis: 农村集体经济组织财务公开规定（农经发〔2011〕13号）
                frequency: 季度
                deadline_day: 10
              - id: dangyuan
                title: 党员发展情况
                category: 党务
                frequency: 月度
                deadline_day: 10
                applies_to: [村]

            """.write(to: content.appendingPathComponent("catalogue.yaml"), atomically: true, encoding: .utf8)
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let url = content.appendingPathComponent(path)
            try (try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("\(Self.dongling)/disclosures/2024-q2-caiwu.md", "category: 财务\n", "category: 财务\nitem: caiwu\n")
        try edit("\(Self.dongling)/disclosures/2024-06-dangwu.md", "category: 党务\n", "category: 党务\nitem: dangyuan\n")
        try edit("\(Self.dongling)/disclosures/2024-06-dangwu.md", "published_on: 2024-07-02", "published_on: 2024-07-15")
        try edit("townships/220681100/villages/220681100202/village.yaml", "population: 700\n",
                 "population: 700\nnothing_to_publish:\n  - item: caiwu\n    period: 2024-Q2\n")
        return (work, content)
    }

    @Test func standingsOnTheReferenceDay() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = CalendarDate("2024-08-01")  // Q2 2024 (due 07-10) and June 2024 (due 07-10) are due.
        let report = Pipeline.build(options)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        let found = report.diagnostics.map { "\($0.code.rawValue) \($0.location.file) \($0.location.field ?? "")" }
        #expect(found == [
            "GK505 \(Self.dongling)/village.yaml dangyuan",
            "GK506 townships/220681100/villages/220681100202/village.yaml dangyuan",
            "GK506 townships/jianguo/villages/xinhua-shequ/village.yaml caiwu",
        ])
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(report.diagnostics[0].message.contains("2024年6月"))

        let dongling = try TestSupport.read(output, "villages/220681100201/index.html")
        #expect(dongling.contains("按 2024年8月1日 检查"))
        #expect(dongling.contains("<tr class=\"catalogue-on-time\"><th scope=\"row\">财务收支情况"))
        #expect(dongling.contains("<td>2024年第二季度</td><td>2024年7月10日</td><td>2024年第二季度</td><td>按时公开</td>"))
        #expect(dongling.contains("<tr class=\"catalogue-late\"><th scope=\"row\">党员发展情况"))
        let xiling = try TestSupport.read(output, "villages/220681100202/index.html")
        #expect(xiling.contains("<td>本期无应公开事项</td>"))
        #expect(xiling.contains("<tr class=\"catalogue-missing\"><th scope=\"row\">党员发展情况"))
        let community = try TestSupport.read(output, "villages/xinhua-shequ/index.html")
        #expect(!community.contains("党员发展情况"), "the item applies to 村 only")

        options.strict = true
        options.outputFolder = work.appendingPathComponent("strict")
        #expect(!Pipeline.build(options).succeeded)
    }

    @Test func theTownshipOverviewPageAndCSVAgree() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = CalendarDate("2024-08-01")
        #expect(Pipeline.build(options).succeeded)
        let page = try TestSupport.read(output, "townships/220681100/index.html")
        // 东岭村: 财务 on time, 党员 late; 西岭村: 财务 declared empty, 党员 missing.
        #expect(page.contains("按时公开 1 项 逾期公开 1 项 未公开 1 项 本期无应公开事项 1 项"))
        let rows = [
            ["东岭村", "按时公开（2024年第二季度）", "逾期公开（2024年6月）"],
            ["西岭村", "本期无应公开事项（2024年第二季度）", "未公开（2024年6月）"],
        ]
        for row in rows {
            #expect(page.contains("<tr><th scope=\"row\">\(row[0])</th><td>\(row[1])</td><td>\(row[2])</td></tr>"))
        }
        let bag = DiagnosticBag()
        let csv = try #require(CSVTable.parse(try Data(contentsOf: output.appendingPathComponent("townships/220681100/catalogue.csv")), file: "catalogue.csv", diagnostics: bag))
        #expect(csv.header == ["村（社区）", "财务收支情况", "党员发展情况"])
        #expect(csv.rows.map(\.cells) == rows)
        let home = try TestSupport.read(output, "index.html")
        #expect(home.contains("公开目录：按时公开 1 项，逾期公开 1 项，未公开 1 项，本期无应公开事项 1 项"))
    }

    @Test func theSameDayGivesTheSameBytes() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        var trees: [[String: Data]] = []
        for name in ["a", "b"] {
            var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: work.appendingPathComponent(name))
            options.asOf = CalendarDate("2025-03-01")
            #expect(Pipeline.build(options).succeeded)
            trees.append(try TestSupport.tree(work.appendingPathComponent(name)))
        }
        #expect(trees[0] == trees[1])
    }

    @Test func anUnknownItemOrAMismatchedPeriodIsAnError() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let notice = content.appendingPathComponent("\(Self.dongling)/disclosures/ludeng-zhuanxiang.md")
        try (try String(contentsOf: notice, encoding: .utf8)).replacingOccurrences(of: "category: 村务\n", with: "category: 村务\nitem: caiwu\n")
            .write(to: notice, atomically: true, encoding: .utf8)
        let q2 = content.appendingPathComponent("\(Self.dongling)/disclosures/2024-q2-caiwu.md")
        try (try String(contentsOf: q2, encoding: .utf8)).replacingOccurrences(of: "item: caiwu", with: "item: caiwo")
            .write(to: q2, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: work.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.code) == [.unknownReference, .invalidChoice])
        #expect(report.diagnostics.map(\.location.file) == ["\(Self.dongling)/disclosures/2024-q2-caiwu.md", "\(Self.dongling)/disclosures/ludeng-zhuanxiang.md"])
    }
}
