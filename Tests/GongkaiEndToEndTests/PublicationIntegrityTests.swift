import Foundation
import Testing

@testable import GongkaiCore

/// Nothing published is lost or silently rewritten: the manifest of the previous build is
/// checked, and retractions and corrections are recorded and shown.
@Suite struct PublicationIntegrityTests {
    static let notice = "townships/220681100/villages/220681100201/disclosures/2024-q2-caiwu.md"
    static let page = "villages/220681100201/disclosures/2024-q2-caiwu/index.html"

    private func setUp() throws -> (work: URL, content: URL, output: URL) {
        try TestSupport.publishedCopy(of: VillageSiteTests.fixture)
    }

    private func frontMatter(adding lines: String, to file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "published_on: 2024-07-10\n", with: "published_on: 2024-07-10\n" + lines)
            .write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theManifestListsEveryDisclosureWithItsHash() throws {
        let (work, _, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: output.appendingPathComponent("gongkai-manifest.json")))
        #expect(manifest.disclosures.count == 4)
        let entry = try #require(manifest.disclosures.first { $0.path == "villages/220681100201/disclosures/2024-q2-caiwu/" })
        #expect(entry.source == Self.notice)
        #expect(entry.sha256.count == 64)
        #expect(entry.publishedOn == "2024-07-10")
    }

    @Test func removingAPublishedDisclosureFailsUntilItIsRetracted() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = content.appendingPathComponent(Self.notice)
        let original = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)
        let before = try TestSupport.tree(output)
        let removed = TestSupport.build(content: content, output: output)
        #expect(!removed.succeeded)
        #expect(removed.diagnostics.map(\.code) == [.disclosureRemoved])
        #expect(removed.diagnostics.first?.location.file == "villages/220681100201/disclosures/2024-q2-caiwu/")
        #expect(try TestSupport.tree(output) == before)

        try original.write(to: file)
        try frontMatter(adding: "retraction:\n  date: 2024-08-01\n  reason: 支出合计有误，重新核算后另行公布\n", to: file)
        let retracted = TestSupport.build(content: content, output: output)
        #expect(retracted.succeeded, "\(DiagnosticFormatter.report(retracted.diagnostics))")
        let page = try TestSupport.read(output, Self.page)
        #expect(page.contains("本公开内容已于 2024年8月1日 撤回。</strong>撤回原因：支出合计有误，重新核算后另行公布"))
        #expect(!page.contains("52,000"), "the retracted text is no longer shown")
        let archive = try TestSupport.read(output, "villages/220681100201/disclosures/index.html")
        #expect(archive.contains("2024年第二季度财务收支公开</a><span class=\"state\">（已撤回）</span>"))
    }

    @Test func aSilentEditFailsUntilACorrectionIsRecorded() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = content.appendingPathComponent(Self.notice)
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "31,500", with: "31,050")
            .write(to: file, atomically: true, encoding: .utf8)
        let silent = TestSupport.build(content: content, output: output)
        #expect(!silent.succeeded)
        #expect(silent.diagnostics.map(\.code) == [.disclosureChangedSilently])
        #expect(silent.diagnostics.first?.location.file == Self.notice)

        try frontMatter(adding: "corrections:\n  - date: 2024-07-20\n    reason: 支出合计笔误，31,500 元更正为 31,050 元\n", to: file)
        let corrected = TestSupport.build(content: content, output: output)
        #expect(corrected.succeeded, "\(DiagnosticFormatter.report(corrected.diagnostics))")
        let page = try TestSupport.read(output, Self.page)
        #expect(page.contains("<li>2024年7月20日更正：支出合计笔误，31,500 元更正为 31,050 元</li>"))
        #expect(page.contains("31,050"))

        // The recorded correction covers that change only: a further edit needs another one.
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "52,000", with: "25,000")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(TestSupport.build(content: content, output: output).diagnostics.map(\.code) == [.disclosureChangedSilently])
    }

    /// An incremental build takes the records of the villages it leaves unread from its cache
    /// (`PreviousManifest`): a village removed whole is still held to what it published.
    @Test func removingAVillageThatPublishedFailsIncrementally() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: output.appendingPathComponent("gongkai-manifest.json")))
        let published = (manifest.disclosures + (manifest.finance ?? [])).map(\.path).filter { $0.hasPrefix("villages/220681100201/") }.sorted()
        #expect(published.count == 5)
        try FileManager.default.removeItem(at: content.appendingPathComponent("townships/220681100/villages/220681100201"))
        let removed = TestSupport.build(content: content, output: output)
        #expect(!removed.succeeded)
        let gone = removed.diagnostics.filter { $0.code == .disclosureRemoved }.map(\.location.file).sorted()
        #expect(gone == published)
    }

    /// A manifest in the output that is not the one the last build wrote (edited by hand here)
    /// is read and checked in full, not taken from the cache.
    @Test func aManifestChangedInTheOutputIsReadAgain() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let url = output.appendingPathComponent("gongkai-manifest.json")
        var manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: url))
        var extra = manifest.disclosures[0]
        extra.path = "villages/220681100201/disclosures/2023-q4-caiwu/"
        extra.source = nil
        manifest = PublicationManifest(disclosures: manifest.disclosures + [extra], finance: manifest.finance ?? [])
        try JSONEncoder().encode(manifest).write(to: url)
        let report = TestSupport.build(content: content, output: output)
        #expect(report.diagnostics.map(\.code) == [.disclosureRemoved])
        #expect(report.diagnostics.first?.location.file == extra.path)
    }

    @Test func aCleanCheckoutChecksAgainstAGivenManifest() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let saved = work.appendingPathComponent("published-manifest.json")
        try FileManager.default.copyItem(at: output.appendingPathComponent("gongkai-manifest.json"), to: saved)
        try FileManager.default.removeItem(at: content.appendingPathComponent(Self.notice))
        let fresh = work.appendingPathComponent("fresh-output")
        let report = Pipeline.build(BuildOptions(
            contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: fresh, previousManifest: saved))
        #expect(report.diagnostics.map(\.code) == [.disclosureRemoved])
        let missing = Pipeline.build(BuildOptions(
            contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: fresh,
            previousManifest: work.appendingPathComponent("nowhere.json")))
        #expect(missing.diagnostics.map(\.code) == [.manifestUnreadable])
    }

    @Test func aCorrectionDatedBeforePublicationIsRefused() throws {
        let (work, content, output) = try setUp()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = content.appendingPathComponent(Self.notice)
        try frontMatter(adding: "corrections:\n  - date: 2024-07-01\n    reason: 提前更正\n", to: file)
        let report = TestSupport.build(content: content, output: output)
        #expect(report.diagnostics.map(\.code) == [.datesOutOfOrder])
        #expect(report.diagnostics.first?.location.line == 7)
    }
}
