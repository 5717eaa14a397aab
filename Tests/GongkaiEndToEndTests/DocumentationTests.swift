import Foundation
import Testing

@testable import GongkaiCore

/// The docs a webmaster reads must stay true to the code.
@Suite struct DocumentationTests {
    @Test(arguments: DiagnosticCode.allCases)
    func everyErrorCodeIsExplained(code: DiagnosticCode) throws {
        let errors = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        let row = errors.split(separator: "\n").first { $0.hasPrefix("| \(code.rawValue) |") }
        let line = try #require(row, "docs/errors.md has no row for \(code.rawValue)")
        #expect(line.contains(code.title))
    }

    @Test func errorCodesAreUnique() {
        let values = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(values).count == values.count)
    }

    @Test func readmeOpensWithTheTwoSetUpCommands() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = readme.split(separator: "\n").filter { $0.hasPrefix("bash scripts/") }
        #expect(commands.prefix(2) == ["bash scripts/build-site.sh", "bash scripts/test.sh"])
        let ci = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("bash scripts/test.sh"))
    }

    @Test func everyRequiredTemplateExists() {
        for name in TemplateLibrary.requiredTemplates {
            let path = TestSupport.templates.appendingPathComponent("\(name).mustache").path
            #expect(FileManager.default.fileExists(atPath: path), "\(name).mustache")
        }
    }
}
