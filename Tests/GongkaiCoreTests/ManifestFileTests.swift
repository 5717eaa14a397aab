import Foundation
import Testing

@testable import GongkaiCore

/// `gongkai-manifest.json` is written by hand into bytes; it must be exactly what `JSONEncoder`
/// writes with sorted keys, pretty printing and unescaped slashes, so that manifests written
/// before and after read the same and digests of the file stay stable.
@Suite struct ManifestFileTests {
    private func encoded(_ manifest: PublicationManifest) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(manifest) + Data("\n".utf8)
    }

    private func entry(
        _ path: String, title: String = "2024年第二季度财务收支公开", source: String? = "townships/t/villages/v/disclosures/a.md",
        attachments: [PublicationManifest.AttachmentEntry]? = nil
    ) -> PublicationManifest.Entry {
        PublicationManifest.Entry(
            path: path, source: source, village: "东岭村", title: title, publishedOn: "2024-07-10",
            sha256: String(repeating: "ab", count: 32), corrections: 2, retracted: true, attachments: attachments)
    }

    @Test func anEmptyManifest() throws {
        let manifest = PublicationManifest(disclosures: [])
        #expect(manifest.file().contents == (try encoded(manifest)))
        #expect(String(decoding: manifest.file().contents, as: UTF8.self) == "{\n  \"disclosures\" : [\n\n  ],\n  \"format\" : 1\n}\n")
    }

    @Test func entriesWithEveryKindOfField() throws {
        let attachment = PublicationManifest.AttachmentEntry(name: "验收/结果 \"汇总\".csv", bytes: 249, sha256: "de27")
        let manifest = PublicationManifest(
            disclosures: [
                entry("villages/v/disclosures/b/", attachments: [attachment, attachment]),
                entry("villages/v/disclosures/a/", title: "引号\"、反斜杠\\、换行\n、制表\t、控制\u{1}\u{1f}、斜杠/", source: nil),
                entry("villages/v/disclosures/c/", attachments: []),
            ],
            finance: [entry("villages/v/finance/2024-q2/", source: "townships/t/villages/v/finance/2024-q2.yaml")])
        #expect(manifest.file().contents == (try encoded(manifest)))
    }

    @Test func theWrittenFileReadsBackAsTheSameManifest() throws {
        let manifest = PublicationManifest(
            disclosures: (0..<50).map { entry("villages/v/disclosures/\($0)/", title: "第\($0)期") }, finance: [entry("villages/v/finance/1/")])
        #expect(try JSONDecoder().decode(PublicationManifest.self, from: manifest.file().contents) == manifest)
    }
}

/// Villages keep their published records as the manifest's own text
/// (`VillageSummary.PublishedRecords`), and the manifest is put together from those parts: it
/// must be the manifest of all their entries, byte for byte, and the records must read back.
@Suite struct PublishedRecordsTests {
    private func entry(_ village: String, _ page: String, title: String = "公开", attachments: Int = 0) -> PublicationManifest.Entry {
        PublicationManifest.Entry(
            path: "villages/\(village)/\(page)/", source: "townships/t/villages/\(village)/\(page).md", village: "村\(village)", title: title,
            publishedOn: "2024-07-10", sha256: String(repeating: "0f", count: 32), corrections: page.count % 3, retracted: page.hasSuffix("x"),
            attachments: attachments == 0 ? nil : (0..<attachments).map { .init(name: "附件\($0).pdf", bytes: 100 + $0, sha256: "ee") })
    }

    private func records(_ village: String, notices: [String], finance: [String]) -> VillageSummary.PublishedRecords {
        VillageSummary.PublishedRecords(
            notices: notices.enumerated().map { entry(village, "disclosures/\($1)", attachments: $0 % 3) },
            finance: finance.map { .init(entry: entry(village, "finance/\($0)"), tableFile: "townships/t/villages/\(village)/finance/\($0).csv") })
    }

    /// Ids whose order differs from their folders' (`a` < `a-b` but `villages/a-b/` <
    /// `villages/a/`), villages without records, notices given out of order.
    @Test func theManifestOfTheVillagesPartsIsTheWholeManifest() throws {
        let villages = [
            ("a", records("a", notices: ["2024-q2", "2024-q1x", "2023-12"], finance: ["2025-07"])),
            ("a-b", records("a-b", notices: ["z", "b"], finance: [])),
            ("a.1", records("a.1", notices: [], finance: [])),
            ("10", records("10", notices: ["n"], finance: ["2025-08", "2025-07"])),
            ("9", records("9", notices: ["m", "k", "l"], finance: [])),
        ]
        let entries = villages.flatMap { try! #require($0.1.decoded()).notices }
        let finance = villages.flatMap { try! #require($0.1.decoded()).finance.map(\.entry) }
        let whole = PublicationManifest(disclosures: entries, finance: finance)
        #expect(PublicationManifest.file(ofVillages: villages.reversed()).contents == whole.file().contents)
        #expect(PublicationManifest.file(ofVillages: villages).contents == whole.file().contents)
    }

    @Test func withoutFinanceOrAnythingTheManifestIsTheSameToo() {
        let notices = [("v", records("v", notices: ["b", "a"], finance: [])), ("w", records("w", notices: [], finance: []))]
        let whole = PublicationManifest(disclosures: notices.flatMap { $0.1.decoded()!.notices })
        #expect(PublicationManifest.file(ofVillages: notices).contents == whole.file().contents)
        #expect(PublicationManifest.file(ofVillages: []).contents == PublicationManifest(disclosures: []).file().contents)
    }

    @Test func recordsReadBackSortedWithTheirTables() throws {
        let kept = records("v", notices: ["b", "a", "c"], finance: ["2025-08", "2025-07"])
        let decoded = try #require(kept.decoded())
        #expect(decoded.notices.map(\.path) == ["villages/v/disclosures/a/", "villages/v/disclosures/b/", "villages/v/disclosures/c/"])
        #expect(decoded.notices[1].attachments == nil && decoded.notices[2].attachments?.count == 2)
        #expect(decoded.finance.map(\.tableFile) == ["townships/t/villages/v/finance/2025-07.csv", "townships/t/villages/v/finance/2025-08.csv"])
        let cached = try CacheReader.read(VillageSummary.PublishedRecords.self, from: CacheWriter.bytes(of: kept))
        #expect(cached == kept)
        #expect(cached.decoded()?.notices == decoded.notices)
        let none = VillageSummary.PublishedRecords(notices: [], finance: [])
        #expect(none.decoded()?.notices == [] && none.decoded()?.finance.isEmpty == true)
    }

    @Test func damagedRecordsDoNotReadBack() throws {
        let kept = records("v", notices: ["a", "b"], finance: [])
        // The records' fields as the cache lays them out, with a notice count that is wrong.
        var writer = CacheWriter()
        writer.write(kept.noticeElements)
        writer.write(3)
        writer.write(kept.financeElements)
        writer.write(kept.financeCount)
        writer.write(kept.tableFiles)
        let damaged = try CacheReader.read(VillageSummary.PublishedRecords.self, from: writer.bytes)
        #expect(damaged.noticeCount == 3)
        #expect(damaged.decoded() == nil)
        #expect(try CacheReader.read(VillageSummary.PublishedRecords.self, from: CacheWriter.bytes(of: kept)).decoded() != nil)
    }
}
