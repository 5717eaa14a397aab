import Foundation
import Testing

@testable import GongkaiCore

/// For incremental builds: a build that must succeed, and the comparison of an output with a
/// clean build of the same content.
extension TestSupport {
    /// A copy of `site`'s content in a new working folder, and the output folder beside it (not
    /// built yet). The caller removes `work`.
    static func workingCopy(of site: URL = VillageSiteTests.fixture) throws -> (work: URL, content: URL, output: URL) {
        let work = try temporaryFolder()
        let content = try copyContent(site, into: work)
        return (work, content, work.appendingPathComponent("public"))
    }

    static func successfulBuild(_ content: URL, into output: URL, templates: URL = templates) -> BuildReport {
        let report = build(content: content, output: output, templates: templates)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        return report
    }

    /// Builds `content` from scratch into a new folder of `work` and expects `output` to hold
    /// the same files, byte for byte, and no empty folder.
    static func expectSameAsCleanBuild(_ content: URL, _ output: URL, work: URL, templates: URL = templates) throws {
        let clean = work.appendingPathComponent("clean-\(UUID().uuidString.prefix(6))")
        _ = successfulBuild(content, into: clean, templates: templates)
        let expected = try tree(clean)
        let actual = try tree(output)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected where actual[path] != data {
            Issue.record("\(path) differs from a clean build")
        }
        let folders = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        for folder in folders {
            #expect(!(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(folder).path)).isEmpty, "\(folder) is empty")
        }
    }
}

extension TestSupport {
    /// Gives the build cache in `output` the header of another format or version of gongkai.
    static func rewriteCacheHeader(in output: URL, format: Int = BuildCache.format, version: String = GongkaiVersion.current) throws {
        let file = output.appendingPathComponent(BuildCache.fileName)
        let cache = try Data(contentsOf: file)
        let header = Data(BuildCache.header.utf8)
        #expect(cache.starts(with: header))
        try (Data("gongkai-cache \(format) \(version)\n".utf8) + cache.dropFirst(header.count)).write(to: file)
    }
}
