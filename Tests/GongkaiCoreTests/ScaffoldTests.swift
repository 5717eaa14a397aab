import Foundation
import Testing
@testable import GongkaiCore

/// The pieces of `gongkai new`: texts written safely into YAML and CSV, the id rules, the
/// writer that never overwrites, and scaffolds that list every field the decoders know.
@Suite("Scaffold")
struct ScaffoldTests {
    // MARK: - Helpers

    /// Reads `key: <scalar>` back through the same YAML code the build uses.
    func readBack(_ scalar: String) throws -> String? {
        let bag = DiagnosticBag()
        let node = try #require(YAMLDocument.parse(TextFile(path: "t.yaml", text: "key: \(scalar)\n"), diagnostics: bag))
        let reader = try #require(MappingReader(YAMLValue(ParsedYAML(file: "t.yaml", node: node)), allowed: ["key"], diagnostics: bag, what: "t"))
        return reader.string("key", required: false, label: "t")
    }

    func readBackFlow(_ items: [String]) throws -> [String] {
        let bag = DiagnosticBag()
        let text = "key: [\(items.map { ScaffoldText.yaml($0, flow: true) }.joined(separator: ", "))]\n"
        let node = try #require(YAMLDocument.parse(TextFile(path: "t.yaml", text: text), diagnostics: bag))
        let reader = try #require(MappingReader(YAMLValue(ParsedYAML(file: "t.yaml", node: node)), allowed: ["key"], diagnostics: bag, what: "t"))
        return reader.stringList("key", label: "t")
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-scaffold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The keys a scaffolded YAML text mentions, written or commented out.
    func mentionedKeys(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").compactMap { line -> String? in
            var rest = line.drop { $0 == " " || $0 == "#" || $0 == "-" }
            rest = rest.drop { $0 == " " }
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            let key = rest[..<colon]
            return key.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "_") } && !key.isEmpty ? String(key) : nil
        })
    }

    // MARK: - YAML and CSV text

    @Test(arguments: [
        "六道沟镇", "2025年第一季度财务收支公开", "关于: 冒号", "#开头", "- 开头", "null", "true", "~", "含 #号", "结尾冒号:",
        "“引号”", "\"英文引号\"", "反斜杠\\", "[方括号]", "12:30 会议", "100%", "@某",
    ])
    func yamlScalarsReadBackUnchanged(text: String) throws {
        #expect(try readBack(ScaffoldText.yaml(text)) == text)
    }

    @Test func plainChineseTextIsNotQuoted() {
        #expect(ScaffoldText.yaml("六道沟村") == "六道沟村")
        #expect(ScaffoldText.yaml("关于: 冒号") == "\"关于: 冒号\"")
    }

    @Test func flowItemsReadBackUnchanged() throws {
        let items = ["序号", "事项名称", "依据[法规]", "甲,乙", "名称: 值", "\"引号\""]
        #expect(try readBackFlow(items) == items)
    }

    @Test func csvCellsAreQuotedOnlyWhenNeeded() {
        #expect(ScaffoldText.csvCell("序号") == "序号")
        #expect(ScaffoldText.csvCell("甲,乙") == "\"甲,乙\"")
        #expect(ScaffoldText.csvCell("说\"明\"") == "\"说\"\"明\"\"\"")
    }

    @Test func csvFilesStartWithAByteOrderMark() {
        let file = ScaffoldFile(path: "t.csv", csvRows: [["编号", "需求"]])
        #expect(Array(file.contents.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: file.contents.dropFirst(3), as: UTF8.self) == "编号,需求\n")
    }

    @Test func textsMustBeOneLineWithoutPersonalData() {
        #expect(throws: ScaffoldError.self) { try ScaffoldText.line("  ", label: "名称") }
        #expect(throws: ScaffoldError.self) { try ScaffoldText.line("第一行\n第二行", label: "名称") }
        #expect(throws: ScaffoldError.self) { try ScaffoldText.line("联系 13812345678", label: "名称") }
        #expect((try? ScaffoldText.line("  六道沟村 ", label: "名称")) == "六道沟村")
    }

    @Test func listColumnsAreSplitOnEitherComma() throws {
        #expect(try ListScaffold.parseColumns("序号,事项名称，责任主体") == ["序号", "事项名称", "责任主体"])
        #expect(throws: ScaffoldError.self) { try ListScaffold.parseColumns("序号,,责任主体") }
        #expect(throws: ScaffoldError.self) { try ListScaffold.parseColumns("序号,序号") }
        #expect(throws: ScaffoldError.self) { try ListScaffold.parseColumns("") }
    }

    // MARK: - Ids

    @Test func townshipIDsAreCodesOrSlugs() {
        #expect((try? ScaffoldID.township("220681100")) != nil)
        #expect((try? ScaffoldID.township("liudaogou")) != nil)
        #expect(throws: ScaffoldError.self) { try ScaffoldID.township("2206811") }
        #expect(throws: ScaffoldError.self) { try ScaffoldID.township("Liudaogou") }
        #expect(throws: ScaffoldError.self) { try ScaffoldID.township("liu_dao") }
    }

    @Test func villageCodesStartWithTheTownshipCode() {
        #expect((try? ScaffoldID.village("220681100201", townshipID: "220681100", townshipCode: "220681100")) != nil)
        #expect((try? ScaffoldID.village("220681100201", townshipID: "liudaogou", townshipCode: nil)) != nil)
        #expect((try? ScaffoldID.village("xiaoshan", townshipID: "220681100", townshipCode: "220681100")) != nil)
        #expect(throws: ScaffoldError.self) { try ScaffoldID.village("220681101201", townshipID: "220681100", townshipCode: "220681100") }
        #expect(throws: ScaffoldError.self) { try ScaffoldID.village("22068110020", townshipID: "220681100", townshipCode: "220681100") }
    }

    @Test(arguments: ["\"220681100\"", "220681100"])
    func aSlugTownshipsCodeFieldIsCheckedToo(code: String) throws {
        let content = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: content) }
        let township = content.appendingPathComponent("townships/liudaogou")
        try FileManager.default.createDirectory(at: township, withIntermediateDirectories: true)
        try Data("name: 六道沟镇\nkind: 镇\ncode: \(code)   # 行政区划代码\n".utf8).write(to: township.appendingPathComponent("township.yaml"))
        #expect(throws: ScaffoldError.self) {
            try VillageScaffold.create(townshipID: "liudaogou", id: "220681101201", name: "小山村", kind: "村", lists: "三项清单", content: content)
        }
        let result = try VillageScaffold.create(
            townshipID: "liudaogou", id: "220681100201", name: "小山村", kind: "村", lists: "三项清单", content: content)
        #expect(result.files.contains("townships/liudaogou/villages/220681100201/village.yaml"))
    }

    // MARK: - Writer

    @Test func theWriterNeverOverwrites() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("原有".utf8).write(to: root.appendingPathComponent("a.txt"))
        var plan = ScaffoldPlan()
        plan.files = [ScaffoldFile(path: "new/b.txt", text: "b"), ScaffoldFile(path: "a.txt", text: "新")]
        #expect(throws: ScaffoldError.self) { try ScaffoldWriter.write(plan, into: root) }
        #expect(try String(contentsOf: root.appendingPathComponent("a.txt"), encoding: .utf8) == "原有")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("new").path))
    }

    @Test func aFailedWriteTakesBackWhatItCreated() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data().write(to: root.appendingPathComponent("blocker"))
        var plan = ScaffoldPlan()
        plan.files = [ScaffoldFile(path: "one/two/a.txt", text: "a"), ScaffoldFile(path: "blocker/b.txt", text: "b")]
        plan.emptyFolders = ["empty"]
        #expect(throws: ScaffoldError.self) { try ScaffoldWriter.write(plan, into: root) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["blocker"])
    }

    @Test func theWriterReportsOnlyFoldersLeftEmpty() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var plan = ScaffoldPlan()
        plan.files = [ScaffoldFile(path: "v/disclosures/a.md", text: "a")]
        plan.emptyFolders = ["v/disclosures", "v/lists"]
        let result = try ScaffoldWriter.write(plan, into: root)
        #expect(result.emptyFolders == ["v/lists"])
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("v/lists").path))
    }

    // MARK: - Every field present

    @Test func theVillageFileMentionsEveryField() throws {
        let plan = VillageScaffold.files(id: "xiaoshan", name: "小山村", kind: .village, lists: .four)
        let yaml = try #require(plan.files.first { $0.path == "village.yaml" })
        let keys = mentionedKeys(String(decoding: yaml.contents, as: UTF8.self))
        for field in VillageDecoder.fields + VillageFactsDecoder.fields + ["role", "phone", "hours"] {
            #expect(keys.contains(field), "\(field)")
        }
        #expect(Set(plan.files.map(\.path)) == [
            "village.yaml", "services.csv", "needs.csv", "resources.csv", "projects.csv", "responsibilities.csv",
        ])
        #expect(plan.emptyFolders == ["disclosures"])
    }

    @Test func theThreeListSystemHasNoResponsibilities() {
        let plan = VillageScaffold.files(id: "xiaoshan", name: "小山村", kind: .village, lists: .three)
        #expect(!plan.files.contains { $0.path == "responsibilities.csv" })
    }

    @Test func everyTableHasEveryColumnOfItsSchema() throws {
        let plan = VillageScaffold.files(id: "xiaoshan", name: "小山村", kind: .community, lists: .four)
        let schemas: [String: TableSchema] = [
            "services.csv": ServiceListDecoder.schema, "needs.csv": NeedListDecoder.schema, "resources.csv": ResourceListDecoder.schema,
            "projects.csv": ProjectListDecoder.schema, "responsibilities.csv": ResponsibilityListDecoder.schema,
        ]
        for (path, schema) in schemas {
            let file = try #require(plan.files.first { $0.path == path })
            let lines = String(decoding: file.contents.dropFirst(3), as: UTF8.self).split(separator: "\n")
            #expect(lines.count == 2, "\(path): header and one example row")
            #expect(lines.first.map(String.init) == schema.columns.map(\.header).joined(separator: ","), "\(path)")
        }
    }

    @Test func theTownshipFileMentionsEveryField() throws {
        let plan = TownshipScaffold.files(id: "220681100", name: "六道沟镇", kind: .zhen)
        let yaml = try #require(plan.files.first)
        let keys = mentionedKeys(String(decoding: yaml.contents, as: UTF8.self))
        #expect(keys.isSuperset(of: ["name", "kind", "code", "address", "phone", "summary"]))
        #expect(plan.emptyFolders == ["villages"])
    }

    @Test func thePlanFilesMentionEveryField() throws {
        let plan = SiteScaffold.contentFiles()
        func keys(_ path: String) throws -> Set<String> {
            let file = try #require(plan.files.first { $0.path == path })
            return mentionedKeys(String(decoding: file.contents, as: UTF8.self))
        }
        #expect(try keys("site.yaml").isSuperset(of: ["title", "region", "base_url", "description", "publisher", "privacy"]))
        #expect(try keys("plan/plan.yaml").isSuperset(of: [
            "title", "issuer", "document_number", "issued_on", "period", "start", "end", "baseline_year", "basis",
            "actuals_note", "summary", "goals",
        ]))
        #expect(try keys("plan/indicators.yaml").isSuperset(of: Set(IndicatorDecoder.fields + ["title", "indicators"])))
        #expect(try keys("plan/columns.yaml").isSuperset(of: ["columns", "number", "title", "section", "items", "text", "targets", "year", "value"]))
        #expect(try keys("plan/tasks.yaml").isSuperset(of: ["sections", "number", "title", "tasks", "text", "responsible", "responsible_also"]))
        #expect(try keys("pages/about.md").isSuperset(of: ["title", "slug", "order", "menu"]))
    }

    @Test func theDisclosureFileMentionsEveryField() throws {
        let file = DisclosureScaffold.file(
            slug: "2025-q1-caiwu", title: "标题", category: .finance, period: "2025-Q1", date: try #require(CalendarDate("2025-04-05")))
        #expect(file.path == "disclosures/2025-q1-caiwu.md")
        let text = String(decoding: file.contents, as: UTF8.self)
        #expect(text.hasPrefix("---\n"))
        #expect(mentionedKeys(text).isSuperset(of: ["title", "category", "period", "published_on", "corrections", "retraction", "date", "reason"]))
        #expect(text.contains("published_on: 2025-04-05"))
    }

    @Test func theFinanceFilesMentionEveryFieldAndCarryTheBalance() throws {
        let plan = FinanceScaffoldFiles.files(FinanceScaffoldFiles.Period(
            name: "2025-Q4", period: .quarter(year: 2025, quarter: 4), opening: Money(fen: 4_527_778), previous: .quarter(year: 2025, quarter: 3),
            reviewer: "东岭村民主理财小组", reviewedOn: try #require(CalendarDate("2026-01-08")),
            publishedOn: try #require(CalendarDate("2026-01-10"))))
        #expect(plan.files.map(\.path) == ["finance/2025-Q4.yaml", "finance/2025-Q4.csv"])
        let yaml = String(decoding: plan.files[0].contents, as: UTF8.self)
        #expect(mentionedKeys(yaml) == Set(FinanceBalanceDecoder.fields + ["date", "reason"]))
        #expect(yaml.contains("\nopening_balance: 45,277.78 "))
        #expect(yaml.contains("\nclosing_balance: 45,277.78 "))
        #expect(yaml.contains("上一期（2025年第三季度）的期末余额"))
        // The table is the header of the items, with no example row to publish by mistake.
        #expect(plan.files[1].contents == Data([0xEF, 0xBB, 0xBF]) + Data("收支,类别,摘要,金额(元),凭证号,日期,备注\n".utf8))
        #expect(FinanceScaffold.fileName(.quarter(year: 2025, quarter: 4)) == "2025-Q4")
        #expect(FinanceScaffold.fileName(.month(year: 2025, month: 3)) == "2025-03")
    }
}
