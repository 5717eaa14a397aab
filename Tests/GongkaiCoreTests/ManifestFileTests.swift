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
