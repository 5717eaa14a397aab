import Foundation
import Testing

@testable import GongkaiCore

/// A build over an existing output renders only what changed, and the result is the same,
/// byte for byte, as a clean build of the same content.
@Suite struct IncrementalBuildTests {
    static let village = "townships/220681100/villages/220681100201"
    /// The site pages that list villages or what they published.
    static let listingPages = ["site/home", "site/search", "site/feed"]

    @Test func nothingChangedRendersNothing() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let first = TestSupport.successfulBuild(VillageSiteTests.fixture, into: output)
        #expect(first.unitsRendered == 14, "9 site pages (3 indicators), 2 townships, 3 villages")
        let before = try TestSupport.tree(output)
        let second = TestSupport.successfulBuild(VillageSiteTests.fixture, into: output)
        #expect(second.unitsRendered == 0)
        #expect(second.changes?.changed == 0)
        #expect(second.changes?.added == 0)
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func aCacheFromAnotherVersionOfGongkaiIsNotUsed() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        _ = TestSupport.successfulBuild(VillageSiteTests.fixture, into: output)
        // The pages an older gongkai made may differ for the same content: a cache it wrote
        // must not let this version skip them.
        try TestSupport.rewriteCacheHeader(in: output, version: "0.0.1")
        let again = TestSupport.successfulBuild(VillageSiteTests.fixture, into: output)
        #expect(again.unitsRendered == 14, "everything is rendered again")
        try TestSupport.expectSameAsCleanBuild(VillageSiteTests.fixture, output, work: work)
    }

    @Test func oneVillagesListAndOneDisclosureRenderThreeUnits() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)

        let needs = content.appendingPathComponent("\(Self.village)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "N4,村卫生室药品不全,医疗,入户走访,2024-06-01,120,\n")
            .write(to: needs, atomically: true, encoding: .utf8)
        let notice = content.appendingPathComponent("\(Self.village)/disclosures/2024-q2-caiwu.md")
        try (try String(contentsOf: notice, encoding: .utf8))
            .replacingOccurrences(of: "published_on: 2024-07-10\n", with: "published_on: 2024-07-10\ncorrections:\n  - date: 2024-07-15\n    reason: 更正支出合计\n")
            .replacingOccurrences(of: "31,500", with: "31,050")
            .write(to: notice, atomically: true, encoding: .utf8)

        let report = TestSupport.successfulBuild(content, into: output)
        // Neither the plan nor its indicators: the village's facts are as they were.
        #expect(report.renderedUnits == IncrementalBuildTests.listingPages + ["township/220681100", "village/220681100201"])
        #expect((report.changes?.unchanged ?? 0) > 0)
        #expect(try TestSupport.read(output, "villages/220681100201/needs/index.html").contains("村卫生室药品不全"))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    /// The sitemaps are made again only when the set of files changes: a new notice is listed,
    /// and a sitemap removed from the output by hand is put back.
    @Test func theSitemapFollowsTheSetOfPages() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let page = "villages/220681100201/disclosures/2024-07-dangwu/"
        #expect(try !TestSupport.read(output, "sitemap.xml").contains(page))

        try "---\ntitle: 2024年7月党员发展情况公开\ncategory: 党务\nperiod: 2024-07\npublished_on: 2024-08-02\n---\n本月无新发展党员。\n"
            .write(to: content.appendingPathComponent("\(Self.village)/disclosures/2024-07-dangwu.md"), atomically: true, encoding: .utf8)
        _ = TestSupport.successfulBuild(content, into: output)
        #expect(try TestSupport.read(output, "sitemap.xml").contains("<loc>https://mini.example.cn/\(page)</loc>"))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)

        try FileManager.default.removeItem(at: output.appendingPathComponent("sitemap.xml"))
        let again = TestSupport.successfulBuild(content, into: output)
        #expect(again.changes?.added == 1)
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    /// A page that would be written over another is refused (GK404) in an incremental build
    /// too, and the output stays as it was.
    @Test func aPageWrittenOverAnotherFailsAnIncrementalBuild() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let pages = content.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let page = pages.appendingPathComponent("help.md")
        try "---\ntitle: 使用说明\nslug: help\n---\n怎样查找本村的公开内容。\n".write(to: page, atomically: true, encoding: .utf8)
        _ = TestSupport.successfulBuild(content, into: output)
        let before = try TestSupport.tree(output)

        try "---\ntitle: 使用说明\nslug: search\n---\n怎样查找本村的公开内容。\n".write(to: page, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .outputPathCollision && $0.location.file == "search/index.html" })
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func aRemovedVillageLeavesNothingBehind() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        try FileManager.default.removeItem(at: content.appendingPathComponent("townships/220681100/villages/220681100202"))
        let report = TestSupport.successfulBuild(content, into: output)
        #expect((report.changes?.removed ?? 0) >= 4)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("villages/220681100202").path))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    /// The plan's pages show values computed from the villages' facts: a change to one
    /// village's facts renders them again, and only the indicators whose value changed.
    @Test func aVillagesFactsRenderThePlanAndTheIndicatorsComputedFromThem() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let village = content.appendingPathComponent("\(Self.village)/village.yaml")
        let text = try String(contentsOf: village, encoding: .utf8)
        #expect(text.contains("facility_area: 360\n"))
        try text.replacingOccurrences(of: "facility_area: 360\n", with: "facility_area: 390\n").write(to: village, atomically: true, encoding: .utf8)
        let report = TestSupport.successfulBuild(content, into: output)
        // Coverage counts facilities, not their area; workers are counted in communities only.
        #expect(report.renderedUnits == [
            "site/home", "site/plan", "site/indicators/area-per-100-households", "site/search", "site/feed",
            "township/220681100", "village/220681100201",
        ])
        #expect(try TestSupport.read(output, "plan/indicators/area-per-100-households/index.html").contains("390"))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)

        // A page of `pages/` shows none of it, but the site's settings: renders everything.
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8)).replacingOccurrences(of: "title: ", with: "title: 新")
            .write(to: site, atomically: true, encoding: .utf8)
        #expect(TestSupport.successfulBuild(content, into: output).unitsRendered == 14)
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aChangedTemplateRendersEverythingAgain() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let templates = work.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestSupport.templates, to: templates)
        let output = work.appendingPathComponent("public")
        _ = TestSupport.successfulBuild(VillageSiteTests.fixture, into: output, templates: templates)
        let layout = templates.appendingPathComponent("layout.mustache")
        try (try String(contentsOf: layout, encoding: .utf8)).replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\" id=\"footer\">")
            .write(to: layout, atomically: true, encoding: .utf8)
        let report = TestSupport.successfulBuild(VillageSiteTests.fixture, into: output, templates: templates)
        #expect(report.unitsRendered == 14)
        #expect(try TestSupport.read(output, "villages/220681100201/index.html").contains("id=\"footer\""))
        try TestSupport.expectSameAsCleanBuild(VillageSiteTests.fixture, output, work: work, templates: templates)
    }

    @Test func aFailedIncrementalBuildChangesNothing() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let before = try TestSupport.tree(output)
        try "编号,需求\nN1,\"未结束\n".write(to: content.appendingPathComponent("\(Self.village)/needs.csv"), atomically: true, encoding: .utf8)
        #expect(!TestSupport.build(content: content, output: output).succeeded)
        #expect(try TestSupport.tree(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["content", "public"])
    }
}
