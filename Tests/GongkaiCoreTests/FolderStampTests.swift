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

    // MARK: The listing kept for the next stamp

    /// The stamp and listing with every folder counted as settled.
    private func listed(_ recorded: StampListing? = nil) -> (stamp: String, listing: StampListing?) {
        FolderStamp.of(path: folder.path, recorded: recorded, settledBefore: .max)
    }

    @Test func aListingGivesTheStampOfAFolderListedAgain() throws {
        let first = listed()
        let listing = try #require(first.listing)
        #expect(first.stamp == stamp)
        #expect(listing.folders.count == 3, "the folder, disclosures and disclosures/2024-q1")
        #expect(listing.entries.split(separator: "\0").map(String.init) == [
            "disclosures/", "disclosures/2024-q1/", "disclosures/2024-q1/明细 表.csv", "disclosures/2024-q1.md", "needs.csv",
            "village.yaml",
        ])
        let again = listed(listing)
        #expect(again.stamp == stamp)
        #expect(again.listing == listing)
    }

    /// What shows that a listing is trusted: an entry left out of it is not looked at, as long
    /// as no folder's times moved.
    @Test func aListingIsTrustedWhileItsFoldersKeepTheirTimes() throws {
        var listing = try #require(listed().listing)
        listing.entries = listing.entries.replacingOccurrences(of: "needs.csv\0", with: "")
        #expect(listed(listing).stamp != stamp)
        tick()
        try write("projects.csv", "编号\n")
        let after = listed(listing)
        #expect(after.stamp == stamp, "a file added moved the folder's times: it is listed again")
        #expect(after.listing?.entries.contains("needs.csv\0") == true)
    }

    @Test(arguments: ["add", "remove", "rename", "rewrite", "subfolder", "deep rewrite"])
    func everyChangeMovesTheStampFromAListingToo(change: String) throws {
        let before = try #require(listed().listing)
        let stampBefore = stamp
        tick()
        switch change {
        case "add": try write("disclosures/2024-q2.md", "正文\n")
        case "remove": try FileManager.default.removeItem(at: folder.appending(path: "disclosures/2024-q1/明细 表.csv"))
        case "rename":
            try FileManager.default.moveItem(at: folder.appending(path: "needs.csv"), to: folder.appending(path: "resources.csv"))
        case "rewrite": try write("needs.csv", "编号,需求\nN1,水井\n")
        case "subfolder":
            try FileManager.default.createDirectory(at: folder.appending(path: "disclosures/2024-q1/附件"), withIntermediateDirectories: false)
        default: try write("disclosures/2024-q1/明细 表.csv", "a,c\n")
        }
        let after = listed(before)
        #expect(after.stamp == stamp)
        #expect(after.stamp != stampBefore)
    }

    /// A listing whose entries do not match what the folders hold is dropped for a new one: an
    /// entry recorded as a file that is a folder, or as a folder that is a file.
    @Test func anEntryOfAnotherKindListsTheFolderAgain() throws {
        let listing = try #require(listed().listing)
        var asFolder = listing
        asFolder.entries = asFolder.entries.replacingOccurrences(of: "needs.csv\0", with: "needs.csv/\0")
        asFolder.folders.append(FolderTimes(inode: 1, modified: 0, changed: 0))
        #expect(listed(asFolder).stamp == stamp)
        #expect(listed(asFolder).listing == listing)
        var asFile = listing
        asFile.entries = asFile.entries.replacingOccurrences(of: "disclosures/2024-q1/\0", with: "disclosures/2024-q1\0")
        asFile.folders.remove(at: 2)
        #expect(listed(asFile).stamp == stamp)
        var moved = listing
        moved.folders[1].modified -= 1
        #expect(listed(moved).stamp == stamp)
    }

    @Test func aFolderChangedTooRecentlyIsNotKept() throws {
        #expect(FolderStamp.of(path: folder.path, recorded: nil, settledBefore: .min).listing == nil)
        // Made a moment ago: by the clock, not settled yet.
        #expect(FolderStamp.of(path: folder.path, recorded: nil).listing == nil)
        #expect(FolderStamp.of(path: folder.path, recorded: nil).stamp == stamp)
        var info = stat()
        #expect(stat(folder.appending(path: "disclosures").path, &info) == 0)
        let settled = FolderTimes(info).modified
        #expect(FolderStamp.of(path: folder.path, recorded: nil, settledBefore: settled).listing == nil, "one folder is not settled")
    }

    @Test func aLoopingLinkOrAMissingFolderIsNotKept() throws {
        #expect(FolderStamp.of(path: folder.path + "/missing", recorded: nil, settledBefore: .max).listing == nil)
        #expect(FolderStamp.of(path: folder.path + "/missing", recorded: nil).stamp == FolderStamp.of(path: folder.path + "/missing"))
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "loop").path, withDestinationPath: ".")
        let looping = FolderStamp.of(path: folder.path, recorded: nil, settledBefore: .max)
        #expect(looping.listing == nil)
        #expect(looping.stamp == stamp)
    }

    @Test func aBrokenLinkIsKeptAndStampedAsTheLink() throws {
        let target = folder.deletingLastPathComponent().appending(path: "\(folder.lastPathComponent)-target.csv")
        defer { try? FileManager.default.removeItem(at: target) }
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "gone.csv").path, withDestinationPath: target.path)
        let listing = try #require(listed().listing)
        let broken = listed(listing).stamp
        #expect(broken == stamp)
        // The link now leads to a file outside the folder, whose times did not move: the stamp
        // from the listing is that of the file it leads to.
        try Data("a\n".utf8).write(to: target)
        #expect(listed(listing).stamp == stamp)
        #expect(stamp != broken)
    }

    @Test func listingsReadBackAndRefuseAWrongCountOfFolders() throws {
        let listing = try #require(listed().listing)
        let bytes = CacheWriter.bytes(of: ["townships/t/villages/v": listing])
        #expect(try CacheReader.read([String: StampListing].self, from: bytes) == ["townships/t/villages/v": listing])
        var wrong = listing
        wrong.folders.removeLast()
        #expect(throws: CacheReader.Malformed.self) { try CacheReader.read(StampListing.self, from: CacheWriter.bytes(of: wrong)) }
        var unterminated = listing
        unterminated.entries.removeLast()
        #expect(throws: CacheReader.Malformed.self) { try CacheReader.read(StampListing.self, from: CacheWriter.bytes(of: unterminated)) }
    }
}
