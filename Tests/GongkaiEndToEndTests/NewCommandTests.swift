import Foundation
import Testing

/// `gongkai new`, run as the real executable: a new site builds cleanly under `--strict`,
/// and so does every township, village, disclosure, list and period of finance data added to it; refusals exit with
/// 1 and change nothing.
@Suite struct NewCommandTests {
    // MARK: - Helpers

    /// A new site made by `gongkai new site` in a fresh temporary folder.
    struct NewSite {
        let folder: URL
        var site: URL { folder.appendingPathComponent("site") }
        var content: URL { site.appendingPathComponent("content") }
        var output: URL { site.appendingPathComponent("public") }

        init() throws {
            folder = try TestSupport.temporaryFolder()
            let result = try TestSupport.run(["new", "site", "site", "--templates", TestSupport.templates.path], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }

        /// Runs `gongkai new …` against this site's content folder.
        func new(_ arguments: [String]) throws -> TestSupport.RunResult {
            try TestSupport.run(["new"] + arguments + ["--content", content.path], in: folder)
        }

        /// Builds the site with `--strict`, expecting success and no diagnostics at all.
        func buildStrictly(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let result = try TestSupport.run(
                ["build", "--content", content.path, "--templates", site.appendingPathComponent("templates").path,
                 "--output", output.path, "--strict"],
                in: folder)
            #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(!result.stderr.contains("GK"), "\(result.stderr)", sourceLocation: sourceLocation)
        }

        func exists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
        }
    }

    /// Expects a refusal: exit status 1, a message on standard error, and no file changed.
    func expectRefusal(_ arguments: [String], in site: NewSite, mentioning words: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let before = try TestSupport.tree(site.content)
        let foldersBefore = try folderCount(site.content)
        let result = try site.new(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stdout)", sourceLocation: sourceLocation)
        for word in words {
            #expect(result.stderr.contains(word), "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(result.stderr.contains("没有新建或改动任何文件"), sourceLocation: sourceLocation)
        #expect(try TestSupport.tree(site.content) == before, "\(arguments) changed the content", sourceLocation: sourceLocation)
        #expect(try folderCount(site.content) == foldersBefore, "\(arguments) left a folder behind", sourceLocation: sourceLocation)
    }

    /// Folders count too: a refusal must not leave an empty folder behind.
    func folderCount(_ folder: URL) throws -> Int {
        var count = 0
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true { count += 1 }
        }
        return count
    }

    // MARK: - A new site and every piece added to it

    @Test func aNewSiteAndEveryPieceAddedToItBuildStrictly() throws {
        let site = try NewSite()
        defer { site.remove() }
        try site.buildStrictly()
        #expect(site.exists("index.html"))
        #expect(site.exists("plan/index.html"))
        #expect(site.exists("about/index.html"))
        #expect(site.exists("townships/shili-zhen/index.html"))
        #expect(site.exists("villages/shili-cun/index.html"))
        #expect(site.exists("villages/shili-cun/disclosures/2025-q1-caiwu/index.html"))

        var result = try site.new(["township", "220681100", "--name", "六道沟镇", "--kind", "镇"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("townships/220681100/township.yaml"))
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("townships/220681100/villages").path))
        try site.buildStrictly()
        #expect(site.exists("townships/220681100/index.html"))

        result = try site.new(["village", "220681100", "220681100201", "--name", "六道沟村", "--kind", "村", "--lists", "四项清单"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("responsibilities.csv"))
        try site.buildStrictly()
        #expect(site.exists("villages/220681100201/index.html"))
        #expect(try TestSupport.read(site.output, "townships/220681100/index.html").contains("六道沟村"))

        result = try site.new(["village", "220681100", "hongshi", "--name", "红石社区", "--kind", "社区"])
        #expect(result.status == 0, "\(result.stderr)")
        try site.buildStrictly()
        #expect(site.exists("villages/hongshi/index.html"))

        result = try site.new([
            "disclosure", "220681100201", "2025-q1-caiwu", "--title", "2025年第一季度财务收支公开", "--category", "财务",
            "--period", "2025-Q1", "--date", "2025-04-05",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        try site.buildStrictly()
        let disclosure = try TestSupport.read(site.output, "villages/220681100201/disclosures/2025-q1-caiwu/index.html")
        #expect(disclosure.contains("2025年第一季度财务收支公开"))

        result = try site.new(["disclosure", "hongshi", "2025-bianqiao", "--title", "便桥修缮: 结果公示", "--category", "村务", "--period", "专项", "--date", "2025-06-01"])
        #expect(result.status == 0, "\(result.stderr)")
        try site.buildStrictly()
        #expect(try TestSupport.read(site.output, "villages/hongshi/disclosures/2025-bianqiao/index.html").contains("便桥修缮: 结果公示"))

        result = try site.new(["list", "220681100201", "xiaowei-quanli", "--title", "小微权力清单", "--columns", "序号,事项名称,责任主体,办理流程"])
        #expect(result.status == 0, "\(result.stderr)")
        try site.buildStrictly()
        let list = try TestSupport.read(site.output, "villages/220681100201/lists/xiaowei-quanli/index.html")
        #expect(list.contains("小微权力清单"))
        #expect(list.contains("办理流程"))
    }

    @Test func piecesCanBeAddedFromInsideTheSiteFolder() throws {
        let site = try NewSite()
        defer { site.remove() }
        let result = try TestSupport.run(["new", "township", "liudaogou", "--name", "六道沟镇", "--kind", "乡"], in: site.site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("content/townships/liudaogou/township.yaml"))
        let village = try TestSupport.run(["new", "village", "liudaogou", "liudaogou-cun", "--name", "六道沟村", "--kind", "村"], in: site.site)
        #expect(village.status == 0, "\(village.stderr)")
        try site.buildStrictly()
        #expect(site.exists("villages/liudaogou-cun/index.html"))
    }

    @Test func aNewSiteIsTheSameEveryTime() throws {
        let first = try NewSite(), second = try NewSite()
        defer { first.remove(); second.remove() }
        #expect(try TestSupport.tree(first.site) == TestSupport.tree(second.site))
    }

    @Test func aNewSiteCopiesTheDefaultTemplatesFromTheCurrentFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("新网站")
        let result = try TestSupport.run(["new", "site", target.path], in: TestSupport.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("content/site.yaml"))
        #expect(result.stdout.contains("gongkai build"))
        let copied = try TestSupport.tree(target.appendingPathComponent("templates"))
        let original = try TestSupport.tree(TestSupport.templates).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(copied == original)
    }

    @Test func anEmptyExistingFolderIsFine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(["new", "site", ".", "--templates", TestSupport.templates.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/site.yaml").path))
    }

    // MARK: - Refusals

    @Test func aNewSiteIsNotMadeInAFolderWithFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("我的笔记".utf8).write(to: target.appendingPathComponent("笔记.txt"))
        let before = try TestSupport.tree(target)
        let result = try TestSupport.run(["new", "site", "site", "--templates", TestSupport.templates.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("不是空的"))
        #expect(result.stderr.contains("笔记.txt"))
        #expect(try TestSupport.tree(target) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["笔记.txt"])
    }

    @Test func aNewSiteWithoutTemplatesSaysWhereToFindThem() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(["new", "site", "site"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--templates"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func villageRefusals() throws {
        let site = try NewSite()
        defer { site.remove() }
        #expect(try site.new(["township", "220681100", "--name", "六道沟镇", "--kind", "镇"]).status == 0)
        // The id is taken in another township.
        try expectRefusal(["village", "220681100", "shili-cun", "--name", "重复村", "--kind", "村"], in: site, mentioning: ["shili-cun", "唯一"])
        // The id is taken in the same township.
        try expectRefusal(["village", "shili-zhen", "shili-cun", "--name", "重复村", "--kind", "村"], in: site, mentioning: ["shili-cun"])
        try expectRefusal(["village", "nowhere", "xiaoshan", "--name", "小山村", "--kind", "村"], in: site, mentioning: ["nowhere", "new township"])
        try expectRefusal(["village", "220681100", "220681101201", "--name", "小山村", "--kind", "村"], in: site, mentioning: ["前 9 位"])
        try expectRefusal(["village", "220681100", "2206811002", "--name", "小山村", "--kind", "村"], in: site, mentioning: ["12 位"])
        try expectRefusal(["village", "220681100", "XiaoShan", "--name", "小山村", "--kind", "村"], in: site, mentioning: ["XiaoShan"])
        try expectRefusal(["village", "220681100", "xiaoshan", "--name", "小山村", "--kind", "镇"], in: site, mentioning: ["村、社区"])
        try expectRefusal(
            ["village", "220681100", "xiaoshan", "--name", "小山村", "--kind", "村", "--lists", "五项清单"], in: site, mentioning: ["四项清单"])
        try expectRefusal(["village", "220681100", "xiaoshan", "--name", "小山村 13812345678", "--kind", "村"], in: site, mentioning: ["手机号码"])
    }

    @Test func townshipRefusals() throws {
        let site = try NewSite()
        defer { site.remove() }
        try expectRefusal(["township", "shili-zhen", "--name", "示例镇", "--kind", "镇"], in: site, mentioning: ["已经有了"])
        try expectRefusal(["township", "Liu_Dao", "--name", "六道沟镇", "--kind", "镇"], in: site, mentioning: ["Liu_Dao"])
        try expectRefusal(["township", "22068110", "--name", "六道沟镇", "--kind", "镇"], in: site, mentioning: ["9 位"])
        try expectRefusal(["township", "liudaogou", "--name", "六道沟镇", "--kind", "县"], in: site, mentioning: ["乡、镇、街道"])
        let missing = try TestSupport.run(["new", "township", "liudaogou", "--name", "六道沟镇", "--kind", "镇"], in: site.folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("找不到内容文件夹"))
    }

    @Test func disclosureAndListRefusals() throws {
        let site = try NewSite()
        defer { site.remove() }
        func disclosure(_ slug: String, village: String = "shili-cun", category: String = "财务", period: String = "2025-Q2", date: String = "2025-07-10") -> [String] {
            ["disclosure", village, slug, "--title", "第二季度财务公开", "--category", category, "--period", period, "--date", date]
        }
        // The site's example disclosure is never overwritten.
        try expectRefusal(disclosure("2025-q1-caiwu"), in: site, mentioning: ["已有文件", "2025-q1-caiwu.md"])
        try expectRefusal(disclosure("2025_Q2"), in: site, mentioning: ["2025_Q2"])
        try expectRefusal(disclosure("2025-q2-caiwu", village: "nobody"), in: site, mentioning: ["nobody"])
        try expectRefusal(disclosure("2025-q2-caiwu", category: "财"), in: site, mentioning: ["党务、村务、财务"])
        try expectRefusal(disclosure("2025-q2-caiwu", period: "2025-Q5"), in: site, mentioning: ["2025-Q5"])
        try expectRefusal(disclosure("2025-q2-caiwu", date: "2025-02-30"), in: site, mentioning: ["2025-02-30"])
        try expectRefusal(["list", "shili-cun", "Xiaowei", "--title", "小微权力清单", "--columns", "序号,事项"], in: site, mentioning: ["Xiaowei"])
        try expectRefusal(["list", "shili-cun", "xiaowei", "--title", "小微权力清单", "--columns", "序号,,事项"], in: site, mentioning: ["空的列名"])
        #expect(try site.new(["list", "shili-cun", "xiaowei", "--title", "小微权力清单", "--columns", "序号,事项"]).status == 0)
        try expectRefusal(["list", "shili-cun", "xiaowei", "--title", "又一个", "--columns", "序号"], in: site, mentioning: ["xiaowei.yaml"])
    }

    @Test func financePeriodsFollowOneAnotherAndBuildStrictly() throws {
        let site = try NewSite()
        defer { site.remove() }
        let folder = site.content.appendingPathComponent("townships/shili-zhen/villages/shili-cun/finance")
        var result = try site.new(["finance", "shili-cun", "2025-Q1", "--date", "2025-04-10"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("finance/2025-Q1.yaml"))
        #expect(result.stdout.contains("finance/2025-Q1.csv"))
        // As written it builds, into another folder: building into the site's output publishes it.
        let preview = try TestSupport.run(
            ["build", "--content", site.content.path, "--templates", site.site.appendingPathComponent("templates").path,
             "--output", site.folder.appendingPathComponent("preview").path, "--strict"],
            in: site.folder)
        #expect(preview.status == 0, "\(preview.stderr)")
        let first = try TestSupport.read(site.folder.appendingPathComponent("preview"), "villages/shili-cun/finance/2025-q1/index.html")
        #expect(first.contains("<div><dt>审核</dt><dd>示例村民主理财小组，2025年4月10日</dd></div>"))
        #expect(first.contains("本期没有收入。"))

        // The village fills in the quarter before publishing it: 1,500.00 in, 265.50 out, closing 1,234.50.
        let table = folder.appendingPathComponent("2025-Q1.csv")
        try (try String(contentsOf: table, encoding: .utf8) + "收入,补助收入,运转经费,\"1,500.00\",,2025-02-10,\n支出,管理费用,办公费,265.50,,,\n")
            .write(to: table, atomically: true, encoding: .utf8)
        let balances = folder.appendingPathComponent("2025-Q1.yaml")
        try (try String(contentsOf: balances, encoding: .utf8)).replacingOccurrences(of: "closing_balance: 0.00", with: "closing_balance: 1,234.50")
            .write(to: balances, atomically: true, encoding: .utf8)
        try site.buildStrictly()

        // The next period is monthly and opens with the quarter's closing balance; as written it builds.
        result = try site.new([
            "finance", "shili-cun", "2025-04", "--date", "2025-05-08", "--reviewer", "示例村村务监督委员会", "--reviewed-on", "2025-05-06",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let april = try String(contentsOf: folder.appendingPathComponent("2025-04.yaml"), encoding: .utf8)
        #expect(april.contains("\nopening_balance: 1,234.50 "))
        #expect(april.contains("\nclosing_balance: 1,234.50 "))
        #expect(april.contains("\nreviewer: 示例村村务监督委员会 "))
        try site.buildStrictly()
        let page = try TestSupport.read(site.output, "villages/shili-cun/finance/2025-04/index.html")
        #expect(page.contains("期初余额 <strong>¥1,234.50</strong> + 本期收入 <strong>¥0.00</strong> − 本期支出 <strong>¥0.00</strong> = 期末余额 <strong>¥1,234.50</strong>"))
        #expect(page.contains("上一期：2025年第一季度"))
    }

    @Test func financeRefusals() throws {
        let site = try NewSite()
        defer { site.remove() }
        func finance(_ period: String, village: String = "shili-cun", date: String = "2025-07-10", extra: [String] = []) -> [String] {
            ["finance", village, period, "--date", date] + extra
        }
        try expectRefusal(finance("2025-Q5"), in: site, mentioning: ["2025-Q5", "月份或季度"])
        try expectRefusal(finance("2025"), in: site, mentioning: ["2025-03", "2025-Q1"])
        try expectRefusal(finance("2025-Q2", date: "2025-06-20"), in: site, mentioning: ["早于本期", "2025-06-30"])
        try expectRefusal(finance("2025-Q2", extra: ["--reviewed-on", "2025-07-11"]), in: site, mentioning: ["晚于公开日期"])
        try expectRefusal(finance("2025-Q2", date: "2025-07-32"), in: site, mentioning: ["2025-07-32"])
        try expectRefusal(finance("2025-Q2", village: "nobody"), in: site, mentioning: ["nobody"])
        try expectRefusal(finance("2025-Q2", extra: ["--reviewer", "理财小组 13812345678"]), in: site, mentioning: ["手机号码"])

        #expect(try site.new(finance("2025-Q2")).status == 0)
        // The same months again, before, or after a gap.
        try expectRefusal(finance("2025-05"), in: site, mentioning: ["2025-Q2", "重叠"])
        try expectRefusal(finance("2025-Q1", date: "2025-04-10"), in: site, mentioning: ["更晚的一期", "2025-Q2"])
        try expectRefusal(finance("2025-Q4", date: "2026-01-10"), in: site, mentioning: ["缺少 2025年7月至9月"])
        // A previous balance that cannot be read is not guessed.
        let balances = site.content.appendingPathComponent("townships/shili-zhen/villages/shili-cun/finance/2025-Q2.yaml")
        try (try String(contentsOf: balances, encoding: .utf8)).replacingOccurrences(of: "closing_balance: 0.00", with: "closing_balance: 十元")
            .write(to: balances, atomically: true, encoding: .utf8)
        try expectRefusal(finance("2025-Q3", date: "2025-10-10"), in: site, mentioning: ["十元", "2025-Q2.yaml"])
    }

    @Test func helpListsEveryKindOfPiece() throws {
        let result = try TestSupport.run(["new", "--help"], in: TestSupport.packageRoot)
        #expect(result.status == 0)
        for name in ["site", "township", "village", "disclosure", "list", "finance"] {
            #expect(result.stdout.contains(name), "\(name)")
        }
    }
}
