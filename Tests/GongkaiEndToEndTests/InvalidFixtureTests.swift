import Foundation
import Testing

@testable import GongkaiCore

/// One fixture per check: `Tests/Fixtures/invalid/<code>-<what>/` holds an `overlay/` of files
/// written over a copy of the county-mini site (and optionally `remove.txt`, paths to delete),
/// and `expect.json`, the exact diagnostics the build must report (code, file, line, column).
/// A fixture for a warning has a `strict.txt` (the build runs with `--strict`); `grow.txt`
/// lists `path bytes` of overlay files to extend, for size limits too large to keep in the
/// repository (the files grow sparse, so this is quick). Each build runs over a previous
/// good output, which must not change.
@Suite struct InvalidFixtureTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/invalid")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    struct Expected: Decodable, Equatable, CustomStringConvertible {
        var code: String
        var file: String
        var line: Int?
        var column: Int?
        var description: String { "\(code) \(file):\(line ?? 0):\(column ?? 0)" }
    }

    @Test func thereIsAFixtureForManyCodes() {
        #expect(Self.cases.count >= 2)
        for name in Self.cases {
            #expect(DiagnosticCode(rawValue: String(name.prefix(5))) != nil, "\(name) must start with its error code")
        }
    }

    @Test(arguments: cases)
    func fixtureFailsWithExactlyItsDiagnostics(name: String) throws {
        let fixture = Self.folder.appendingPathComponent(name)
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let output = work.appendingPathComponent("public")
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let before = try TestSupport.tree(output)

        let overlay = fixture.appendingPathComponent("overlay")
        for (path, data) in try TestSupport.tree(overlay) {
            let target = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
        let removals = fixture.appendingPathComponent("remove.txt")
        if FileManager.default.fileExists(atPath: removals.path) {
            for path in try String(contentsOf: removals, encoding: .utf8).split(separator: "\n") where !path.isEmpty {
                try FileManager.default.removeItem(at: content.appendingPathComponent(String(path)))
            }
        }

        let growths = fixture.appendingPathComponent("grow.txt")
        if FileManager.default.fileExists(atPath: growths.path) {
            for line in try String(contentsOf: growths, encoding: .utf8).split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 2, let size = UInt64(parts[1]) else { continue }
                let handle = try FileHandle(forWritingTo: content.appendingPathComponent(String(parts[0])))
                try handle.truncate(atOffset: size)
                try handle.close()
            }
        }
        let strict = FileManager.default.fileExists(atPath: fixture.appendingPathComponent("strict.txt").path)
        let report = TestSupport.build(content: content, output: output, strict: strict)
        let expected = try JSONDecoder().decode([Expected].self, from: Data(contentsOf: fixture.appendingPathComponent("expect.json")))
        let found = report.diagnostics.map {
            Expected(code: $0.code.rawValue, file: $0.location.file, line: $0.location.line, column: $0.location.column)
        }
        #expect(!report.succeeded)
        #expect(found == expected, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(try TestSupport.tree(output) == before, "the published site must not change")
    }
}
