import Foundation
import Testing

@testable import GongkaiCore

/// The 四议两公开 steps of projects (`decisions.csv`): shown on the project page as an ordered
/// list and a timeline with its table, missing steps as 未记录; steps out of order fail the
/// build; work started before the resolution is a warning naming village, project and dates.
@Suite struct ProjectDecisionTests {
    static let village = "townships/220681100/villages/220681100201"
    static let page = "villages/220681100201/projects/p1/index.html"

    private func setUp(decisions rows: [String]) throws -> (work: URL, content: URL, output: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        try (["项目编号,步骤,日期,文件,备注"] + rows).joined(separator: "\n").appending("\n")
            .write(to: content.appendingPathComponent("\(Self.village)/decisions.csv"), atomically: true, encoding: .utf8)
        return (work, content, work.appendingPathComponent("public"))
    }

    private func occurrences(of text: String, in page: String) -> Int {
        page.components(separatedBy: text).count - 1
    }

    @Test func theProjectPageListsEveryStepInOrderWithMissingOnesMarked() throws {
        let (work, content, output) = try setUp(decisions: [
            "P1,党组织提议,2024-03-01,村党组织会议记录,根据居民需求 N1 提出",
            "P1,两委商议,2024-03-05,,",
            "P1,村民代表会议决议,2024-04-15,disclosures/ludeng-zhuanxiang.md,实到 28 人，同意 27 人",
        ])
        defer { try? FileManager.default.removeItem(at: work) }
        let report = TestSupport.build(content: content, output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(report.diagnostics.isEmpty)

        let page = try TestSupport.read(output, Self.page)
        let start = try #require(page.range(of: "<ol class=\"decision-steps\">"))
        let end = try #require(page.range(of: "</ol>", range: start.upperBound..<page.endIndex))
        let items = String(page[start.lowerBound..<end.upperBound])
        #expect(occurrences(of: "<li class=\"decision-step", in: items) == 6)
        let order = ["党组织提议", "两委商议", "党员大会审议", "村民代表会议决议", "决议公开", "实施结果公开"].map { items.range(of: "<span class=\"step-name\">\($0)</span>")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "the six steps in the order of the procedure")
        #expect(items.contains("<span class=\"step-name\">党组织提议</span>：<time datetime=\"2024-03-01\">2024年3月1日</time><span class=\"step-document\">；文件：村党组织会议记录</span><span class=\"step-note\">；根据居民需求 N1 提出</span>"))
        #expect(items.contains("<li class=\"decision-step decision-missing\"><span class=\"step-name\">党员大会审议</span>：<span class=\"not-recorded\">未记录</span></li>"))
        #expect(occurrences(of: "<span class=\"not-recorded\">未记录</span>", in: items) == 3)
        #expect(items.contains("文件：<a href=\"../../../../villages/220681100201/disclosures/ludeng-zhuanxiang/\">村道路灯安装工程招标结果公开</a>"))

        // The same steps as a chart with a title, a description and a table.
        #expect(page.contains("<title id=\"project-p1-decisions-title\">村道路灯安装工程 四议两公开步骤</title>"))
        #expect(page.contains("<desc id=\"project-p1-decisions-desc\">党组织提议：2024年3月1日；两委商议：2024年3月5日；党员大会审议：未记录；"))
        #expect(page.contains("<caption>四议两公开步骤（数据）</caption>"))
        #expect(page.contains("<tr><th scope=\"row\">党员大会审议</th><td>未记录</td><td>—</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">村民代表会议决议</th><td>2024年4月15日</td><td>村道路灯安装工程招标结果公开</td></tr>"))
        let svg = try TestSupport.read(output, "villages/220681100201/projects/p1/decisions.svg")
        #expect(svg.contains("6. 实施结果公开"))

        // A project without recorded steps shows no such section.
        let other = try TestSupport.read(output, "villages/220681100201/projects/p2/index.html")
        #expect(!other.contains("decision-steps"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("villages/220681100201/projects/p2/decisions.svg").path))

        // Every link on the pages leads somewhere.
        let prepared = Pipeline.prepare(BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output))
        let bag = DiagnosticBag()
        LinkChecker.check(prepared.renderAll(), diagnostics: bag)
        #expect(bag.items.isEmpty, "\(DiagnosticFormatter.report(bag.items))")
    }

    @Test func workStartedBeforeTheResolutionIsAWarningNamingVillageProjectAndDates() throws {
        let (work, content, output) = try setUp(decisions: [
            "P1,党组织提议,2024-03-01,,",
            "P1,村民代表会议决议,2024-05-10,,",
        ])
        defer { try? FileManager.default.removeItem(at: work) }
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "a warning does not stop the build")
        let warning = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(warning.code == .workStartedBeforeResolution)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "\(Self.village)/projects.csv", line: 2, column: 4, field: "开工日期"))
        for part in ["东岭村", "P1", "村道路灯安装工程", "2024-05-01", "2024-05-10"] {
            #expect(warning.message.contains(part), "\(part)")
        }
        #expect(!TestSupport.build(content: content, output: output, strict: true).succeeded, "--strict fails on it")
    }

    @Test func workStartedWithNoResolutionRecordedIsAWarningToo() throws {
        let (work, content, output) = try setUp(decisions: ["P1,党组织提议,2024-03-01,,", "P1,两委商议,2024-03-05,,"])
        defer { try? FileManager.default.removeItem(at: work) }
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.code) == [.workStartedBeforeResolution])
        let message = try #require(report.diagnostics.first?.message)
        #expect(message.contains("东岭村的项目 P1“村道路灯安装工程”已开工（开工日期 2024-05-01，状态“在建”）"))
        #expect(message.contains("没有村民（代表）会议决议"))
        let page = try TestSupport.read(output, Self.page)
        #expect(occurrences(of: "<span class=\"not-recorded\">未记录</span>", in: page) == 4)
    }

    @Test func stepsOutOfOrderFailTheBuildAndLeaveTheSiteAsItWas() throws {
        let (work, content, output) = try setUp(decisions: [])
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let before = try TestSupport.tree(output)
        try [
            "项目编号,步骤,日期,文件,备注",
            "P1,党组织提议,2024-03-10,,",
            "P1,两委商议,2024-03-05,,",
            "P1,村民会议决议,2024-04-20,,",
            "P1,决议公开,2024-04-18,,",
        ].joined(separator: "\n").write(to: content.appendingPathComponent("\(Self.village)/decisions.csv"), atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.code) == [.decisionStepsOutOfOrder, .resolutionPublishedBeforeResolution])
        #expect(report.diagnostics.map(\.location.line) == [3, 5])
        #expect(report.diagnostics.allSatisfy { $0.location.column == 3 && $0.location.field == "日期" })
        #expect(report.diagnostics[0].message.contains("“两委商议”（2024-03-05）早于应在它之前的“党组织提议”（2024-03-10，第 2 行）"))
        #expect(report.diagnostics[1].message.contains("决议公开日期 2024-04-18 早于村民（代表）会议决议日期 2024-04-20"))
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func aStepMayPointAtAnAttachmentOfANotice() throws {
        let (work, content, output) = try setUp(decisions: [
            "P1,村民代表会议决议,2024-04-15,disclosures/2024-04-huiyi/会议记录.pdf,",
            "P1,决议公开,2024-04-16,disclosures/2024-04-huiyi.md,",
        ])
        defer { try? FileManager.default.removeItem(at: work) }
        let notice = content.appendingPathComponent("\(Self.village)/disclosures/2024-04-huiyi.md")
        try "---\ntitle: 路灯工程村民代表会议决议公开\ncategory: 村务\nperiod: 专项\npublished_on: 2024-04-16\nattachments:\n  - 会议记录.pdf\n---\n会议记录见附件。\n"
            .write(to: notice, atomically: true, encoding: .utf8)
        let folder = content.appendingPathComponent("\(Self.village)/disclosures/2024-04-huiyi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: folder.appendingPathComponent("会议记录.pdf"))
        let report = TestSupport.build(content: content, output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        let page = try TestSupport.read(output, Self.page)
        #expect(page.contains("文件：<a href=\"../../../../villages/220681100201/disclosures/2024-04-huiyi/%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95.pdf\">会议记录.pdf（路灯工程村民代表会议决议公开的附件）</a>"))

        // An attachment the notice does not list cannot be named.
        try "项目编号,步骤,日期,文件,备注\nP1,村民代表会议决议,2024-04-15,disclosures/2024-04-huiyi/会议纪要.pdf,\n"
            .write(to: content.appendingPathComponent("\(Self.village)/decisions.csv"), atomically: true, encoding: .utf8)
        let missing = TestSupport.build(content: content, output: output)
        #expect(missing.diagnostics.map(\.code) == [.decisionDocumentMissing])
        #expect(missing.diagnostics.first?.message.contains("你是不是想写“会议记录.pdf”") == true)
    }

    @Test func theSampleVillageShowsTheRoadProjectsProcedure() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output, asOf: TestSupport.sampleAsOf)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        // The sample's steps and attachments are clean (its one warning, on purpose, is elsewhere).
        #expect(!report.diagnostics.contains { $0.location.file.hasPrefix(Self.village) }, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(!report.diagnostics.contains { ("GK520"..."GK539").contains($0.code.rawValue) })
        let page = try TestSupport.read(output, Self.page)
        #expect(occurrences(of: "<li class=\"decision-step decision-recorded\">", in: page) == 6)
        #expect(page.contains("<span class=\"step-name\">村民代表会议决议</span>：<time datetime=\"2024-04-20\">2024年4月20日</time><span class=\"step-document\">；文件：<a href=\"../../../../villages/220681100201/disclosures/2024-04-daolu-yishiyiyi/\">"))
        let planned = try TestSupport.read(output, "villages/220681100201/projects/p3/index.html")
        #expect(occurrences(of: "<span class=\"not-recorded\">未记录</span>", in: planned) == 4)
    }
}
