import Foundation
import Testing

@testable import GongkaiCore

/// A township's and a village's own `catalogue.yaml` adjust the county catalogue, county →
/// township → village: on the village pages, in the township overview and its CSV, and in the
/// deadline warnings.
@Suite struct CatalogueOverrideTests {
    static let township = "townships/220681100"
    static let dongling = "townships/220681100/villages/220681100201"
    static let xiling = "townships/220681100/villages/220681100202"

    /// county-mini with a county catalogue; 东岭镇 adds 土地流转 (yearly, 村 only) and publishes
    /// 党员发展 quarterly instead of monthly; 东岭村 publishes 财务 monthly and switches 土地流转
    /// off. 东岭村's June 财务 is on time, its Q2 党员发展 late; 西岭村 declares 财务 Q2 and
    /// 土地流转 2023 empty and has not published 党员发展.
    private func site() throws -> (work: URL, content: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        func write(_ path: String, _ text: String) throws {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("catalogue.yaml", """
            items:
              - id: caiwu
                title: 财务收支情况
                category: 财务
                frequency: 季度
                deadline_day: 10
              - id: dangyuan
                title: 党员发展情况
                category: 党务
                frequency: 月度
                deadline_day: 10
                applies_to: [村]
              - id: jiti-zichan
                title: 集体资产发包租赁情况
                category: 财务
                frequency: 一事一公开

            """)
        try write("\(Self.township)/catalogue.yaml", """
            add:
              - id: tudi
                title: 土地承包经营权流转情况
                category: 村务
                frequency: 年度
                deadline_day: 31
                applies_to: [村]
            change:
              - id: dangyuan
                frequency: 季度
                reason: 各村党员人数少，镇党委统一按季度公开

            """)
        try write("\(Self.dongling)/catalogue.yaml", """
            change:
              - id: caiwu
                frequency: 月度
                reason: 集体财务往来较多，每月公布
            disable:
              - id: tudi
                reason: 本村耕地由村集体统一经营，没有承包经营权流转

            """)
        try write("\(Self.dongling)/disclosures/2024-06-caiwu.md", """
            ---
            title: 2024年6月财务收支公开
            category: 财务
            item: caiwu
            period: 2024-06
            published_on: 2024-07-08
            ---
            本月收入 1,200 元，支出 800 元。

            """)
        try write("\(Self.dongling)/disclosures/2024-q2-dangyuan.md", """
            ---
            title: 2024年第二季度党员发展情况公开
            category: 党务
            item: dangyuan
            period: 2024-Q2
            published_on: 2024-07-15
            ---
            本季度确定入党积极分子 1 名。

            """)
        let village = content.appendingPathComponent("\(Self.xiling)/village.yaml")
        try (try String(contentsOf: village, encoding: .utf8) + """
            nothing_to_publish:
              - item: caiwu
                period: 2024-Q2
              - item: tudi
                period: 2023

            """).write(to: village, atomically: true, encoding: .utf8)
        return (work, content)
    }

    private func build(_ content: URL, into output: URL) -> BuildReport {
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = CalendarDate("2024-08-01")  // June 2024, Q2 2024 (due 07-10) and 2023 (due 2024-01-31) are due.
        return Pipeline.build(options)
    }

    @Test func theWarningsFollowEachVillagesOwnCatalogue() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let report = build(content, into: work.appendingPathComponent("public"))
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        let found = report.diagnostics.map { "\($0.code.rawValue) \($0.location.file) \($0.location.field ?? "")" }
        #expect(found == [
            "GK505 \(Self.dongling)/village.yaml dangyuan",
            "GK506 \(Self.xiling)/village.yaml dangyuan",
            "GK506 townships/jianguo/villages/xinhua-shequ/village.yaml caiwu",
        ])
        #expect(report.diagnostics[0].message.contains("2024年第二季度"), "党员发展 is quarterly in 东岭镇")
    }

    @Test func theVillagePageShowsTheEffectiveCatalogueAndWhatWasSwitchedOff() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        #expect(build(content, into: output).succeeded)
        let dongling = try TestSupport.read(output, "villages/220681100201/index.html")
        #expect(dongling.contains(
            "<tr class=\"catalogue-on-time\"><th scope=\"row\">财务收支情况<span class=\"meta\">本村调整：频次：季度 → 月度（原因：集体财务往来较多，每月公布）</span></th>"
                + "<td>财务</td><td>月度</td><td>2024年6月</td><td>2024年7月10日</td><td>2024年6月</td><td>按时公开</td></tr>"))
        #expect(dongling.contains(
            "<tr class=\"catalogue-late\"><th scope=\"row\">党员发展情况<span class=\"meta\">东岭镇统一调整：频次：月度 → 季度（原因：各村党员人数少，镇党委统一按季度公开）</span></th>"))
        #expect(dongling.contains("<li>土地承包经营权流转情况（村务）：本村停用。原因：本村耕地由村集体统一经营，没有承包经营权流转</li>"))
        #expect(!dongling.contains("<th scope=\"row\">土地承包经营权流转情况"))

        let xiling = try TestSupport.read(output, "villages/220681100202/index.html")
        #expect(xiling.contains("<th scope=\"row\">土地承包经营权流转情况<span class=\"meta\">东岭镇统一调整：新增事项</span></th>"))
        #expect(xiling.contains("<td>季度</td><td>2024年第二季度</td><td>2024年7月10日</td><td>—</td><td>本期无应公开事项</td>"))
        #expect(!xiling.contains("不再公开的事项"))

        let community = try TestSupport.read(output, "villages/xinhua-shequ/index.html")
        #expect(!community.contains("土地承包经营权流转情况"), "建国街道 has no adjustments")
        #expect(!community.contains("调整："))
    }

    @Test func theTownshipOverviewAndItsCSVUseEachVillagesCatalogue() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        #expect(build(content, into: output).succeeded)
        let page = try TestSupport.read(output, "townships/220681100/index.html")
        #expect(page.contains("按时公开 1 项 逾期公开 1 项 未公开 1 项 本期无应公开事项 2 项 尚未到期 0 项 按事项公开 2 项 已停用 1 项"))
        let header = ["村（社区）", "财务收支情况", "党员发展情况", "集体资产发包租赁情况", "土地承包经营权流转情况"]
        let rows = [
            ["东岭村", "按时公开（2024年6月）", "逾期公开（2024年第二季度）", "按事项公开", "已停用"],
            ["西岭村", "本期无应公开事项（2024年第二季度）", "未公开（2024年第二季度）", "按事项公开", "本期无应公开事项（2023年度）"],
        ]
        for row in rows {
            #expect(page.contains("<tr><th scope=\"row\">\(row[0])</th>" + row.dropFirst().map { "<td>\($0)</td>" }.joined() + "</tr>"))
        }
        let csv = try #require(CSVTable.parse(
            try Data(contentsOf: output.appendingPathComponent("townships/220681100/catalogue.csv")), file: "catalogue.csv", diagnostics: DiagnosticBag()))
        #expect(csv.header == header)
        #expect(csv.rows.map(\.cells) == rows)

        let jianguo = try TestSupport.read(output, "townships/jianguo/catalogue.csv")
        #expect(jianguo.contains("新华社区,未公开（2024年第二季度）,不适用,按事项公开"))
        #expect(!jianguo.contains("土地"))
    }

    @Test func aVillageMaySwitchBackOnWhatItsTownshipSwitchedOff() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        try """
            disable:
              - id: jiti-zichan
                reason: 各村集体资产由镇农村集体资产管理中心统一公开
              - id: caiwu
                reason: 社区财务由街道统一公开

            """.write(to: content.appendingPathComponent("townships/jianguo/catalogue.yaml"), atomically: true, encoding: .utf8)
        try """
            enable:
              - id: jiti-zichan
                reason: 本社区有临街商铺出租，需要自行公开
            change:
              - id: jiti-zichan
                publisher: 社区居民委员会

            """.write(to: content.appendingPathComponent("townships/jianguo/villages/xinhua-shequ/catalogue.yaml"), atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("public")
        let report = build(content, into: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(!report.diagnostics.contains { $0.location.file.contains("xinhua-shequ") }, "财务 is switched off for the community")
        let page = try TestSupport.read(output, "villages/xinhua-shequ/index.html")
        #expect(page.contains("<li>财务收支情况（财务）：建国街道停用。原因：社区财务由街道统一公开</li>"))
        #expect(page.contains("<span class=\"meta\">本社区调整：恢复公开（原因：本社区有临街商铺出租，需要自行公开）</span><span class=\"meta\">本社区调整：公开主体：社区居民委员会</span>"))
    }

    @Test func theQuarterlyMinimumBindsVillagesNotCommunitiesNorPartyAffairs() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        func found() -> [String] {
            let report = build(content, into: work.appendingPathComponent("public-\(UUID().uuidString.prefix(6))"))
            return report.diagnostics.filter { $0.severity == .error }.map { "\($0.code.rawValue) \($0.location.description)" }
        }
        // 东岭镇 takes 村 out of 财务's scope (not allowed) and makes 党务 yearly (allowed).
        let townshipFile = content.appendingPathComponent("\(Self.township)/catalogue.yaml")
        let original = try String(contentsOf: townshipFile, encoding: .utf8)
        try original.replacingOccurrences(of: "change:\n", with: "change:\n  - id: caiwu\n    applies_to: [社区]\n")
            .replacingOccurrences(of: "frequency: 季度\n    reason", with: "frequency: 年度\n    reason")
            .write(to: townshipFile, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: content.appendingPathComponent("\(Self.dongling)/disclosures/2024-q2-dangyuan.md"))
        #expect(found() == ["GK542 \(Self.township)/catalogue.yaml:10:17"])

        // 西岭村 switches 财务 off (not allowed for a 村); 新华社区 makes it yearly (not bound by the law on villages).
        try original.write(to: townshipFile, atomically: true, encoding: .utf8)
        try "disable:\n  - id: caiwu\n    reason: 改由镇农村集体三资管理中心代为公开\n"
            .write(to: content.appendingPathComponent("\(Self.xiling)/catalogue.yaml"), atomically: true, encoding: .utf8)
        try "change:\n  - id: caiwu\n    frequency: 年度\n"
            .write(to: content.appendingPathComponent("townships/jianguo/villages/xinhua-shequ/catalogue.yaml"), atomically: true, encoding: .utf8)
        #expect(found() == ["GK542 \(Self.xiling)/catalogue.yaml:2:9"])
    }

    @Test func changingATownshipsCatalogueRebuildsItsVillagesLikeACleanBuild() throws {
        let (work, content) = try site()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        #expect(build(content, into: output).succeeded)
        let file = content.appendingPathComponent("\(Self.township)/catalogue.yaml")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "frequency: 季度", with: "frequency: 月度")
            .write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: content.appendingPathComponent("\(Self.dongling)/disclosures/2024-q2-dangyuan.md"))
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = CalendarDate("2024-08-01")
        options.checkPublished = false  // the notice removed above was published by the first build
        #expect(Pipeline.build(options).succeeded)
        options.outputFolder = work.appendingPathComponent("clean")
        #expect(Pipeline.build(options).succeeded)
        let incremental = try TestSupport.tree(output), clean = try TestSupport.tree(options.outputFolder)
        #expect(incremental == clean)
        #expect(!(try TestSupport.read(output, "villages/220681100202/index.html")).contains("频次：月度 → 季度"))
        #expect(try TestSupport.read(output, "villages/220681100201/index.html").contains("<td>月度</td><td>2024年6月</td>"))
    }
}
