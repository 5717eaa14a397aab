import Foundation
import Testing

@testable import GongkaiCore

/// `FolderStamp`: what an incremental build compares to leave a village folder unread. Every
/// kind of change to what the folder holds must change the stamp, and nothing else may.
@Suite final class FolderStampTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "gongkai-stamp-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder.appending(path: "disclosures/2024-q1"), withIntermediateDirectories: true)
        try write("village.yaml", "name: 东岭村\n")
        try write("needs.csv", "编号,需求\nN1,路灯\n")
        try write("disclosures/2024-q1.md", "---\ntitle: 一季度\n---\n正文\n")
        try write("disclosures/2024-q1/明细 表.csv", "a,b\n")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appending(path: name))
    }

    private var stamp: String { FolderStamp.of(path: folder.path) }

    /// Lets the file system's clock move past the last change, so that a change made now carries
    /// a later time even on a coarse clock.
    private func tick() {
        usleep(20_000)
    }

    @Test func anUnchangedFolderKeepsItsStamp() {
        #expect(stamp == stamp)
        #expect(stamp.count == 64 && stamp.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func aFileRewrittenInPlaceWithTheSameSizeChangesIt() throws {
        let before = stamp
        tick()
        try write("needs.csv", "编号,需求\nN1,水井\n")
        #expect(stamp != before)
    }

    @Test func aFileInASubfolderChangesIt() throws {
        let before = stamp
        tick()
        try write("disclosures/2024-q1/明细 表.csv", "a,c\n")
        #expect(stamp != before)
    }

    @Test func addingRemovingAndRenamingChangeIt() throws {
        var before = stamp
        tick()
        try write("projects.csv", "编号\n")
        #expect(stamp != before)
        before = stamp
        tick()
        try FileManager.default.moveItem(at: folder.appending(path: "projects.csv"), to: folder.appending(path: "resources.csv"))
        #expect(stamp != before)
        before = stamp
        tick()
        try FileManager.default.removeItem(at: folder.appending(path: "resources.csv"))
        #expect(stamp != before)
        before = stamp
        tick()
        try FileManager.default.createDirectory(at: folder.appending(path: "empty"), withIntermediateDirectories: false)
        #expect(stamp != before)
    }

    @Test func aBrokenLinkIsStampedAndAMissingFolderHasAStampOfItsOwn() throws {
        let before = stamp
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "gone.csv").path, withDestinationPath: "nowhere.csv")
        #expect(stamp != before)
        #expect(FolderStamp.of(path: folder.path + "/missing") == FolderStamp.of(path: folder.path + "/also-missing"))
        #expect(FolderStamp.of(path: folder.path + "/missing") != stamp)
    }

    @Test func skippedFoldersAreLeftOut() throws {
        let skipping: Set<String> = ["disclosures/2024-q1"]
        let before = FolderStamp.of(path: folder.path, skipping: skipping)
        tick()
        try write("disclosures/2024-q1/明细 表.csv", "a,c\n")
        // The folder itself is left out with everything below it; its parent's times did not move.
        #expect(FolderStamp.of(path: folder.path, skipping: skipping) == before)
        #expect(FolderStamp.of(path: folder.path) != FolderStamp.of(path: folder.path, skipping: skipping))
    }
}
