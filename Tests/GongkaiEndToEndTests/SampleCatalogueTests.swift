import Foundation
import Testing

@testable import GongkaiCore

/// The sample site's disclosure catalogue on the fixed day scripts/build-site.sh checks it
/// against (`TestSupport.sampleAsOf`): every village on time except 东岔村 (one late 党务
/// notice) and 榆树川村 (its third-quarter 党务 declared empty); 建国街道 gives its communities
/// an earlier 村务 deadline and switches 集体资产 off, 红石村 publishes 财务 monthly, as data
/// (finance/<month>.csv + .yaml), which is what makes its September on time.
@Suite struct SampleCatalogueTests {
    static let township = "townships/220681100"

    static let header = ["村（社区）", "党员发展和组织关系接转情况", "村（居）务综合情况", "财务收支情况", "涉及群众切身利益的重大事项", "集体资产资源发包租赁情况"]
    static let q3 = "按时公开（2026年第三季度）"

    /// Each township's overview, row by row, exactly as its page and CSV show it.
    static let overviews: [String: [[String]]] = [
        "220681001": [
            ["江畔社区", q3, q3, q3, "按事项公开", "已停用"],
            ["新华社区", q3, q3, q3, "按事项公开", "已停用"],
            ["青松社区", q3, q3, q3, "按事项公开", "已停用"],
        ],
        "220681100": [
            ["六道沟村", q3, q3, q3, "按事项公开", "按事项公开"],
            ["红石村", q3, q3, "按时公开（2026年9月）", "按事项公开", "按事项公开"],
            ["松岭村", q3, q3, q3, "按事项公开", "按事项公开"],
            ["东岔村", "逾期公开（2026年第三季度）", q3, q3, "按事项公开", "按事项公开"],
            ["榆树川村", "本期无应公开事项（2026年第三季度）", q3, q3, "按事项公开", "按事项公开"],
        ],
        "huashan": [
            ["珍江村", q3, q3, q3, "按事项公开", "按事项公开"],
        ],
    ]

    private func buildSample(strict: Bool = false) throws -> (work: URL, output: URL, report: BuildReport) {
        let work = try TestSupport.temporaryFolder()
        let output = work.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output, strict: strict, asOf: TestSupport.sampleAsOf)
        return (work, output, report)
    }

    @Test func exactlyOneVillageIsLateOnTheFixedDay() throws {
        let (work, _, report) = try buildSample()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        let found = report.diagnostics.map { "\($0.severity) \($0.code.rawValue) \($0.location.file) \($0.location.field ?? "")" }
        #expect(found == ["warning GK505 \(Self.township)/villages/220681100204/village.yaml dangwu-jidu"])
        #expect(report.diagnostics.first?.message.contains("东岔村") == true)
        #expect(report.diagnostics.first?.message.contains("2026年第三季度应于 2026年10月10日前公开") == true)
    }

    @Test func strictModeFailsOnTheLateNoticeOnly() throws {
        let (work, output, report) = try buildSample(strict: true)
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(!report.succeeded, "scripts/build-site.sh does not use --strict: the sample is late on purpose")
        #expect(report.errorCount == 0)
        #expect(report.diagnostics.map(\.code) == [.disclosureLate])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func eachTownshipsOverviewPageAndCSVAgree() throws {
        let (work, output, report) = try buildSample()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.succeeded)
        for (township, rows) in Self.overviews {
            let csv = try #require(CSVTable.parse(
                try Data(contentsOf: output.appendingPathComponent("townships/\(township)/catalogue.csv")),
                file: "catalogue.csv", diagnostics: DiagnosticBag()))
            #expect(csv.header == Self.header, "\(township)")
            #expect(csv.rows.map(\.cells) == rows, "\(township)")
            let page = try TestSupport.read(output, "townships/\(township)/index.html")
            for row in rows {
                let html = "<tr><th scope=\"row\">\(row[0])</th>" + row.dropFirst().map { "<td>\($0)</td>" }.joined() + "</tr>"
                #expect(page.contains(html), "\(township): \(row[0])")
            }
        }
        let home = try TestSupport.read(output, "index.html")
        #expect(home.contains("公开目录：按时公开 13 项，逾期公开 1 项，本期无应公开事项 1 项，按事项公开 10 项"))
        #expect(home.contains("公开目录：按时公开 9 项，按事项公开 3 项，已停用 3 项"))
    }

    @Test func theVillagePagesShowTheOverrides() throws {
        let (work, output, report) = try buildSample()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.succeeded)
        let hongshi = try TestSupport.read(output, "villages/220681100202/index.html")
        #expect(hongshi.contains("按 2026年10月31日 检查"))
        #expect(hongshi.contains("<span class=\"meta\">本村调整：频次：季度 → 月度（原因："))
        #expect(hongshi.contains("<td>财务</td><td>月度</td><td>2026年9月</td><td>2026年10月10日</td><td>2026年9月</td><td>按时公开</td>"))

        let jiangpan = try TestSupport.read(output, "villages/220681001001/index.html")
        #expect(jiangpan.contains("<span class=\"meta\">建国街道统一调整：公开期限：期满后次月10日前 → 期满后次月8日前（原因："))
        #expect(jiangpan.contains("<td>村务</td><td>季度</td><td>2026年第三季度</td><td>2026年10月8日</td><td>2026年第三季度</td><td>按时公开</td>"))
        #expect(jiangpan.contains("<li>集体资产资源发包租赁情况（财务）：建国街道停用。原因："))

        let yushuchuan = try TestSupport.read(output, "villages/220681100205/index.html")
        #expect(yushuchuan.contains("<tr class=\"catalogue-nothing\"><th scope=\"row\">党员发展和组织关系接转情况"))
        let dongcha = try TestSupport.read(output, "villages/220681100204/index.html")
        #expect(dongcha.contains("<tr class=\"catalogue-late\"><th scope=\"row\">党员发展和组织关系接转情况"))
    }

    @Test func hongshisMonthlyFinanceDataIsWhatFulfilsItsFinanceItem() throws {
        let (work, output, report) = try buildSample()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.succeeded)
        let bag = DiagnosticBag()
        let site = try #require(ContentValidator.validate(ContentLoader.load(from: TestSupport.sampleContent, diagnostics: bag), diagnostics: bag))
        let hongshi = try #require(site.allVillages.first { $0.id == "220681100202" })
        #expect(!hongshi.disclosures.contains { $0.item == "caiwu-jidu" }, "no notice names the item")
        #expect(hongshi.finance.allSatisfy { $0.item == nil }, "the data counts for the only 财务 item by default")
        let catalogue = try #require(site.catalogue(for: hongshi))
        let item = try #require(catalogue.entry("caiwu-jidu")?.item)
        #expect(item.frequency == .monthly)
        let records = hongshi.catalogueRecords(for: item, in: catalogue)
        // 2025-07 to 2026-09: fifteen months, September 2026 published on 2026-10-09.
        #expect(records.count == 15)
        #expect(records.last == CatalogueRecord(item: "caiwu-jidu", period: .month(year: 2026, month: 9), publishedOn: CalendarDate("2026-10-09")!))
        let page = try TestSupport.read(output, "villages/220681100202/finance/2026-09/index.html")
        #expect(page.contains("= 期末余额 <strong>¥48,300.00</strong>"))
    }

    @Test func everyNewSampleNoticeSaysItIsIllustrative() throws {
        let townships = TestSupport.sampleContent.appendingPathComponent("townships")
        let notices = FileManager.default.enumerator(atPath: townships.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && $0.contains("/disclosures/2026-") }
        // 红石村 publishes its September 财务 as data (finance/2026-09), not as a notice.
        #expect(notices.count == 25)
        for path in notices {
            let text = try String(contentsOf: townships.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains("（示例数据）"), "\(path)")
            #expect(text.contains("\nitem: "), "\(path) fulfils a catalogue item")
        }
    }
}
