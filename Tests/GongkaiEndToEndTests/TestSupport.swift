import Foundation
import Testing

@testable import GongkaiCore

/// Paths and helpers shared by the end-to-end tests: the repository's folders, temporary
/// folders, building a site, running the real executable and reading trees of files.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleContent = packageRoot.appendingPathComponent("content")
    static let templates = packageRoot.appendingPathComponent("templates")
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/sites")
    static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// A new empty folder, removed when the test process ends is not guaranteed: tests
    /// remove what they create with `defer`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a content folder into `folder/content` so a test can change it.
    static func copyContent(_ source: URL, into folder: URL) throws -> URL {
        let destination = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }

    /// The day the sample's disclosure catalogue is checked against, as in scripts/build-site.sh
    /// (its disclosures stop in 2026, so against today the result would change from day to day).
    static let sampleAsOf = CalendarDate("2026-10-31")!

    /// Builds a site; deadlines are checked against `sampleAsOf` unless told otherwise (only
    /// sites with a catalogue.yaml have deadlines).
    static func build(
        content: URL, output: URL, templates: URL = templates, baseURL: String? = nil, strict: Bool = false,
        asOf: CalendarDate? = sampleAsOf
    ) -> BuildReport {
        var options = BuildOptions(
            contentFolder: content, templatesFolder: templates, outputFolder: output, baseURL: baseURL, strict: strict)
        options.asOf = asOf
        // No content folder's listing is kept, so that what a build writes does not depend on
        // how long after the fixture was made it ran (`ContentListingsTests` keeps them).
        options.foldersSettledBefore = .min
        return Pipeline.build(options)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file below `folder` with its bytes, but the stamp of the output's folders
    /// (`OutputFolders.path`) and the listings of the content's (`ContentListings.path`): they
    /// record inodes and times, which differ from one folder to another by nature
    /// (`OutputFoldersTests` and `FolderStampTests` check them).
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let relative as String in enumerator where relative != OutputFolders.path && relative != ContentListings.path {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// The built `gongkai` executable, next to the test bundle.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gongkai"),
            Bundle.main.bundleURL.appendingPathComponent("gongkai"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gongkai"),
            packageRoot.appendingPathComponent(".build/debug/gongkai"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    struct RunResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the real executable with `arguments` in `folder`.
    /// A copy of `site` in a new temporary folder, built once into its `public/`: the state a
    /// later build checks against what was published.
    static func publishedCopy(of site: URL) throws -> (work: URL, content: URL, output: URL) {
        let work = try temporaryFolder()
        let content = try copyContent(site, into: work)
        let output = work.appendingPathComponent("public")
        let first = build(content: content, output: output)
        #expect(first.succeeded, "\(DiagnosticFormatter.report(first.diagnostics))")
        return (work, content, output)
    }

    /// A copy of `site`, changed by `change`, built with `--strict` into `public/`.
    static func strictBuildOfCopy(of site: URL, changing change: (URL) throws -> Void) throws -> (work: URL, output: URL) {
        let work = try temporaryFolder()
        let content = try copyContent(site, into: work)
        try change(content)
        let output = work.appendingPathComponent("public")
        let report = build(content: content, output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        return (work, output)
    }

    static func run(_ arguments: [String], in folder: URL) throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
