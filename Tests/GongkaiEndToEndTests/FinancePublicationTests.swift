import Foundation
import Testing

@testable import GongkaiCore

/// Published finance data is a public record like a notice: every period is in the manifest
/// with a hash of what it publishes, and a later build may neither drop a period (`GK702`) nor
/// change its figures without a correction recorded in its yaml (`GK703`). Saving the same
/// table differently is not a change.
@Suite struct FinancePublicationTests {
    static let folder = "townships/220681100/villages/220681100201/finance"
    static let page = "villages/220681100201/finance/2024-q2/"

    private func setUp() throws -> (work: URL, content: URL, output: URL) {
        try TestSupport.publishedCopy(of: VillageSiteTests.fixture)
    }

    private func edit(_ content: URL, _ name: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent("\(Self.folder)/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "\(name) did not change")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    private func manifest(_ output: URL) throws -> PublicationManifest {
        try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: output.appendingPathComponent(PublicationManifest.fileName)))
    }

    @Test func theManifestListsEveryPeriodWithItsHash() throws {
        let (work, _, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let finance = try #require(try manifest(output).finance)
        #expect(finance.map(\.path) == [Self.page, "villages/220681100201/finance/2024-q3/"])
        let entry = finance[0]
        #expect(entry.source == "\(Self.folder)/2024-Q2.yaml")
        #expect(entry.village == "东岭村")
        #expect(entry.title == "2024年第二季度财务收支公开")
        #expect(entry.publishedOn == "2024-07-10")
        #expect(entry.sha256.count == 64)
        #expect(entry.corrections == 0)
        #expect(!entry.retracted)
        #expect(entry.sha256 != finance[1].sha256)
    }

    @Test func aSiteWithoutFinanceDataWritesTheManifestAsBefore() throws {
        let json = Data(#"{"disclosures":[],"format":1}"#.utf8)
        let old = try JSONDecoder().decode(PublicationManifest.self, from: json)
        #expect(old.finance == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(PublicationManifest(disclosures: [])), as: UTF8.self) == #"{"disclosures":[],"format":1}"#)
    }

    @Test func removingAPublishedPeriodFails() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let before = try TestSupport.tree(output)
        // The last period, so the chain of balances stays whole and only the removal is wrong.
        for name in ["2024-Q3.csv", "2024-Q3.yaml"] {
            try FileManager.default.removeItem(at: content.appendingPathComponent("\(Self.folder)/\(name)"))
        }
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.code) == [.disclosureRemoved])
        let problem = try #require(report.diagnostics.first)
        #expect(problem.location.file == "villages/220681100201/finance/2024-q3/")
        #expect(problem.message == "已于 2024-10-10 发布的财务公开“2024年第三季度村级财务收支公开”（东岭村）在内容中找不到了"
            + "（原来的文件是 \(Self.folder)/2024-Q3.yaml）")
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func changingAFigureFailsUntilACorrectionIsRecorded() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        // 幸福院取暖费 6,000.00 → 6,300.00: 支出合计 31,800.00, 期末余额 30,200.00.
        try edit(content, "2024-Q2.csv") {
            $0.replacingOccurrences(of: "\"6,000.00\"", with: "\"6,300.00\"").replacingOccurrences(of: "\"31,500.00\"", with: "\"31,800.00\"")
        }
        try edit(content, "2024-Q2.yaml") { $0.replacingOccurrences(of: "closing_balance: 30,500.00", with: "closing_balance: 30,200.00") }
        try edit(content, "2024-Q3.yaml") {
            $0.replacingOccurrences(of: "opening_balance: 30500", with: "opening_balance: 30200")
                .replacingOccurrences(of: "closing_balance: 45277.78", with: "closing_balance: 44977.78")
        }
        let before = try TestSupport.tree(output)
        let silent = TestSupport.build(content: content, output: output)
        #expect(!silent.succeeded)
        // Both periods changed: Q2's figures, and Q3's balances carried from it.
        #expect(silent.diagnostics.map(\.code) == [.disclosureChangedSilently, .disclosureChangedSilently])
        #expect(silent.diagnostics.map(\.location.file) == ["\(Self.folder)/2024-Q2.yaml", "\(Self.folder)/2024-Q3.yaml"])
        #expect(silent.diagnostics[0].message == "已于 2024-07-10 发布的财务公开“2024年第二季度财务收支公开”被修改了"
            + "（\(Self.folder)/2024-Q2.csv 或 \(Self.folder)/2024-Q2.yaml），但没有记录更正")
        #expect(try TestSupport.tree(output) == before)

        try edit(content, "2024-Q2.yaml") { $0 + "corrections:\n  - date: 2024-07-25\n    reason: 幸福院取暖费漏记 300.00 元，支出合计和期末余额相应更正\n" }
        try edit(content, "2024-Q3.yaml") { $0 + "corrections:\n  - date: 2024-10-20\n    reason: 第二季度期末余额更正后，本期期初、期末余额相应更正\n" }
        let corrected = TestSupport.build(content: content, output: output)
        #expect(corrected.succeeded, "\(DiagnosticFormatter.report(corrected.diagnostics))")
        let page = try TestSupport.read(output, Self.page + "index.html")
        #expect(page.contains("<h2 id=\"corrections\">更正说明</h2>"))
        #expect(page.contains("<li>2024年7月25日更正：幸福院取暖费漏记 300.00 元，支出合计和期末余额相应更正</li>"))
        #expect(page.contains("= 期末余额 <strong>¥30,200.00</strong>"))
        let index = try TestSupport.read(output, "villages/220681100201/finance/index.html")
        #expect(index.contains("2024年第二季度</a><span class=\"state\">（已更正）</span></th>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(Self.page + "finance-2024-q2.json"))) as? [String: Any])
        #expect((json["corrections"] as? [[String: String]])?.first?["date"] == "2024-07-25")
        let feed = try TestSupport.read(output, "villages/220681100201/feed.xml")
        #expect(feed.contains("<summary>东岭村 · 财务 · 2024年第二季度 · 期末余额 ¥30,200.00 · 已更正</summary>"))
        #expect(try manifest(output).finance?.first?.corrections == 1)

        // The correction covers that change only: another needs another correction.
        try edit(content, "2024-Q2.csv") { $0.replacingOccurrences(of: "村部门市房租金", with: "村部门市房屋租金") }
        let again = TestSupport.build(content: content, output: output)
        #expect(again.diagnostics.map(\.code) == [.disclosureChangedSilently])
    }

    @Test func savingTheSameFiguresDifferentlyIsNoChange() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let hashes = try manifest(output).finance?.map(\.sha256)
        let url = content.appendingPathComponent("\(Self.folder)/2024-Q2.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        // Rows in another order, no stated totals, amounts without separators, then saved by
        // Excel on Chinese Windows: GB18030 with CRLF.
        var lines = text.split(separator: "\n").map(String.init).filter { !$0.contains("合计") && !$0.contains("小计") }
        lines = [lines[0]] + lines.dropFirst().reversed()
        let rewritten = (lines.joined(separator: "\r\n") + "\r\n")
            .replacingOccurrences(of: "\"40,000.00\"", with: "40000").replacingOccurrences(of: "\"1,500.00\"", with: "1500.0")
        try #require(GB18030.encode(rewritten)).write(to: url)
        // The balances written without separators, and the period now names a catalogue item
        // (which, as for notices, is not part of what was published).
        try edit(content, "2024-Q2.yaml") { $0.replacingOccurrences(of: "10,000.00", with: "10000") + "item: caiwu\n" }
        try "items:\n  - id: caiwu\n    title: 财务收支情况\n    category: 财务\n    frequency: 季度\n    deadline_day: 10\n"
            .write(to: content.appendingPathComponent("catalogue.yaml"), atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(try manifest(output).finance?.map(\.sha256) == hashes)
    }

    @Test func aCleanCheckoutChecksAgainstAGivenManifest() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let saved = work.appendingPathComponent("published-manifest.json")
        try FileManager.default.copyItem(at: output.appendingPathComponent(PublicationManifest.fileName), to: saved)
        try edit(content, "2024-Q3.yaml") { $0.replacingOccurrences(of: "reviewed_on: 2024-10-08", with: "reviewed_on: 2024-10-09") }
        let report = Pipeline.build(BuildOptions(
            contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: work.appendingPathComponent("fresh"),
            previousManifest: saved))
        #expect(report.diagnostics.map(\.code) == [.disclosureChangedSilently])
        #expect(report.diagnostics.first?.location.file == "\(Self.folder)/2024-Q3.yaml")
    }

    @Test func aCorrectionDatedBeforePublicationIsRefused() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        try edit(content, "2024-Q2.yaml") { $0 + "corrections:\n  - date: 2024-07-01\n    reason: 提前更正\n" }
        let report = TestSupport.build(content: content, output: output)
        #expect(report.diagnostics.map(\.code) == [.datesOutOfOrder])
        #expect(report.diagnostics.first?.location == SourceLocation(file: "\(Self.folder)/2024-Q2.yaml", line: 7, column: 11, field: "corrections[1].date"))
    }
}
