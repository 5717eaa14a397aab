import Foundation
import Testing

@testable import GongkaiCore

/// 财务公开 as data, end to end: the county-mini village 东岭村 publishes 2024 Q2 (with stated
/// 小计 and 合计 rows) and Q3 (items only). Checks the pages residents read, the chart, the
/// downloads, and that wrong figures stop the build at the file, row and column.
@Suite struct FinancePagesTests {
    static let folder = "townships/220681100/villages/220681100201/finance"
    static let pages = "villages/220681100201/finance/"

    private func built(_ change: (URL) throws -> Void = { _ in }) throws -> (work: URL, output: URL) {
        try TestSupport.strictBuildOfCopy(of: VillageSiteTests.fixture, changing: change)
    }

    @Test func aPeriodPageShowsItemsSubtotalsTotalsAndTheBalanceLine() throws {
        let (work, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = try TestSupport.read(output, Self.pages + "2024-q2/index.html")
        #expect(page.contains("<h1>东岭村2024年第二季度财务收支公开</h1>"))
        #expect(page.contains("<div><dt>审核</dt><dd>东岭村民主理财小组，2024年7月8日</dd></div>"))
        #expect(page.contains("<div><dt>公开日期</dt><dd>2024年7月10日</dd></div>"))
        // 10,000.00 + 52,000.00 − 31,500.00 = 30,500.00.
        #expect(page.contains(
            "期初余额 <strong>¥10,000.00</strong> + 本期收入 <strong>¥52,000.00</strong> − 本期支出 <strong>¥31,500.00</strong> = 期末余额 <strong>¥30,500.00</strong>"))
        // Items in their category, each category closed by its recomputed subtotal.
        #expect(page.contains(
            "<tr><td>管理费用</td><th scope=\"row\">村干部报酬</th><td>2024年4月20日</td><td>Q2-03</td><td class=\"amount\">¥24,000.00</td></tr>\n"
                + "<tr><td>管理费用</td><th scope=\"row\">办公费</th><td>2024年5月15日</td><td>Q2-04</td><td class=\"amount\">¥1,500.00</td></tr>\n"
                + "<tr class=\"subtotal\"><td>管理费用</td><th scope=\"row\">小计</th><td></td><td></td><td class=\"amount\">¥25,500.00</td></tr>"))
        #expect(page.contains(
            "<tr><td>补助收入</td><th scope=\"row\">村级组织运转经费</th><td>2024年4月12日</td><td>Q2-01</td><td class=\"amount\">¥40,000.00</td><td>财政拨付</td></tr>"))
        // Totals in the table foot: 40,000 + 12,000 and 24,000 + 1,500 + 6,000.
        #expect(page.contains("<th scope=\"row\">收入合计</th><td></td><td></td><td class=\"amount\">¥52,000.00</td><td></td></tr></tfoot>"))
        #expect(page.contains("<th scope=\"row\">支出合计</th><td></td><td></td><td class=\"amount\">¥31,500.00</td></tr></tfoot>"))
        #expect(page.contains("<caption>支出明细（共 3 笔）</caption>"))
        // The stated 小计 and 合计 rows of the file are not shown as items.
        #expect(!page.contains("<th scope=\"row\">合计</th>"))
        #expect(page.contains("<a href=\"../../../../villages/220681100201/finance/2024-q3/\">下一期：2024年第三季度</a>"))
    }

    @Test func aPeriodPageHasABarChartByCategoryWithItsTable() throws {
        let (work, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = try TestSupport.read(output, Self.pages + "2024-q2/index.html")
        #expect(page.contains("<figure class=\"chart-figure\" id=\"finance-2024-q2-expenditure-figure\">"))
        #expect(page.contains("<title id=\"finance-2024-q2-expenditure-title\">2024年第二季度支出按类别</title>"))
        // 25,500 of 31,500 = 80.95…% → 81.0%; 6,000 of 31,500 = 19.04…% → 19.0%.
        #expect(page.contains("<desc id=\"finance-2024-q2-expenditure-desc\">本期支出合计 ¥31,500.00：管理费用 ¥25,500.00（占 81.0%）；公益支出 ¥6,000.00（占 19.0%）。</desc>"))
        #expect(page.contains("<tr><th scope=\"row\">管理费用</th><td>¥25,500.00</td><td>81.0%</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">公益支出</th><td>¥6,000.00</td><td>19.0%</td></tr>"))
        let svg = try TestSupport.read(output, Self.pages + "2024-q2/expenditure.svg")
        #expect(svg.contains("<text x=\"90\" y=\"32\" font-size=\"17\" fill=\"#1a1a1a\" text-anchor=\"end\">管理费用</text>"))
        // The longest bar is 220 wide; 6,000 / 25,500 × 220 = 51.76… → 51.8.
        #expect(svg.contains("<rect x=\"100\" y=\"14\" width=\"220\" height=\"26\""))
        #expect(svg.contains("<rect x=\"100\" y=\"62\" width=\"51.8\" height=\"26\""))
        #expect(svg.contains(">¥6,000.00</text>"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.pages + "2024-q2/income.svg").path))
    }

    @Test func eachPeriodPublishesCSVAndJSON() throws {
        let (work, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let csvData = try Data(contentsOf: output.appendingPathComponent(Self.pages + "2024-q3/finance-2024-q3.csv"))
        let csv = String(decoding: csvData, as: UTF8.self)
        #expect(csv == "\u{FEFF}收支,类别,摘要,金额(元),凭证号,日期,备注\r\n"
            + "收入,补助收入,村级组织运转经费,40000.00,,,\r\n收入,其他收入,存款利息,12.34,,,\r\n"
            + "支出,管理费用,村干部报酬,24000.00,,,\r\n支出,公益支出,路灯电费,1234.56,,,\r\n")
        let data = try Data(contentsOf: output.appendingPathComponent(Self.pages + "2024-q3/finance-2024-q3.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // 30,500.00 + (40,000.00 + 12.34) − (24,000.00 + 1,234.56) = 30,500.00 + 40,012.34 − 25,234.56 = 45,277.78.
        #expect(json["opening_balance"] as? String == "30500.00")
        #expect(json["income"] as? String == "40012.34")
        #expect(json["expenditure"] as? String == "25234.56")
        #expect(json["closing_balance"] as? String == "45277.78")
        #expect(json["reviewer"] as? String == "东岭村民主理财小组")
        #expect(json["reviewed_on"] as? String == "2024-10-08")
        #expect(json["published_on"] as? String == "2024-10-10")
        #expect(json["period"] as? String == "2024-q3")
        #expect((json["rows"] as? [[String]])?.count == 4)
        let subtotals = try #require(json["subtotals"] as? [[String: Any]])
        #expect(subtotals.map { $0["category"] as? String } == ["补助收入", "其他收入", "管理费用", "公益支出"])
        let summary = try TestSupport.read(output, Self.pages + "finance-summary.csv")
        #expect(summary.contains("2024年第二季度,10000.00,52000.00,31500.00,30500.00,东岭村民主理财小组,2024-07-08,2024-07-10\r\n"))
        #expect(summary.contains("2024年第三季度,30500.00,40012.34,25234.56,45277.78,东岭村民主理财小组,2024-10-08,2024-10-10\r\n"))
    }

    @Test func theIndexVillagePageSearchAndSitemapLeadToThePeriods() throws {
        let (work, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let index = try TestSupport.read(output, Self.pages + "index.html")
        // Q3 opens with Q2's closing balance, 30,500.00.
        #expect(index.contains(
            "<tr><th scope=\"row\"><a href=\"../../../villages/220681100201/finance/2024-q3/\">2024年第三季度</a></th><td class=\"amount\">¥30,500.00</td>"
                + "<td class=\"amount\">¥40,012.34</td><td class=\"amount\">¥25,234.56</td><td class=\"amount\">¥45,277.78</td>"))
        #expect(index.contains("<a href=\"finance-summary.csv\" download>"))
        let village = try TestSupport.read(output, "villages/220681100201/index.html")
        #expect(village.contains(
            "<a href=\"../../villages/220681100201/finance/\">财务公开</a><span class=\"summary\">2 期收支，最近一期 2024年第三季度，期末余额 ¥45,277.78</span>"))
        let search = try TestSupport.read(output, "search/index.json")
        #expect(search.contains("[\"财务公开\",\"2024年第三季度村级财务收支公开\",\"东岭镇 东岭村 · 2024年10月10日\",\"villages/220681100201/finance/2024-q3/\"]"))
        let sitemap = try TestSupport.read(output, "sitemap.xml")
        for path in ["", "2024-q2/", "2024-q3/"] {
            #expect(sitemap.contains("<loc>https://mini.example.cn/\(Self.pages)\(path)</loc>"))
        }
    }

    @Test func aTableSavedByExcelAsGB18030OrWithABOMGivesTheSamePages() throws {
        let (work, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let expected = try TestSupport.read(output, Self.pages + "2024-q2/index.html")
        let text = try String(contentsOf: VillageSiteTests.fixture.appendingPathComponent("\(Self.folder)/2024-Q2.csv"), encoding: .utf8)
        let gb = try #require(GB18030.encode(text.replacingOccurrences(of: "\n", with: "\r\n")))
        for data in [gb, Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)] {
            let (other, otherOutput) = try built { content in
                try data.write(to: content.appendingPathComponent("\(Self.folder)/2024-Q2.csv"))
            }
            defer { try? FileManager.default.removeItem(at: other) }
            #expect(try TestSupport.read(otherOutput, Self.pages + "2024-q2/index.html") == expected)
        }
    }

    // MARK: Failures

    /// Builds a good site, changes one file, builds again over it: the build must fail and leave
    /// the published site as it was.
    private func failure(_ path: String, _ edit: (String) -> String) throws -> [Diagnostic] {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let output = work.appendingPathComponent("public")
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let before = try TestSupport.tree(output)
        let url = content.appendingPathComponent("\(Self.folder)/\(path)")
        let original = try String(contentsOf: url, encoding: .utf8)
        let changed = edit(original)
        #expect(changed != original)
        try changed.write(to: url, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(try TestSupport.tree(output) == before, "the published site must not change")
        return report.diagnostics
    }

    @Test func aStatedTotalThatDisagreesWithItsRowsFailsTheBuild() throws {
        // The items add up to 24,000 + 1,500 + 6,000 = 31,500.00; the file says 31,050.00.
        let found = try failure("2024-Q2.csv") { $0.replacingOccurrences(of: "支出,,合计,\"31,500.00\"", with: "支出,,合计,\"31,050.00\"") }
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.code == .financeTotalMismatch)
        #expect(DiagnosticFormatter.format(problem).hasPrefix(
            "\(Self.folder)/2024-Q2.csv:9:4: 错误 GK512: 第 9 行支出合计写的是 31,050.00 元，按本表 3 笔支出明细重新相加应为 31,500.00 元（相差 450.00 元）（字段 金额(元)）"))
    }

    @Test func aBalanceThatDoesNotCarryOverFailsTheBuild() throws {
        // Q2 closes with 30,500.00; Q3 opening 30,600.00 (closing raised to match, 45,377.78).
        let found = try failure("2024-Q3.yaml") {
            $0.replacingOccurrences(of: "opening_balance: 30500", with: "opening_balance: 30600")
                .replacingOccurrences(of: "closing_balance: 45277.78", with: "closing_balance: 45377.78")
        }
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.code == .financeBalanceNotCarried)
        #expect(problem.location == SourceLocation(file: "\(Self.folder)/2024-Q3.yaml", line: 2, column: 18, field: "opening_balance"))
        // Both files are named: this one by the location, the previous one in the message.
        #expect(problem.message == "期初余额 30,600.00 元与上一期（2024年第二季度）的期末余额 30,500.00 元不一致"
            + "（上一期的期末余额写在 \(Self.folder)/2024-Q2.yaml 第 2 行第 18 列）：本期期初余额应为 30,500.00 元")
    }

    @Test func aClosingBalanceThatDoesNotAddUpFailsTheBuild() throws {
        // 30,500.00 + 40,012.34 − 25,234.56 = 45,277.78, not 45,277.87.
        let found = try failure("2024-Q3.yaml") { $0.replacingOccurrences(of: "45277.78", with: "45277.87") }
        #expect(found.map(\.code) == [.financeBalanceMismatch])
        #expect(found.first?.location.line == 3)
        #expect(found.first?.location.column == 18)
        #expect(found.first?.message.contains("应为 45,277.78 元") == true)
    }

    @Test func theCommandExitsWithOneAndNamesTheCell() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let url = content.appendingPathComponent("\(Self.folder)/2024-Q2.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\"25,500.00\"", with: "\"25,400.00\"").write(to: url, atomically: true, encoding: .utf8)
        let result = try TestSupport.run(
            ["build", "--content", content.path, "--templates", TestSupport.templates.path, "--output", work.appendingPathComponent("public").path],
            in: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(Self.folder)/2024-Q2.csv:7:4: 错误 GK511: 第 7 行“管理费用”支出小计写的是 25,400.00 元"))
    }

    // MARK: Sample content

    @Test func theSampleVillagesCarryTheirBalancesAcrossPeriods() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        let finance = report.diagnostics.filter { $0.location.file.contains("/finance/") || ("GK510"..."GK519").contains($0.code.rawValue) }
        #expect(finance.isEmpty, "\(DiagnosticFormatter.report(finance))")
        let liudaogou = try TestSupport.read(output, "villages/220681100201/finance/index.html")
        // Q1 closes with 52,310.00 = Q2's opening; Q2 closes with 61,490.00 = Q3's opening.
        #expect(liudaogou.contains("<td class=\"amount\">¥52,310.00</td><td>六道沟村民主理财小组"))
        #expect(liudaogou.contains("2025年第二季度</a></th><td class=\"amount\">¥52,310.00</td>"))
        #expect(liudaogou.contains("2025年第三季度</a></th><td class=\"amount\">¥61,490.00</td>"))
        let hongshi = try TestSupport.read(output, "villages/220681100202/finance/2025-08/index.html")
        // 77,484.00 + 9,260.00 − 18,040.00 = 68,704.00.
        #expect(hongshi.contains("= 期末余额 <strong>¥68,704.00</strong>"))
    }
}
