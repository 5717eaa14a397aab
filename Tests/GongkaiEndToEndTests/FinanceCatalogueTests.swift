import Foundation
import Testing

@testable import GongkaiCore

/// Finance data (`finance/<period>.csv` + `.yaml`) counts for the catalogue like notices do:
/// county-mini with a catalogue, where 东岭村 publishes 2024 Q2 (on 2024-07-10) and Q3 (on
/// 2024-10-10) as data and its notices name no item, so whatever counts is the data.
@Suite struct FinanceCatalogueTests {
    static let dongling = "townships/220681100/villages/220681100201"
    static let xiling = "townships/220681100/villages/220681100202"

    /// A copy of county-mini with `catalogue` as its catalogue.yaml; `edits` change files in it.
    private func site(catalogue: String, edits: [(String, String, String)] = []) throws -> (work: URL, content: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        try catalogue.write(to: content.appendingPathComponent("catalogue.yaml"), atomically: true, encoding: .utf8)
        for (path, old, new) in edits {
            let url = content.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path): \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        return (work, content)
    }

    private func build(_ content: URL, in work: URL, asOf: String) -> BuildReport {
        TestSupport.build(content: content, output: work.appendingPathComponent("public"), asOf: CalendarDate(asOf)!)
    }

    /// `GK505 <file> <item>` for every diagnostic.
    private func found(_ report: BuildReport) -> [String] {
        report.diagnostics.map { "\($0.code.rawValue) \($0.location.file) \($0.location.field ?? "")" }
    }

    static let quarterly = """
        items:
          - id: caiwu
            title: 财务收支情况
            category: 财务
            frequency: 季度
            deadline_day: 10

        """

    @Test func aQuarterOfFinanceDataIsTheQuartersPublication() throws {
        let (work, content) = try site(catalogue: Self.quarterly)
        defer { try? FileManager.default.removeItem(at: work) }
        // Q2 2024 is due by 2024-07-10; the data was published that day. 西岭村 has no data.
        let report = build(content, in: work, asOf: "2024-08-01")
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(found(report) == [
            "GK506 \(Self.xiling)/village.yaml caiwu", "GK506 townships/jianguo/villages/xinhua-shequ/village.yaml caiwu",
        ])
        let page = try TestSupport.read(work.appendingPathComponent("public"), "villages/220681100201/index.html")
        #expect(page.contains("<td>2024年第二季度</td><td>2024年7月10日</td><td>2024年第二季度</td><td>按时公开</td>"))
    }

    @Test func dataPublishedAfterTheDeadlineIsLateAndDataNotYetPublishedDoesNotCount() throws {
        let (work, content) = try site(catalogue: Self.quarterly, edits: [
            ("\(Self.dongling)/finance/2024-Q2.yaml", "published_on: 2024-07-10", "published_on: 2024-07-12"),
        ])
        defer { try? FileManager.default.removeItem(at: work) }
        let late = build(content, in: work, asOf: "2024-08-01")
        #expect(found(late).first == "GK505 \(Self.dongling)/village.yaml caiwu")
        #expect(late.diagnostics.first?.message == "东岭村的“财务收支情况”2024年第二季度应于 2024年7月10日前公开，实际逾期公开")
        // On 2024-07-11 the data of 07-12 was not there yet: missing, not late.
        let before = build(content, in: work, asOf: "2024-07-11")
        #expect(found(before).first == "GK506 \(Self.dongling)/village.yaml caiwu")
    }

    @Test func aMonthlyItemIsNotFulfilledByAQuarter() throws {
        let monthly = Self.quarterly.replacingOccurrences(of: "frequency: 季度", with: "frequency: 月度")
        let (work, content) = try site(catalogue: monthly)
        defer { try? FileManager.default.removeItem(at: work) }
        // June 2024 is due by 2024-07-10: the quarter's data does not say what June was.
        let report = build(content, in: work, asOf: "2024-08-01")
        #expect(report.succeeded)
        #expect(found(report).first == "GK506 \(Self.dongling)/village.yaml caiwu")
        // Naming the monthly item in a quarter's file is an error at that line.
        let named = try site(catalogue: monthly, edits: [
            ("\(Self.dongling)/finance/2024-Q2.yaml", "published_on: 2024-07-10\n", "published_on: 2024-07-10\nitem: caiwu\n"),
        ])
        defer { try? FileManager.default.removeItem(at: named.work) }
        let refused = build(named.content, in: named.work, asOf: "2024-08-01")
        #expect(!refused.succeeded)
        let problem = try #require(refused.diagnostics.first { $0.severity == .error })
        #expect(problem.code == .invalidChoice)
        #expect(problem.location.file == "\(Self.dongling)/finance/2024-Q2.yaml")
        #expect(problem.location.line == 6)
        #expect(problem.message.contains("按月度公开，2024年第二季度的财务数据覆盖一个季度"))
    }

    @Test func anItemTheDataCannotBeIsRefused() throws {
        let catalogue = Self.quarterly + """
              - id: dangwu
                title: 党务公开
                category: 党务
                frequency: 季度
                deadline_day: 10
              - id: zichan
                title: 集体资产发包
                category: 财务
                frequency: 一事一公开

            """
        for (item, code, words) in [
            ("caiwo", DiagnosticCode.unknownReference, "“caiwo”在公开目录中不存在"),
            ("dangwu", .invalidChoice, "是党务事项，财务公开数据只能算作财务类的目录事项"),
            ("zichan", .invalidChoice, "是一事一公开"),
        ] {
            let (work, content) = try site(catalogue: catalogue, edits: [
                ("\(Self.dongling)/finance/2024-Q3.yaml", "published_on: 2024-10-10\n", "published_on: 2024-10-10\nitem: \(item)\n"),
            ])
            defer { try? FileManager.default.removeItem(at: work) }
            let report = build(content, in: work, asOf: "2024-08-01")
            let errors = report.diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.code) == [code], "\(item)")
            #expect(errors.first?.location == SourceLocation(file: "\(Self.dongling)/finance/2024-Q3.yaml", line: 7, column: 7, field: "item"))
            #expect(errors.first?.message.contains(words) == true, "\(errors.first?.message ?? "")")
        }
    }

    @Test func withTwoFinanceItemsTheDataMustSayWhichItIs() throws {
        let two = Self.quarterly + """
              - id: lengcang
                title: 冷藏车间经营情况
                category: 财务
                frequency: 季度
                deadline_day: 10

            """
        let (work, content) = try site(catalogue: two)
        defer { try? FileManager.default.removeItem(at: work) }
        let report = build(content, in: work, asOf: "2024-08-01")
        let dongling = report.diagnostics.filter { $0.location.file == "\(Self.dongling)/village.yaml" }
        #expect(dongling.map { "\($0.code.rawValue) \($0.location.field ?? "")" } == ["GK506 caiwu", "GK506 lengcang"])
        #expect(dongling.allSatisfy { $0.hint.contains("finance/期间.yaml 中写 item") })
        // Naming the item settles it: Q2 counts for caiwu, and lengcang is still missing.
        let (named, namedContent) = try site(catalogue: two, edits: [
            ("\(Self.dongling)/finance/2024-Q2.yaml", "published_on: 2024-07-10\n", "published_on: 2024-07-10\nitem: caiwu\n"),
        ])
        defer { try? FileManager.default.removeItem(at: named) }
        let settled = build(namedContent, in: named, asOf: "2024-08-01")
        #expect(settled.diagnostics.filter { $0.location.file == "\(Self.dongling)/village.yaml" }.map { $0.location.field ?? "" } == ["lengcang"])
    }

    @Test func threeMonthsOfDataAreAQuarterPublishedWithTheLastMonth() throws {
        let (work, content) = try site(catalogue: Self.quarterly)
        defer { try? FileManager.default.removeItem(at: work) }
        let finance = content.appendingPathComponent("\(Self.dongling)/finance")
        // Replace Q3 by July, August and September (nothing happened; the balance stays 30,500.00).
        for name in ["2024-Q3.csv", "2024-Q3.yaml"] { try FileManager.default.removeItem(at: finance.appendingPathComponent(name)) }
        for (month, published) in [("07", "2024-08-05"), ("08", "2024-09-05"), ("09", "2024-10-12")] {
            try "收支,类别,摘要,金额(元)\n".write(to: finance.appendingPathComponent("2024-\(month).csv"), atomically: true, encoding: .utf8)
            try "opening_balance: 30500\nclosing_balance: 30500\nreviewer: 东岭村民主理财小组\nreviewed_on: \(published)\npublished_on: \(published)\n"
                .write(to: finance.appendingPathComponent("2024-\(month).yaml"), atomically: true, encoding: .utf8)
        }
        // Q3 is due by 2024-10-10; September came on 10-12, so the quarter is late.
        let report = build(content, in: work, asOf: "2024-11-01")
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(found(report).first == "GK505 \(Self.dongling)/village.yaml caiwu")
        let page = try TestSupport.read(work.appendingPathComponent("public"), "villages/220681100201/index.html")
        #expect(page.contains("<td>2024年第三季度</td><td>2024年10月10日</td><td>2024年第三季度</td><td>逾期公开</td>"))
    }
}
