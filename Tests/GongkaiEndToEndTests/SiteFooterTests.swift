import Foundation
import Testing

@testable import GongkaiCore

/// The footer fields government sites carry are shown when set, and only then.
@Suite struct SiteFooterTests {
    @Test func footerFieldsAreShownWhenSet() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8)
            + "footer:\n  site_code: \"2206810001\"\n  icp: 吉ICP备00000000号\n  public_security: 吉公网安备 22068102000000号\n  contact: 测试县民政局 0439-5550000\n")
            .write(to: site, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        for page in ["index.html", "villages/220681100201/index.html", "404.html"] {
            let html = try TestSupport.read(output, page)
            #expect(html.contains("<p>网站标识码：2206810001</p>"), "\(page)")
            #expect(html.contains("<p>吉ICP备00000000号</p>"), "\(page)")
            #expect(html.contains("<p>吉公网安备 22068102000000号</p>"), "\(page)")
            #expect(html.contains("<p>联系方式：测试县民政局 0439-5550000</p>"), "\(page)")
        }
    }

    @Test func withoutFooterFieldsNothingIsShown() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        #expect(TestSupport.build(content: VillageSiteTests.fixture, output: output).succeeded)
        let html = try TestSupport.read(output, "index.html")
        #expect(!html.contains("网站标识码"))
        #expect(!html.contains("联系方式："))
    }

    @Test func anUnknownFooterFieldIsReported() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8) + "footer:\n  icp_code: 吉ICP备00000000号\n").write(to: site, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: work.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.code) == [.unknownField])
        #expect(report.diagnostics.first?.message.contains("icp") == true)
    }
}
