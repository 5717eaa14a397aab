import Foundation
import Testing
@testable import GongkaiCore

/// A village folder listed and read once (`FolderSnapshot`) answers every read and listing as
/// the folder on disk does, and digests to what walking the folder gives.
@Suite final class FolderSnapshotTests {
    private let content: URL
    private let village = "townships/220681100/villages/220681100201"

    init() throws {
        content = FileManager.default.temporaryDirectory.appending(path: "gongkai-snapshot-\(UUID().uuidString)", directoryHint: .isDirectory)
        let files: [String: String] = [
            "site.yaml": "title: 临江\n",
            "\(village)/village.yaml": "name: 红石村\n",
            "\(village)/services.csv": "序号,名称\n1,村史馆\n",
            "\(village)/.hidden.yaml": "phone: 13812345678\n",
            "\(village)/.git/config": "[core]\n",
            "\(village)/lists/xiaowei.yaml": "title: 小微权力\n",
            "\(village)/lists/xiaowei.csv": "事项\n低保\n",
            "\(village)/lists/readme.txt": "说明\n",
            "\(village)/disclosures/2024-06-dangwu.md": "---\ntitle: 党务\n---\n正文\n",
            "\(village)/disclosures/.draft.md": "草稿\n",
            "\(village)/disclosures/2024-06-dangwu/附件.csv": "a,b\n",
            "\(village)/finance/2025-Q1.csv": "科目\n",
        ]
        for (path, text) in files {
            let url = content.appending(path: path, directoryHint: .notDirectory)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(
            at: content.appending(path: "\(village)/needs.csv", directoryHint: .isDirectory), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: content.appending(path: "\(village)/empty", directoryHint: .isDirectory), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: content.path + "/\(village)/projects.csv", withDestinationPath: content.path + "/\(village)/services.csv")
        try SparseFile.create(atPath: content.path + "/\(village)/resources.csv", size: ContentLimits.maxFileBytes + 1)
    }

    deinit {
        try? FileManager.default.removeItem(at: content)
    }

    private func describe(_ outcome: ContentFileReader.Outcome) -> String {
        switch outcome {
        case let .contents(data): "contents \(data.base64EncodedString())"
        case .missing: "missing"
        case let .tooLarge(size): "too large: \(size)"
        case let .unreadable(reason): "unreadable: \(reason)"
        }
    }

    @Test func readsAsTheFolderOnDisk() {
        let snapshot = FolderSnapshot(village, in: content)
        let disk = ContentFolder(content)
        let paths = [
            "village.yaml", "services.csv", "projects.csv", "needs.csv", "resources.csv", "none.csv", ".hidden.yaml", ".git/config",
            "lists/xiaowei.yaml", "disclosures/2024-06-dangwu/附件.csv", "disclosures/none/x.md", "village.yaml/below", "empty",
        ].map { "\(village)/\($0)" } + ["site.yaml", village, "townships/220681100/villages/2206811002011/village.yaml"]
        for path in paths {
            #expect(describe(snapshot.read(path)) == describe(disk.read(path)), "\(path)")
            #expect(describe(snapshot.read(path, limit: .max)) == describe(disk.read(path, limit: .max)), "\(path)")
            #expect(describe(snapshot.read(path, limit: 3)) == describe(disk.read(path, limit: 3)), "\(path)")
        }
        #expect(describe(snapshot.read("\(village)/resources.csv")) == "too large: \(ContentLimits.maxFileBytes + 1)")
    }

    /// A folder that cannot be listed holds nothing, and its files are asked of the disk by name.
    @Test func aFolderThatCannotBeListedReadsFromDisk() {
        let missing = "townships/220681100/villages/220681100299"
        let snapshot = FolderSnapshot(missing, in: content)
        #expect(snapshot.files.isEmpty)
        #expect(describe(snapshot.read("\(missing)/village.yaml")) == "missing")
        #expect(snapshot.entries(in: missing, directories: nil).isEmpty)
        // A file-like path outside the snapshot's folder is read from disk all the same.
        #expect(describe(snapshot.read("site.yaml")) == describe(ContentFolder(content).read("site.yaml")))
        // A file is no folder to list: asked for by name, it is read from disk.
        #expect(describe(FolderSnapshot("site.yaml", in: content).read("site.yaml")) == describe(ContentFolder(content).read("site.yaml")))
    }

    @Test func listsAsTheFolderOnDisk() {
        let snapshot = FolderSnapshot(village, in: content)
        let disk = ContentFolder(content)
        let folders = ["", "/lists", "/disclosures", "/disclosures/2024-06-dangwu", "/finance", "/none", "/.git", "/empty", "/needs.csv", "/village.yaml"]
            .map { village + $0 } + ["", "townships/220681100/villages"]
        for folder in folders {
            for kind in [true, false, nil] as [Bool?] {
                #expect(snapshot.entries(in: folder, directories: kind) == disk.entries(in: folder, directories: kind), "\(folder) \(String(describing: kind))")
            }
        }
        #expect(snapshot.files(in: "\(village)/lists", withExtensions: ["yaml", "csv"]) == ["xiaowei.csv", "xiaowei.yaml"])
        #expect(snapshot.entries(in: village, directories: true) == ["disclosures", "empty", "finance", "lists", "needs.csv"])
    }

    /// Stamped as it is listed, a snapshot holds and answers what an unstamped one does, and
    /// its stamp and listing are those `FolderStamp` gives the folder.
    @Test func aStampingSnapshotListsAsAndStampsAsFolderStamp() {
        let plain = FolderSnapshot(village, in: content)
        let stamping = FolderSnapshot(village, in: content, stampingSettledBefore: .max)
        #expect(plain.stamp == nil)
        #expect(stamping.files.map(\.path) == plain.files.map(\.path))
        #expect(stamping.files.map { describe($0.outcome) } == plain.files.map { describe($0.outcome) })
        for folder in ["", "/lists", "/disclosures", "/empty", "/needs.csv", "/none"].map({ village + $0 }) {
            #expect(stamping.entries(in: folder, directories: nil) == plain.entries(in: folder, directories: nil), "\(folder)")
        }
        let stamped = FolderStamp.of(path: content.path + "/" + village, recorded: nil, settledBefore: .max)
        #expect(stamping.stamp?.stamp == stamped.stamp)
        #expect(stamping.stamp?.listing == stamped.listing)
        #expect(stamping.stamp?.listing != nil)
        #expect(InputFingerprints.village(stamping) == InputFingerprints.village(plain))
    }

    /// A folder that cannot be listed is stamped as `FolderStamp` stamps it and holds nothing;
    /// one deeper than a stamp goes is listed to its bottom all the same.
    @Test func aStampingSnapshotOfAMissingOrVeryDeepFolder() throws {
        let missing = FolderSnapshot("townships/220681100/villages/220681100299", in: content, stampingSettledBefore: .max)
        #expect(missing.files.isEmpty)
        #expect(missing.stamp?.stamp == FolderStamp.of(path: content.path + "/townships/220681100/villages/220681100299"))
        #expect(missing.stamp?.listing == nil)

        let deep = (1...20).map { "d\($0)" }.joined(separator: "/")
        let url = content.appending(path: "\(village)/\(deep)/bottom.csv", directoryHint: .notDirectory)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a\n".utf8).write(to: url)
        let plain = FolderSnapshot(village, in: content)
        let stamping = FolderSnapshot(village, in: content, stampingSettledBefore: .max)
        #expect(stamping.files.map(\.path).contains("\(deep)/bottom.csv"))
        #expect(stamping.files.map(\.path) == plain.files.map(\.path))
        #expect(stamping.stamp?.stamp == FolderStamp.of(path: content.path + "/" + village))
        #expect(stamping.stamp?.listing == nil, "a folder too deep to stamp is not kept")
    }

    @Test func digestsAsWalkingTheFolder() {
        var walked = InputFingerprints.Digest()
        walked.addFolder(content.appending(path: village, directoryHint: .isDirectory), name: "220681100201")
        #expect(InputFingerprints.village(FolderSnapshot(village, in: content)) == walked.finish())
    }

    @Test func aChangedHiddenFileOrAttachmentChangesTheDigest() throws {
        let before = InputFingerprints.village(FolderSnapshot(village, in: content))
        try Data("[core]\nbare = false\n".utf8).write(to: content.appending(path: "\(village)/.git/config"))
        let hidden = InputFingerprints.village(FolderSnapshot(village, in: content))
        #expect(hidden != before)
        try Data("a,b\n1,2\n".utf8).write(to: content.appending(path: "\(village)/disclosures/2024-06-dangwu/附件.csv"))
        #expect(InputFingerprints.village(FolderSnapshot(village, in: content)) != hidden)
    }

    @Test func publishedFilesAreTheVisibleTextOnes() {
        let published = FolderSnapshot(village, in: content).files.map(\.path).filter(PrivacyGuard.isPublished)
        #expect(published == [
            "disclosures/2024-06-dangwu.md", "disclosures/2024-06-dangwu/附件.csv", "finance/2025-Q1.csv", "lists/xiaowei.csv",
            "lists/xiaowei.yaml", "projects.csv", "resources.csv", "services.csv", "village.yaml",
        ])
    }

    /// Attachments are hashed from the snapshot when it holds them and streamed from disk when
    /// they are larger: the same hash and first bytes either way; a link is refused, not followed.
    @Test func attachmentsHashAsStreamedFromDisk() throws {
        let folder = content.appending(path: "\(village)/disclosures/2024-06-dangwu", directoryHint: .isDirectory)
        // Past the snapshot's limit but within the attachments'.
        try SparseFile.create(
            atPath: folder.appending(path: "大.pdf").path, size: ContentLimits.maxFileBytes + 7, startingWith: Data("%PDF-1.7\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/链接.csv", withDestinationPath: folder.path + "/附件.csv")
        let loaded = AttachmentLoader.load(disclosuresPath: "\(village)/disclosures", from: FolderSnapshot(village, in: content))
        let entries = try #require(loaded["2024-06-dangwu"])
        #expect(entries.map(\.name) == ["大.pdf", "链接.csv", "附件.csv"])
        for entry in entries where entry.kind == .file {
            let streamed = AttachmentLoader.digest(entry.url)
            #expect(entry.sha256 != nil && entry.sha256 == streamed.0, "\(entry.name)")
            #expect(entry.head == streamed.1, "\(entry.name)")
        }
        #expect(entries[1].kind == .link && entries[1].sha256 == nil)
        #expect(entries[0].bytes == ContentLimits.maxFileBytes + 7 && entries[0].head.starts(with: Data("%PDF".utf8)))
    }
}
