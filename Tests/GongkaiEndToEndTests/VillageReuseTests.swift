import Foundation
import Testing

@testable import GongkaiCore

/// An incremental build leaves a village folder unread when neither it nor anything it
/// depends on changed, and the result is still the same as a clean build's.
@Suite struct VillageReuseTests {
    static let east = "townships/220681100/villages/220681100201"
    static let west = "townships/220681100/villages/220681100202"

    @Test func aRebuildWithNothingChangedReadsNoVillage() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(TestSupport.successfulBuild(content, into: output).villagesReused == 0, "a clean build reads everything")
        let again = TestSupport.successfulBuild(content, into: output)
        #expect(again.villagesReused == 3)
        #expect(again.unitsRendered == 0)
        #expect(TestSupport.successfulBuild(content, into: output).villagesReused == 3, "the cache it wrote is as good as the first")
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func onlyTheChangedVillageIsRead() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let needs = content.appendingPathComponent("\(Self.east)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "N4,村卫生室药品不全,医疗,入户走访,2024-06-01,120,\n")
            .write(to: needs, atomically: true, encoding: .utf8)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 2)
        #expect(report.renderedUnits == IncrementalBuildTests.listingPages + ["township/220681100", "village/220681100201"])
        #expect(try TestSupport.read(output, "villages/220681100201/needs/index.html").contains("村卫生室药品不全"))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aVillageWhosePagesWereDeletedIsReadAndWrittenAgain() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        try FileManager.default.removeItem(at: output.appendingPathComponent("villages/220681100202/index.html"))
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 2)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("villages/220681100202/index.html").path))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aFileSavedWithTheSameBytesIsReadButChangesNoPage() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let file = content.appendingPathComponent("\(Self.west)/village.yaml")
        try Data(contentsOf: file).write(to: file)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 2, "its folder looks different to the file system")
        #expect(report.unitsRendered == 0, "but its content is the same")
        #expect(report.changes?.changed == 2, "the build cache: its index and the part of its township, which record the new stamp")
    }

    /// A number one village declares public may be written in another village's files. When
    /// the declaration changes, the other village must be checked again though its folder
    /// did not change.
    @Test func aPhoneNumberNoLongerDeclaredPublicIsFoundInAnUnchangedVillage() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let eastYAML = content.appendingPathComponent("\(Self.east)/village.yaml")
        let declared = try String(contentsOf: eastYAML, encoding: .utf8)
            .replacingOccurrences(of: "    phone: 0439-5550101\n", with: "    phone: 13800138000\n")
        try declared.write(to: eastYAML, atomically: true, encoding: .utf8)
        let westYAML = content.appendingPathComponent("\(Self.west)/village.yaml")
        try (try String(contentsOf: westYAML, encoding: .utf8) + "address: 有事请找东岭村李某某 13800138000\n")
            .write(to: westYAML, atomically: true, encoding: .utf8)
        _ = TestSupport.successfulBuild(content, into: output)

        try declared.replacingOccurrences(of: "13800138000", with: "13900139000").write(to: eastYAML, atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .personalData && $0.location.file == "\(Self.west)/village.yaml" })
    }

    @Test func theWarningsOfAnUnreadVillageAreStillReported() throws {
        let (work, content, output) = try TestSupport.workingCopy(of: TestSupport.sampleContent)
        defer { try? FileManager.default.removeItem(at: work) }
        let first = TestSupport.successfulBuild(content, into: output)
        #expect(first.warningCount == 1, "东岔村 is late on the fixed day")
        let second = TestSupport.successfulBuild(content, into: output)
        #expect(second.villagesReused > 0)
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test func aCacheOfAnotherFormatIsNotUsed() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        try TestSupport.rewriteCacheHeader(in: output, format: 1)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 0)
        #expect(report.unitsRendered == 14)
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aCacheWithAMissingTownshipFileIsNotUsed() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let shard = output.appendingPathComponent(BuildCache.shardPath("220681100"))
        #expect(FileManager.default.fileExists(atPath: shard.path))
        try FileManager.default.removeItem(at: shard)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 0)
        #expect(FileManager.default.fileExists(atPath: shard.path), "written again")
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aChangeInOneVillageRewritesOnlyItsTownshipsPartOfTheCache() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let other = try Data(contentsOf: output.appendingPathComponent(BuildCache.shardPath("jianguo")))
        let ownBefore = try Data(contentsOf: output.appendingPathComponent(BuildCache.shardPath("220681100")))
        let needs = content.appendingPathComponent("\(Self.east)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "N4,村卫生室药品不全,医疗,入户走访,2024-06-01,120,\n")
            .write(to: needs, atomically: true, encoding: .utf8)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 2)
        #expect(try Data(contentsOf: output.appendingPathComponent(BuildCache.shardPath("jianguo"))) == other)
        #expect(try Data(contentsOf: output.appendingPathComponent(BuildCache.shardPath("220681100"))) != ownBefore)
        #expect(BuildCache.readIndex(from: output).flatMap { BuildCache.read(from: output, index: $0) }?.villages.count == 3)
    }

    @Test func aBuildWithNothingToDoLoadsNothing() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let first = TestSupport.successfulBuild(content, into: output)
        let before = try TestSupport.tree(output)
        let second = TestSupport.successfulBuild(content, into: output)
        #expect(!second.stageTimes.contains { $0.name == "load" }, "\(second.stageTimes.map(\.name))")
        #expect(second.filesWritten == first.filesWritten)
        #expect(second.changes?.unchanged == first.filesWritten)
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func aFileAddedToTheOutputByHandIsRemovedAgain() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        try "手工添加".write(to: output.appendingPathComponent("villages/220681100201/note.html"), atomically: true, encoding: .utf8)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.changes?.removed == 1)
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func aStrictBuildWithNothingToDoStillFailsOnTheWarnings() throws {
        let (work, content, output) = try TestSupport.workingCopy(of: TestSupport.sampleContent)
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let before = try TestSupport.tree(output)
        let strict = TestSupport.build(content: content, output: output, strict: true)
        #expect(!strict.succeeded)
        #expect(strict.warningCount == 1)
        #expect(try TestSupport.tree(output) == before)
    }

    @Test func anotherDayIsAnotherBuild() throws {
        let (work, content, output) = try TestSupport.workingCopy(of: TestSupport.sampleContent)
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        // Deadlines are checked against the day: on the day after, the build must run.
        let later = TestSupport.build(content: content, output: output, asOf: CalendarDate("2026-11-30")!)
        #expect(later.stageTimes.contains { $0.name == "load" })
    }

    // What a review of village reuse found; each of these once gave a result a clean build did not.

    @Test func aManifestGivenOnTheCommandLineIsAlwaysCheckedAgainst() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        // The live site published a notice this content does not have.
        let live = work.appendingPathComponent("live-manifest.json")
        let published = try TestSupport.read(output, PublicationManifest.fileName)
        let extra = published.replacingOccurrences(of: "2024-q2-caiwu", with: "2023-caiwu")
        #expect(extra != published)
        try extra.write(to: live, atomically: true, encoding: .utf8)
        var options = BuildOptions(
            contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output, previousManifest: live)
        options.asOf = TestSupport.sampleAsOf
        let report = Pipeline.build(options)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .disclosureRemoved })
    }

    /// Replaced as a new file, or rewritten in place, which leaves the output's folders as they
    /// were (`OutputFolders` records the manifest's own inode and times for that).
    @Test(arguments: [true, false])
    func theOutputsManifestReplacedByHandIsCheckedAgainst(asANewFile: Bool) throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        let manifest = output.appendingPathComponent(PublicationManifest.fileName)
        let published = try String(contentsOf: manifest, encoding: .utf8)
        // As if the live site's manifest, with a notice this content does not have, were put there.
        try published.replacingOccurrences(of: "2024-q2-caiwu", with: "2023-caiwu")
            .write(to: manifest, atomically: asANewFile, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .disclosureRemoved })
    }

    @Test func personalDataInAContentFileOutsideTheVillagesIsFound() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        try "值班电话 13812345678\n".write(to: content.appendingPathComponent("townships/jianguo/notes.md"), atomically: true, encoding: .utf8)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.code == .personalData && $0.location.file == "townships/jianguo/notes.md" })
    }

    @Test func aFileALinkPointsToIsFollowedWhenItChanges() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        // 东岭村's services come from a table kept outside its folder.
        let services = content.appendingPathComponent("\(Self.east)/services.csv")
        let shared = work.appendingPathComponent("shared-services.csv")
        try FileManager.default.moveItem(at: services, to: shared)
        try FileManager.default.createSymbolicLink(at: services, withDestinationURL: shared)
        _ = TestSupport.successfulBuild(content, into: output)
        try (try String(contentsOf: shared, encoding: .utf8) + "S99,临时证明开具,便民,村委会,,,\n").write(to: shared, atomically: false, encoding: .utf8)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 2)
        #expect(try TestSupport.read(output, "villages/220681100201/services/index.html").contains("临时证明开具"))
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    @Test func anEmptyAttachmentFolderIsNoticed() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let first = TestSupport.successfulBuild(content, into: output)
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("\(Self.east)/disclosures/2025-06-weizhi"), withIntermediateDirectories: true)
        let report = TestSupport.successfulBuild(content, into: output)
        #expect(report.villagesReused == 2)
        #expect(report.warningCount == first.warningCount + 1)
        #expect(report.diagnostics.contains { $0.code == .attachmentUnlisted })
    }

    @Test func aRemovedTownshipLeavesNeitherPagesNorCacheBehind() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = TestSupport.successfulBuild(content, into: output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(BuildCache.shardPath("jianguo")).path))
        try FileManager.default.removeItem(at: content.appendingPathComponent("townships/jianguo"))
        let report = TestSupport.build(content: content, output: output, asOf: TestSupport.sampleAsOf)
        // Its notices were published: removing them is refused until the manifest allows it.
        #expect(!report.succeeded)
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = TestSupport.sampleAsOf
        options.checkPublished = false
        let again = Pipeline.build(options)
        #expect(again.succeeded, "\(again.diagnostics)")
        #expect(again.villagesReused == 2)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(BuildCache.shardPath("jianguo")).path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("townships/jianguo").path))
        let clean = work.appendingPathComponent("clean")
        options.outputFolder = clean
        #expect(Pipeline.build(options).succeeded)
        #expect(try TestSupport.tree(output) == (try TestSupport.tree(clean)))
    }
}
