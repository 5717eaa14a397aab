import Foundation
import Testing

@testable import GongkaiCore

/// Same input, same bytes; a failed build changes nothing; gongkai never replaces a folder
/// that is not its own output.
@Suite struct IntegrityTests {
    @Test func twoBuildsOfTheSameContentAreByteIdentical() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: first).succeeded)
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: second).succeeded)
        let a = try TestSupport.tree(first), b = try TestSupport.tree(second)
        #expect(a.count > 10)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a {
            #expect(b[path] == data, "\(path) differs between builds")
        }
    }

    @Test func rebuildingOverThePreviousOutputReplacesIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: output).succeeded)
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: output).succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        // No staging or retired folders are left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }

    @Test func aSyntaxErrorExitsNonZeroNamesTheLineAndLeavesPublicUntouched() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(TestSupport.sampleContent, into: folder)
        try FileManager.default.copyItem(at: TestSupport.templates, to: folder.appendingPathComponent("templates"))
        let good = try TestSupport.run(["build"], in: folder)
        #expect(good.status == 0, "\(good.stderr)")
        let before = try TestSupport.tree(folder.appendingPathComponent("public"))
        #expect(!before.isEmpty)

        // Break line 7 of indicators.yaml: an unclosed quote.
        let file = content.appendingPathComponent("plan/indicators.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[6] = "    name: \"农村社区综合服务设施覆盖率"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        let bad = try TestSupport.run(["build"], in: folder)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("plan/indicators.yaml:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("GK101"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("Fatal error"))
        let line = try #require(bad.stderr.firstMatch(of: /plan\/indicators\.yaml:(\d+):(\d+)/))
        #expect((7...9).contains(Int(line.1)!), "\(bad.stderr)")
        #expect(try TestSupport.tree(folder.appendingPathComponent("public")) == before)
    }

    @Test func aValidationErrorLeavesPublicUntouched() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(TestSupport.sampleContent, into: folder)
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let before = try TestSupport.tree(output)

        let file = content.appendingPathComponent("plan/indicators.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "target: ≥10%", with: "target: 约10%")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        let problem = try #require(report.diagnostics.first)
        #expect(problem.code == .indicatorValueUnparsable)
        #expect(problem.location.file == "plan/indicators.yaml")
        #expect(problem.location.field == "indicators[3].target")
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func strictModeTurnsWarningsIntoFailure() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(TestSupport.sampleContent, into: folder)
        let file = content.appendingPathComponent("plan/indicators.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "2024: 16.4 人", with: "2024: 16.4 名")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let relaxed = TestSupport.build(content: content, output: folder.appendingPathComponent("relaxed"))
        #expect(relaxed.succeeded)
        // Besides the sample's one late notice on purpose (SampleCatalogueTests).
        #expect(relaxed.diagnostics.map(\.code) == [.indicatorUnitMismatch, .disclosureLate])
        let strict = TestSupport.build(content: content, output: folder.appendingPathComponent("strict"), strict: true)
        #expect(!strict.succeeded)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict").path))
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.code) == [.outputNotOurs])
        #expect(try TestSupport.tree(output) == ["notes.txt": Data("keep me".utf8)])
    }

    @Test func refusesToWriteOverTheContentFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(TestSupport.sampleContent, into: folder)
        let before = try TestSupport.tree(content)
        for output in [content, folder] {
            let report = TestSupport.build(content: content, output: output)
            #expect(!report.succeeded)
            #expect(report.diagnostics.contains { $0.code == .outputUnsafe })
        }
        #expect(try TestSupport.tree(content) == before)
    }
}

/// Rendering runs on several threads; the output must not depend on how many.
@Suite struct ParallelBuildTests {
    @Test(arguments: [TestSupport.sampleContent, VillageSiteTests.fixture])
    func oneWorkerAndSeveralWorkersWriteTheSameBytes(content: URL) throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var trees: [[String: Data]] = []
        for workers in [1, 2, 7] {
            var options = BuildOptions(
                contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: work.appendingPathComponent("out-\(workers)"))
            options.workers = workers
            let report = Pipeline.build(options)
            #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
            trees.append(try TestSupport.tree(work.appendingPathComponent("out-\(workers)")))
        }
        #expect(trees[0].count > 40)
        #expect(trees[1] == trees[0])
        #expect(trees[2] == trees[0])
    }
}
