import Foundation
import Testing

@testable import GongkaiCore

/// After each build the output's folders are stamped (`OutputFolders`), so that the next build
/// knows the output still holds exactly the files it left without listing them; any file added,
/// removed or renamed by hand makes it list the output again, and the result is still the same
/// as a clean build's.
@Suite struct OutputFoldersTests {
    private func built() throws -> (work: URL, content: URL, output: URL) {
        let (work, content, output) = try TestSupport.workingCopy()
        _ = TestSupport.successfulBuild(content, into: output)
        return (work, content, output)
    }

    private func asRecorded(_ output: URL) throws -> Bool {
        let index = try #require(BuildCache.readIndex(from: output))
        return OutputFolders.unchanged(in: output, outputs: index.outputs, workers: 2) != nil
    }

    /// The stamp file's fields are split as `Data.split(separator: 0, omittingEmptySubsequences:
    /// false)` would split them: empty fields and a trailing separator included.
    @Test(arguments: ["", "h", "gongkai-folders 1 x y\0\0villages\0villages/甲", "h\0a\0\0b\0", "\0"])
    func stampFileFieldsSplitAsTheDataWould(text: String) {
        let data = Data(text.utf8)
        let expected = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let (header, folders) = OutputFolders.fields(of: data)
        #expect([header] + folders == (expected.isEmpty ? [""] : expected))
    }

    @Test func theFoldersOfTheFilesAndAllAboveThem() {
        #expect(OutputFolders.folders(holding: ["index.html", "a/b/c.html", "a/b/d.svg", "a/e/f.txt", "g/h.xml"])
            == ["", "a", "a/b", "a/e", "g"])
        #expect(OutputFolders.folders(holding: []) == [""])
    }

    @Test func aBuildLeavesAStampTheNextBuildTrusts() throws {
        let (work, content, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try asRecorded(output))
        let file = try String(decoding: Data(contentsOf: output.appendingPathComponent(OutputFolders.path)), as: UTF8.self)
        let folders = Set(file.split(separator: "\0", omittingEmptySubsequences: false).dropFirst().map(String.init))
        #expect(folders.contains(""))
        #expect(folders.contains("villages/220681100201/projects/p1"))
        #expect(folders.contains(".gongkai-cache"))

        // A build with nothing to do trusts it; one with a change writes a new one.
        #expect(TestSupport.successfulBuild(content, into: output).unitsRendered == 0)
        let needs = content.appendingPathComponent("\(VillageReuseTests.east)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "\n").write(to: needs, atomically: true, encoding: .utf8)
        let changed = TestSupport.successfulBuild(content, into: output)
        #expect(changed.villagesReused == 2)
        #expect(try asRecorded(output))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test(arguments: ["add", "remove", "rename", "folder"])
    func aFileAddedRemovedOrRenamedByHandIsNoticed(change: String) throws {
        let (work, content, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let manager = FileManager.default
        let page = output.appendingPathComponent("villages/220681100201/projects/p1/index.html")
        switch change {
        case "add": try Data("手工添加".utf8).write(to: output.appendingPathComponent("villages/220681100201/projects/p1/note.html"))
        case "remove": try manager.removeItem(at: page)
        case "rename": try manager.moveItem(at: page, to: page.deletingLastPathComponent().appendingPathComponent("old.html"))
        default:
            let folder = output.appendingPathComponent("villages/220681100201/projects/p9")
            try manager.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data("手工添加".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        #expect(try !asRecorded(output))
        let again = TestSupport.successfulBuild(content, into: output)
        #expect(again.unitsRendered ?? 0 > 0 || again.changes?.removed ?? 0 > 0, "the build repairs the output")
        #expect(try asRecorded(output))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aMissingOrDamagedStampMeansTheOutputIsListed() throws {
        let (work, content, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let stamp = output.appendingPathComponent(OutputFolders.path)
        let recorded = try Data(contentsOf: stamp)

        try Data(recorded.prefix(recorded.count / 2)).write(to: stamp)
        #expect(try !asRecorded(output))
        try Data("gongkai-output-folders 1 someone-else 0-0-0".utf8).write(to: stamp)
        #expect(try !asRecorded(output))
        try FileManager.default.removeItem(at: stamp)
        #expect(try !asRecorded(output))

        // Without it the output is listed; the build puts it back and changes nothing else.
        let index = try Data(contentsOf: output.appendingPathComponent(BuildCache.fileName))
        let again = TestSupport.successfulBuild(content, into: output)
        #expect(again.changes?.removed == 0)
        #expect(try Data(contentsOf: output.appendingPathComponent(BuildCache.fileName)) == index)
        #expect(try asRecorded(output))
    }

    /// A build that leaves the same files stamps again only the folders its commit changed; the
    /// others keep the stamps found at its start. A folder someone changed meanwhile keeps its
    /// old stamp, so the next build finds it different and lists the output.
    @Test func aFolderChangedWhileTheBuildRanIsNoticedByTheNextBuild() throws {
        let (work, _, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let index = try #require(BuildCache.readIndex(from: output))
        func recordAfterTouchingTheHome(_ found: OutputFolders.Stamps) throws {
            let home = output.appendingPathComponent("index.html")
            try Data(contentsOf: home).write(to: home)
            OutputFolders.record(in: output, files: [], known: found, touched: ["index.html"], outputs: index.outputs, workers: 2)
        }

        try recordAfterTouchingTheHome(try #require(OutputFolders.unchanged(in: output, outputs: index.outputs, workers: 2)))
        #expect(try asRecorded(output))

        let found = try #require(OutputFolders.unchanged(in: output, outputs: index.outputs, workers: 2))
        try Data("手工添加".utf8).write(to: output.appendingPathComponent("villages/220681100202/note.html"))
        try recordAfterTouchingTheHome(found)
        #expect(try !asRecorded(output))
    }

    /// A build goes on while the output's folders are checked, assuming the output is as the
    /// last build left it. When it is not, the build runs again knowing what it holds: a page
    /// removed by hand from a village it would have left unread is written again.
    @Test(arguments: [true, false])
    func aBuildThatAssumedTheOutputRunsAgainOnlyWhenItWasChanged(changedByHand: Bool) throws {
        let (work, content, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = output.appendingPathComponent("villages/220681100202/index.html")
        if changedByHand { try FileManager.default.removeItem(at: page) }
        let needs = content.appendingPathComponent("\(VillageReuseTests.east)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "\n").write(to: needs, atomically: true, encoding: .utf8)
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = TestSupport.sampleAsOf
        options.foldersSettledBefore = .min
        options.outputCheckDelay = 0.5
        let report = Pipeline.build(options)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect((report.stageTimes.first?.name == "first pass") == changedByHand, "\(report.stageTimes.map(\.name))")
        #expect(report.villagesReused == (changedByHand ? 1 : 2), "the village whose page is gone is read again")
        #expect(FileManager.default.fileExists(atPath: page.path))
        #expect(try asRecorded(output))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }
}
