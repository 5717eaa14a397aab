import Crypto
import Foundation
import Testing

@testable import GongkaiCore

/// Files published with a notice: listed in its front matter, kept in the folder named like
/// it, copied byte for byte beside its page, listed there with type and size, part of its
/// hash in the manifest (so a silently replaced file fails the next build), re-copied by an
/// incremental build, and read for personal data when they are text.
@Suite struct AttachmentTests {
    static let village = "townships/220681100/villages/220681100201"
    static let notice = "\(village)/disclosures/2024-07-huiyi.md"
    static let folder = "\(village)/disclosures/2024-07-huiyi"
    static let pagePath = "villages/220681100201/disclosures/2024-07-huiyi/"

    /// Not text, not even valid UTF-8: must arrive unchanged.
    static let pdf = Data("%PDF-1.4\n".utf8) + Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7) }) + Data("\n%%EOF\r\n".utf8)
    /// A GB18030 table (as Excel saves it on Chinese Windows): must not be re-encoded.
    static let table = Data([0xCF, 0xEE, 0xC4, 0xBF, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE, 0x0D, 0x0A, 0xC2, 0xB7, 0xB5, 0xC6, 0x2C, 0x31, 0x38, 0x2E, 0x35, 0x0D, 0x0A])

    private func setUp(files: [String: Data] = ["会议记录.pdf": pdf, "明细 表.csv": table], list: [String]? = nil) throws -> (work: URL, content: URL, output: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        try writeNotice(in: content, attachments: list ?? files.keys.sorted())
        try FileManager.default.createDirectory(at: content.appendingPathComponent(Self.folder), withIntermediateDirectories: true)
        for (name, data) in files {
            try data.write(to: content.appendingPathComponent("\(Self.folder)/\(name)"))
        }
        return (work, content, work.appendingPathComponent("public"))
    }

    private func writeNotice(in content: URL, attachments: [String], extra: String = "") throws {
        var text = "---\ntitle: 2024年7月村民代表会议决议公开\ncategory: 村务\nperiod: 2024-07\npublished_on: 2024-07-25\n"
        if !attachments.isEmpty { text += "attachments:\n" + attachments.map { "  - \($0)\n" }.joined() }
        text += extra + "---\n2024年7月20日召开村民代表会议，会议记录和明细见附件。\n"
        try text.write(to: content.appendingPathComponent(Self.notice), atomically: true, encoding: .utf8)
    }

    private func manifest(_ output: URL) throws -> PublicationManifest.Entry {
        let manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: output.appendingPathComponent(PublicationManifest.fileName)))
        return try #require(manifest.disclosures.first { $0.path == Self.pagePath })
    }

    private static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    @Test func attachmentsAreCopiedByteForByteAndListedWithTypeAndSize() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let report = TestSupport.build(content: content, output: output, strict: true)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")

        #expect(try Data(contentsOf: output.appendingPathComponent(Self.pagePath + "会议记录.pdf")) == Self.pdf)
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.pagePath + "明细 表.csv")) == Self.table)
        let page = try TestSupport.read(output, Self.pagePath + "index.html")
        #expect(page.contains("<h2 id=\"attachments-title\">附件</h2>"))
        #expect(page.contains("<li><a href=\"%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95.pdf\" type=\"application/pdf\">会议记录.pdf</a><span class=\"attachment-info\">（PDF，3 KB）</span></li>"))
        #expect(page.contains("<a href=\"%E6%98%8E%E7%BB%86%20%E8%A1%A8.csv\" type=\"text/csv\">明细 表.csv</a><span class=\"attachment-info\">（CSV 表格，22 字节）</span>"))
        let pdfAt = try #require(page.range(of: "会议记录.pdf</a>")), csvAt = try #require(page.range(of: "明细 表.csv</a>"))
        #expect(pdfAt.lowerBound < csvAt.lowerBound, "in the order of the front matter")

        let entry = try manifest(output)
        #expect(entry.attachments == [
            .init(name: "会议记录.pdf", bytes: Self.pdf.count, sha256: Self.sha256(Self.pdf)),
            .init(name: "明细 表.csv", bytes: Self.table.count, sha256: Self.sha256(Self.table)),
        ])
        let without = ContentHash.disclosure(
            title: "2024年7月村民代表会议决议公开", category: .affairs, period: .month(year: 2024, month: 7),
            publishedOn: CalendarDate("2024-07-25")!, body: "2024年7月20日召开村民代表会议，会议记录和明细见附件。\n")
        #expect(entry.sha256 != without, "the attachments are part of the notice's hash")
        let plain = try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: output.appendingPathComponent(PublicationManifest.fileName)))
            .disclosures.first { $0.path == "villages/220681100201/disclosures/2024-q2-caiwu/" }
        #expect(plain?.attachments == nil, "a notice without attachments is recorded as before")
    }

    @Test func anAttachmentReplacedSilentlyFailsTheNextBuildUntilACorrectionIsRecorded() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let before = try TestSupport.tree(output)

        var changed = Self.pdf
        changed[200] ^= 0xFF
        try changed.write(to: content.appendingPathComponent("\(Self.folder)/会议记录.pdf"))
        let silent = TestSupport.build(content: content, output: output)
        #expect(!silent.succeeded)
        #expect(silent.diagnostics.map(\.code) == [.disclosureChangedSilently])
        #expect(silent.diagnostics.first?.location.file == Self.notice)
        #expect(silent.diagnostics.first?.message.contains("附件 会议记录.pdf 的内容变了") == true)
        #expect(try TestSupport.tree(output) == before, "the published site is untouched")

        try writeNotice(
            in: content, attachments: ["会议记录.pdf", "明细 表.csv"],
            extra: "corrections:\n  - date: 2024-07-28\n    reason: 会议记录扫描件缺页，重新扫描\n")
        let corrected = TestSupport.build(content: content, output: output)
        #expect(corrected.succeeded, "\(DiagnosticFormatter.report(corrected.diagnostics))")
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.pagePath + "会议记录.pdf")) == changed)
        #expect(try manifest(output).attachments?.first?.sha256 == Self.sha256(changed))
    }

    @Test func addingOrRemovingAnAttachmentIsAChangeToo() throws {
        let (work, content, output) = try setUp(files: ["会议记录.pdf": Self.pdf])
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(TestSupport.build(content: content, output: output).succeeded)

        try Self.table.write(to: content.appendingPathComponent("\(Self.folder)/明细.csv"))
        try writeNotice(in: content, attachments: ["会议记录.pdf", "明细.csv"])
        let added = TestSupport.build(content: content, output: output)
        #expect(added.diagnostics.map(\.code) == [.disclosureChangedSilently])
        #expect(added.diagnostics.first?.message.contains("新增了附件 明细.csv") == true)

        try FileManager.default.removeItem(at: content.appendingPathComponent("\(Self.folder)/明细.csv"))
        try writeNotice(in: content, attachments: [])
        try FileManager.default.removeItem(at: content.appendingPathComponent(Self.folder))
        let removed = TestSupport.build(content: content, output: output)
        #expect(removed.diagnostics.map(\.code) == [.disclosureChangedSilently])
        #expect(removed.diagnostics.first?.message.contains("去掉了附件 会议记录.pdf") == true)
    }

    @Test func anIncrementalBuildRecopiesAChangedAttachmentAndEqualsACleanBuild() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(TestSupport.build(content: content, output: output).succeeded)

        let changed = Data("%PDF-1.4\n% 重新扫描\n%%EOF\n".utf8)
        try changed.write(to: content.appendingPathComponent("\(Self.folder)/会议记录.pdf"))
        try writeNotice(
            in: content, attachments: ["会议记录.pdf", "明细 表.csv"],
            extra: "corrections:\n  - date: 2024-07-28\n    reason: 重新扫描会议记录\n")
        let incremental = TestSupport.build(content: content, output: output)
        #expect(incremental.succeeded, "\(DiagnosticFormatter.report(incremental.diagnostics))")
        #expect(incremental.unitsRendered == 5, "the village, its township and the home, search and feed pages")
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.pagePath + "会议记录.pdf")) == changed)

        // Only the attachment's bytes change now (a second correction covers it).
        let again = Data("%PDF-1.4\n% 第三次\n%%EOF\n".utf8)
        try again.write(to: content.appendingPathComponent("\(Self.folder)/会议记录.pdf"))
        try writeNotice(
            in: content, attachments: ["会议记录.pdf", "明细 表.csv"],
            extra: "corrections:\n  - date: 2024-07-28\n    reason: 重新扫描会议记录\n  - date: 2024-07-29\n    reason: 补上签字页\n")
        #expect(TestSupport.build(content: content, output: output).succeeded)
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.pagePath + "会议记录.pdf")) == again)

        let clean = work.appendingPathComponent("clean")
        #expect(TestSupport.build(content: content, output: clean).succeeded)
        #expect(try TestSupport.tree(output) == TestSupport.tree(clean), "an incremental build writes what a clean build writes")
    }

    @Test func aFileNotListedIsNotPublishedAndIsAWarning() throws {
        let (work, content, output) = try setUp(files: ["会议记录.pdf": Self.pdf, "草稿.docx": Data([0x50, 0x4B, 0x03, 0x04])], list: ["会议记录.pdf"])
        defer { try? FileManager.default.removeItem(at: work) }
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.code) == [.attachmentUnlisted])
        #expect(report.diagnostics.first?.location.file == "\(Self.folder)/草稿.docx")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.pagePath + "草稿.docx").path))
    }

    @Test func aRetractedNoticesAttachmentsAreWithdrawnWithIt() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(TestSupport.build(content: content, output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.pagePath + "会议记录.pdf").path))
        try writeNotice(
            in: content, attachments: ["会议记录.pdf", "明细 表.csv"], extra: "retraction:\n  date: 2024-08-01\n  reason: 会议记录有误\n")
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.pagePath + "会议记录.pdf").path))
        #expect(!(try TestSupport.read(output, Self.pagePath + "index.html")).contains("attachments-title"))
    }

    @Test func textAttachmentsAreReadForPersonalDataUnderEitherPolicy() throws {
        let csv = Data("姓名,电话\n某某,13812345678\n".utf8)
        let (work, content, output) = try setUp(files: ["名单.csv": csv])
        defer { try? FileManager.default.removeItem(at: work) }
        let refused = TestSupport.build(content: content, output: output)
        #expect(refused.diagnostics.map(\.code) == [.personalData])
        #expect(refused.diagnostics.first?.location == SourceLocation(file: "\(Self.folder)/名单.csv", line: 2, column: 4))

        // Masking cannot change a file published as it is: it is refused all the same.
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8) + "privacy: mask\n").write(to: site, atomically: true, encoding: .utf8)
        let masked = TestSupport.build(content: content, output: output)
        #expect(masked.diagnostics.map(\.code) == [.personalData])
        #expect(masked.diagnostics.first?.hint.contains("附件按原样发布") == true)
    }

    @Test func underTheMaskPolicyAttachmentsAreStillCopiedUnchanged() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8) + "privacy: mask\n").write(to: site, atomically: true, encoding: .utf8)
        #expect(TestSupport.build(content: content, output: output).succeeded)
        #expect(try Data(contentsOf: output.appendingPathComponent(Self.pagePath + "明细 表.csv")) == Self.table)
    }
}
