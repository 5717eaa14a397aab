import Foundation
import Testing

@testable import GongkaiCore

/// `gongkai check`: what the build checks plus internal links and anchors, writing nothing.
@Suite struct CheckCommandTests {
    @Test func aCleanSitePassesAndNothingIsWritten() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try TestSupport.run(
            ["check", "--content", VillageSiteTests.fixture.path, "--templates", TestSupport.templates.path, "--output", work.appendingPathComponent("public").path],
            in: work)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("检查通过"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }

    @Test func aBrokenInternalLinkFailsNamingThePageAndTheLink() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let notice = content.appendingPathComponent("townships/220681100/villages/220681100201/disclosures/2024-06-dangwu.md")
        try (try String(contentsOf: notice, encoding: .utf8) + "\n见[上季度公开](../2024-q1-caiwu/)和[附表](#fubiao)。\n")
            .write(to: notice, atomically: true, encoding: .utf8)
        let result = try TestSupport.run(
            ["check", "--content", content.path, "--templates", TestSupport.templates.path, "--output", work.appendingPathComponent("public").path],
            in: work)
        #expect(result.status == 1)
        let page = "villages/220681100201/disclosures/2024-06-dangwu/index.html"
        #expect(result.stderr.contains("\(page): 错误 GK801"), "\(result.stderr)")
        #expect(result.stderr.contains("../2024-q1-caiwu/"))
        #expect(result.stderr.contains("#fubiao"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("public").path))
    }

    @Test func deadlinesAreCheckedAgainstTheDayGiven() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        func check(_ extra: [String]) throws -> TestSupport.RunResult {
            try TestSupport.run(
                ["check", "--content", TestSupport.sampleContent.path, "--templates", TestSupport.templates.path,
                 "--output", work.appendingPathComponent("public").path] + extra,
                in: work)
        }
        // On the sample's reference day exactly one notice is late, as `build` reports it.
        let onTheDay = try check(["--as-of", "2026-10-31"])
        #expect(onTheDay.status == 0, "\(onTheDay.stderr)")
        #expect(onTheDay.stderr.components(separatedBy: "警告 GK505").count == 2, "\(onTheDay.stderr)")
        #expect(!onTheDay.stderr.contains("GK506"), "\(onTheDay.stderr)")
        // Half a year later the next quarters' notices are missing.
        let later = try check(["--as-of", "2027-04-30"])
        #expect(later.status == 0)
        #expect(later.stderr.contains("警告 GK506"), "\(later.stderr)")
        // Under --strict the warning fails the check.
        #expect(try check(["--as-of", "2026-10-31", "--strict"]).status == 1)
        let unreadable = try check(["--as-of", "2026-13-01"])
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.contains("--as-of 的日期“2026-13-01”无法识别"))
    }

    @Test func linksResolveLikeABrowser() {
        #expect(LinkChecker.resolve("../../plan/", from: "villages/x/index.html")?.path == "plan/")
        #expect(LinkChecker.resolve("services.csv", from: "villages/x/services/index.html")?.path == "villages/x/services/services.csv")
        #expect(LinkChecker.resolve("#top", from: "a/index.html")?.fragment == "top")
        #expect(LinkChecker.resolve("https://example.cn/", from: "index.html") == nil)
        #expect(LinkChecker.resolve("tel:0439-1234567", from: "index.html") == nil)
        #expect(LinkChecker.existing("plan/", in: ["plan/index.html"]) == "plan/index.html")
        #expect(LinkChecker.existing("plan", in: ["plan/index.html"]) == "plan/index.html")
    }
}
