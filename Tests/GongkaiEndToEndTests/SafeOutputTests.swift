import Foundation
import Testing

@testable import GongkaiCore

/// Content cannot inject script into a page, and ids cannot write outside the output folder.
@Suite struct SafeOutputTests {
    static let attack = "<script>alert(1)</script>\\\"><svg onload=alert(1)>"
    static let village = "townships/220681100/villages/220681100201"

    private func replace(_ old: String, with new: String, in path: String, of content: URL) throws {
        let url = content.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(path) has no “\(old)”")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func markupInEveryKindOfContentIsEscapedOrDropped() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let yamlAttack = "\"" + Self.attack + "\""
        try replace("title: 测试县村(居)务公开网", with: "title: \(yamlAttack)", in: "site.yaml", of: content)
        try replace("name: 农村社区综合服务设施覆盖率", with: "name: \(yamlAttack)", in: "plan/indicators.yaml", of: content)
        try replace("issuer: 测试县人民政府办公室", with: "issuer: \(yamlAttack)\nsummary: \"[点我](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(2)</script>\"", in: "plan/plan.yaml", of: content)
        try replace("name: 东岭村\nkind", with: "name: \(yamlAttack)\nkind", in: "\(Self.village)/village.yaml", of: content)
        try replace("name: 东岭镇", with: "name: \(yamlAttack)", in: "townships/220681100/township.yaml", of: content)
        let csvAttack = "\"" + Self.attack.replacingOccurrences(of: "\\\"", with: "\"\"") + "\""
        try replace("低保申请受理", with: csvAttack, in: "\(Self.village)/services.csv", of: content)
        try replace("村内道路照明不足", with: csvAttack, in: "\(Self.village)/needs.csv", of: content)
        try replace("村道路灯安装工程", with: csvAttack, in: "\(Self.village)/projects.csv", of: content)
        try replace("村级重大事项决策", with: csvAttack, in: "townships/220681100/villages/220681100202/lists/xiaowei-quanli.csv", of: content)
        try replace("title: 小微权力清单", with: "title: \(yamlAttack)", in: "townships/220681100/villages/220681100202/lists/xiaowei-quanli.yaml", of: content)
        try replace("title: 2024年6月党员发展情况公开", with: "title: \(yamlAttack)", in: "\(Self.village)/disclosures/2024-06-dangwu.md", of: content)
        try replace("本月确定入党积极分子 1 名。", with: "<script>alert(3)</script> [链接](javascript:alert(4)) [另一个](vbscript:x) <a href=\"javascript:alert(5)\">a</a> <iframe src=x></iframe>", in: "\(Self.village)/disclosures/2024-06-dangwu.md", of: content)

        let output = work.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        var escapedSeen = 0
        for (path, data) in try TestSupport.tree(output) {
            // The site's own scripts (large-text mode, search) are the only scripts allowed.
            let text = String(decoding: data, as: UTF8.self)
                .replacing(/<script src="[^"]*assets\/(large-text|search)\.js" defer><\/script>/, with: "")
            guard path.hasSuffix(".html") || path.hasSuffix(".svg") else { continue }
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("<svg onload"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(!text.contains("<iframe"), "\(path)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(path)")
            #expect(!text.lowercased().contains("href=\"vbscript:"), "\(path)")
            if text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { escapedSeen += 1 }
        }
        #expect(escapedSeen > 10, "the text is kept, escaped")
        // JSON downloads keep the text as data, properly quoted.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("villages/220681100201/services/services.json"))) as? [String: Any]
        let firstRow = (json?["rows"] as? [[String]])?.first
        #expect(firstRow?.first == Self.attack.replacingOccurrences(of: "\\\"", with: "\""))
    }

    @Test(arguments: [
        ("projects.csv", "P1,村道路灯安装工程", "../../etc,村道路灯安装工程"),
        ("needs.csv", "N1,村内道路照明不足", "N1/../..,村内道路照明不足"),
    ])
    func idsThatWouldLeaveTheirFolderAreRefused(file: String, old: String, new: String) throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        try replace(old, with: new, in: "\(Self.village)/\(file)", of: content)
        let report = TestSupport.build(content: content, output: work.appendingPathComponent("public"))
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .invalidSlug && $0.location.file == "\(Self.village)/\(file)" })
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("etc").path))
    }

    /// Hidden folders (starting with a dot, such as `..`) are never read; other unsafe names are refused.
    @Test func pageSlugsAndFolderNamesMustBeSafe() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try "---\ntitle: 页面\nslug: ../../outside\n---\n正文\n".write(to: content.appendingPathComponent("pages/a.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("townships/Evil Town/villages"), withIntermediateDirectories: true)
        let report = TestSupport.build(content: content, output: work.appendingPathComponent("public"))
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .invalidSlug && $0.location.file == "pages/a.md" })
        #expect(report.diagnostics.contains { $0.code == .invalidSlug && $0.location.file == "townships/Evil Town" })
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("outside").path))
    }
}
