import Foundation
import Testing

@testable import GongkaiCore

/// Builds the county-mini fixture (two townships, three villages, both list systems) and
/// checks what residents see on the township, village and list pages.
@Suite struct VillageSiteTests {
    static let fixture = TestSupport.fixtures.appendingPathComponent("county-mini")
    static let dongling = "villages/220681100201/"

    private func built() throws -> (folder: URL, output: URL) {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: Self.fixture, output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        return (folder, output)
    }

    @Test func aNeedNothingAnswersIsMarkedPlainly() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try TestSupport.read(output, Self.dongling + "needs/index.html")
        let n3 = try #require(page.range(of: "<li id=\"need-N3\" class=\"need unanswered\">"))
        #expect(page[n3.upperBound...].prefix(300).contains("尚未对接：目前没有资源或项目回应这项需求"))
        #expect(page.contains("<li id=\"need-N1\" class=\"need answered\">"))
        #expect(page.contains("<li>民生项目 P1：<a href=\"../../../villages/220681100201/projects/p1/\">村道路灯安装工程</a>（在建）</li>"))
        #expect(page.contains("<li>服务资源 R1：幸福院日间照料室（东岭村）</li>"))
        #expect(page.contains("居民需求 <strong>3</strong> 项：已对接 2 项，<span class=\"unanswered\">尚未对接 1 项</span>"))
    }

    @Test func countsRollUpToTheTownshipAndTheHomePage() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let village = try TestSupport.read(output, Self.dongling + "index.html")
        #expect(village.contains("尚未对接 1 项"))
        let township = try TestSupport.read(output, "townships/220681100/index.html")
        #expect(township.contains("居民需求 <strong>3</strong> 项：已对接 2 项，<span class=\"unanswered\">尚未对接 1 项</span>"))
        #expect(township.contains("<a href=\"../../villages/220681100201/\">东岭村</a>"))
        #expect(township.contains("<a href=\"../../villages/220681100202/\">西岭村</a>"))
        let home = try TestSupport.read(output, "index.html")
        // 东岭村 3 needs (1 unanswered) + 新华社区 2 needs (X2 answered by project P1 only).
        #expect(home.contains("居民需求 5 项，已对接 4 项，<span class=\"unanswered\">尚未对接 1 项</span>"))
        #expect(home.contains("<a href=\"townships/220681100/\">东岭镇</a>"))
        #expect(home.contains("<a href=\"townships/jianguo/\">建国街道</a>"))
    }

    @Test func aProjectShowsItsStatusPercentAndMilestones() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try TestSupport.read(output, Self.dongling + "projects/p1/index.html")
        #expect(page.contains("状态：<strong>在建</strong> · 完成进度：<strong>60%</strong>"))
        #expect(page.contains("<dt>预算</dt><dd>18.5 万元</dd>"))
        #expect(page.contains("<dt>已支出</dt><dd>9.2 万元</dd>"))
        // Milestones: the timeline chart and its table.
        #expect(page.contains("id=\"project-p1-timeline-figure\""))
        #expect(page.contains("<tr><th scope=\"row\">2024年5月1日</th><td>开工</td><td>已完成</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">2024年10月31日</th><td>竣工验收</td><td>未完成</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">预算</th><td>18.5</td></tr>"))
        let list = try TestSupport.read(output, Self.dongling + "projects/index.html")
        #expect(list.contains("状态：<strong>完工</strong> · 完成进度：<strong>100%</strong>"))
    }

    @Test func fourListsVillagePublishesResponsibilities() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try TestSupport.read(output, "villages/xinhua-shequ/needs/index.html")
        #expect(page.contains("<h1>新华社区四项清单</h1>"))
        #expect(page.contains("服务责任清单"))
        #expect(page.contains("<li>服务责任 D1：协调停车场开放（社区居委会）</li>"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("villages/xinhua-shequ/needs/responsibilities.csv").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.dongling + "needs/responsibilities.csv").path))
    }

    @Test func customListHasItsDeclaredColumns() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try TestSupport.read(output, "villages/220681100202/lists/xiaowei-quanli/index.html")
        #expect(page.contains("<thead><tr><th scope=\"col\">序号</th><th scope=\"col\">事项名称</th><th scope=\"col\">责任主体</th></tr></thead>"))
        #expect(page.contains("<tr><th scope=\"row\">2</th><td>村级工程项目招投标</td><td>村委会</td></tr>"))
    }

    @Test func disclosuresAreListedNewestFirstAndArchivedByPeriod() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let village = try TestSupport.read(output, Self.dongling + "index.html")
        let order = ["2024年第二季度财务收支公开", "2024年6月党员发展情况公开", "村道路灯安装工程招标结果公开"].map {
            village.range(of: $0)!.lowerBound
        }
        #expect(order == order.sorted(), "newest first by publication date")
        let archive = try TestSupport.read(output, Self.dongling + "disclosures/index.html")
        #expect(archive.contains("<h2>2024年</h2>"))
        #expect(archive.contains("<h3>2024年第二季度</h3>"))
        #expect(archive.contains("<h3>2024年6月</h3>"))
        #expect(archive.contains("<h2>专项公开</h2>"))
        let quarter = archive.range(of: "<h3>2024年第二季度</h3>")!.lowerBound
        let month = archive.range(of: "<h3>2024年6月</h3>")!.lowerBound
        #expect(quarter < month, "periods newest first: Q2 ends after June? equal end, quarter listed first")
        let notice = try TestSupport.read(output, Self.dongling + "disclosures/2024-q2-caiwu/index.html")
        #expect(notice.contains("<dt>类别</dt><dd>财务</dd>"))
        #expect(notice.contains("<td>52,000</td>"))
    }

    @Test func csvDownloadOpensAsTheSameRows() throws {
        let (folder, output) = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: output.appendingPathComponent(Self.dongling + "services/services.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with BOM so Excel opens it")
        let bag = DiagnosticBag()
        let table = try #require(CSVTable.parse(data, file: "services.csv", diagnostics: bag))
        #expect(bag.items.isEmpty)
        #expect(table.header == ["服务事项", "类别", "办理地点", "办理时间", "联系电话", "所需材料", "承诺时限", "备注"])
        #expect(table.rows.map(\.cells) == [
            ["低保申请受理", "为民", "服务站一号窗口", "工作日", "0439-5550101", "户口簿,身份证复印件", "15个工作日", ""],
            ["老年人助餐", "便民", "幸福院", "每日11:00—12:30", "0439-5550102", "无需材料\n凭老年证即可", "当场", ""],
        ])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(Self.dongling + "services/services.json"))) as? [String: Any]
        #expect(json?["columns"] as? [String] == table.header)
        #expect(json?["rows"] as? [[String]] == table.rows.map(\.cells))
        let page = try TestSupport.read(output, Self.dongling + "services/index.html")
        #expect(page.contains("<a href=\"services.csv\" download>"))
        #expect(page.contains("<a href=\"services.json\" download>"))
    }
}

/// Indicators computed from the villages' facts, on the plan, indicator and township pages.
@Suite struct ComputedIndicatorPagesTests {
    @Test func computedValuesAppearWithTheirDateAndSources() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: VillageSiteTests.fixture, output: output, strict: true).succeeded)
        // County: (360 + 650) m² / (420 + 2,100) households × 100 = 40.08 → 40.1 平方米, data of 2024-12-31
        // from 东岭村 and 新华社区; 西岭村 reported no facility data.
        let indicator = try TestSupport.read(output, "plan/indicators/area-per-100-households/index.html")
        #expect(indicator.contains("每百户居民拥有社区综合服务设施面积：<strong>40.1 平方米</strong>（根据 2 个村（社区）截至 2024年12月31日 的数据）"))
        #expect(indicator.contains("<tr><th scope=\"row\"><a href=\"../../../villages/220681100201/\">东岭村</a></th><td>360 平方米 / 420 户</td></tr>"))
        #expect(indicator.contains("<a href=\"../../../villages/220681100202/\">西岭村</a>（未填报设施面积或户数）"))
        // The computed value is the 2024 actual, as there is no typed 2024 value.
        #expect(indicator.contains("<tr><th scope=\"row\">2024年</th><td>实际值（按村、社区数据计算）</td><td>40.1 平方米</td>"))
        let plan = try TestSupport.read(output, "plan/index.html")
        #expect(plan.contains("<a href=\"../plan/indicators/area-per-100-households/#computed\">40.1 平方米</a>"))
        // Township alone: 东岭镇 360 / 420 × 100 = 85.71 → 85.7; 建国街道 650 / 2,100 × 100 = 30.95 → 31.
        let dongling = try TestSupport.read(output, "townships/220681100/index.html")
        #expect(dongling.contains("每百户居民拥有社区综合服务设施面积</a></th><td>85.7 平方米</td><td>2024年12月31日</td><td>1 个</td>"))
        let jianguo = try TestSupport.read(output, "townships/jianguo/index.html")
        #expect(jianguo.contains("每百户居民拥有社区综合服务设施面积</a></th><td>31 平方米</td>"))
        // 11 workers / 5,400 people × 10,000 = 20.37 → 20.4人 (written like the target “18人”).
        #expect(jianguo.contains("每万名城镇常住人口拥有社区工作者</a></th><td>20.4人</td>"))
    }
}
