import Foundation
import Testing
@testable import GongkaiCore

/// Reading content files from disk: `ContentFileReader`, and the diagnostics `TextFile.read`
/// and `CSVTable.read` give for a missing file, a folder where a file should be, and a file over
/// the size limit.
@Suite final class ContentFileReaderTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "gongkai-reader-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("标题: 临江\n".utf8).write(to: folder.appending(path: "site.yaml"))
        try Data("序号,名称\n1,村史馆\n".utf8).write(to: folder.appending(path: "table.csv"))
        try FileManager.default.createDirectory(at: folder.appending(path: "folder.yaml"), withIntermediateDirectories: true)
        try SparseFile.create(atPath: folder.appending(path: "large.csv").path, size: ContentLimits.maxFileBytes + 1)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.path + "/" + name }

    @Test func readsTheWholeFile() throws {
        guard case let .contents(data) = ContentFileReader.read(path("site.yaml")) else {
            Issue.record("not read")
            return
        }
        #expect(String(decoding: data, as: UTF8.self) == "标题: 临江\n")
    }

    private func kind(_ outcome: ContentFileReader.Outcome) -> String {
        switch outcome {
        case let .contents(data): "\(data.count) bytes"
        case .missing: "missing"
        case let .tooLarge(size): "too large: \(size)"
        case .unreadable: "unreadable"
        }
    }

    @Test func tellsMissingFolderAndTooLargeApart() {
        #expect(kind(ContentFileReader.read(path("none.yaml"))) == "missing")
        #expect(kind(ContentFileReader.read(path("site.yaml/below"))) == "missing")
        #expect(kind(ContentFileReader.read(path("folder.yaml"))) == "unreadable")
        #expect(kind(ContentFileReader.read(path("large.csv"))) == "too large: \(ContentLimits.maxFileBytes + 1)")
        #expect(kind(ContentFileReader.read(path("large.csv"), limit: .max)) == "\(ContentLimits.maxFileBytes + 1) bytes")
    }

    @Test func textFileDiagnostics() throws {
        let bag = DiagnosticBag()
        #expect(TextFile.read("site.yaml", in: folder, required: true, diagnostics: bag)?.text == "标题: 临江\n")
        #expect(TextFile.read("none.yaml", in: folder, required: false, diagnostics: bag) == nil)
        #expect(bag.items.isEmpty, "a missing optional file is not an error")
        #expect(TextFile.read("none.yaml", in: folder, required: true, diagnostics: bag) == nil)
        #expect(TextFile.read("folder.yaml", in: folder, required: true, diagnostics: bag) == nil)
        #expect(TextFile.read("large.csv", in: folder, required: true, diagnostics: bag) == nil)
        #expect(bag.items.map(\.code) == [.fileMissing, .fileUnreadable, .fileTooLarge])
        #expect(bag.items.map(\.location.file) == ["none.yaml", "folder.yaml", "large.csv"])
    }

    @Test func csvTableDiagnostics() throws {
        let bag = DiagnosticBag()
        let table = try #require(CSVTable.read("table.csv", in: folder, diagnostics: bag))
        #expect(table.header == ["序号", "名称"])
        #expect(CSVTable.read("large.csv", in: folder, diagnostics: bag) == nil)
        #expect(CSVTable.read("folder.yaml", in: folder, diagnostics: bag) == nil)
        #expect(bag.items.map(\.code) == [.fileTooLarge, .fileUnreadable])
    }

    @Test func folderListingSortsAndSkipsHiddenEntries() throws {
        try Data().write(to: folder.appending(path: ".hidden.csv"))
        #expect(FolderListing.files(in: folder, withExtension: "csv") == ["large.csv", "table.csv"])
        #expect(FolderListing.files(in: folder, withExtensions: ["yaml", "csv"]) == ["large.csv", "site.yaml", "table.csv"])
        #expect(FolderListing.folders(in: folder) == ["folder.yaml"])
        #expect(FolderListing.names(in: folder) == ["large.csv", "site.yaml", "table.csv", "folder.yaml"])
    }
}
