import Foundation
import Testing

@testable import GongkaiCore

/// Templates are the webmaster's to edit; mistakes in them are reported like content errors.
@Suite struct TemplateErrorTests {
    @Test func anUnclosedSectionNamesTheTemplateAndLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestSupport.templates, to: templates)
        let page = templates.appendingPathComponent("page.mustache")
        try "{{<layout}}\n{{$main}}\n{{#title}}<h1>{{title}}</h1>\n{{/main}}\n{{/layout}}\n".write(to: page, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: TestSupport.sampleContent, output: folder.appendingPathComponent("public"), templates: templates)
        #expect(!report.succeeded)
        let problem = try #require(report.diagnostics.first { $0.code == .templateSyntax })
        #expect(problem.location.file == "templates/page.mustache")
        #expect(problem.location.line != nil)
    }

    @Test func aMissingTemplateIsReported() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestSupport.templates, to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("indicator.mustache"))
        let report = TestSupport.build(content: TestSupport.sampleContent, output: folder.appendingPathComponent("public"), templates: templates)
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }  // the sample also has one late notice, a warning
        #expect(errors.map(\.code) == [.templateMissing])
        #expect(errors.first?.location.file == "templates/indicator.mustache")
    }

    @Test func valuesFromContentAreEscaped() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(TestSupport.sampleContent, into: folder)
        let file = content.appendingPathComponent("plan/indicators.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "name: 农村社区综合服务设施覆盖率", with: "name: \"<script>alert(1)</script>\\\"><svg onload=alert(1)>\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        for path in ["index.html", "plan/index.html", "plan/indicators/rural-facility-coverage/index.html"] {
            let page = try TestSupport.read(output, path)
                .replacing(/<script src="[^"]*assets\/(large-text|search)\.js" defer><\/script>/, with: "")
            #expect(!page.contains("<script"), "\(path)")
            #expect(!page.contains("<svg onload"), "\(path)")
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;svg onload=alert(1)&gt;"), "\(path)")
        }
    }
}
