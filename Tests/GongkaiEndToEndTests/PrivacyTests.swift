import Foundation
import Testing

@testable import GongkaiCore

/// An ID number, a mobile number and a bank card planted in a list, a disclosure and the plan
/// are each refused with their place, and masked when the site says to mask.
@Suite struct PrivacyTests {
    static let id = "11010519491231002X"
    static let mobile = "13812345678"
    static let card = "6222021234567894"
    static let village = "townships/220681100/villages/220681100201"

    private func plant(into content: URL) throws {
        let needs = content.appendingPathComponent("\(Self.village)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "N4,困难户王某某（身份证\(Self.id)）申请救助,救助,,,1,\n")
            .write(to: needs, atomically: true, encoding: .utf8)
        let notice = content.appendingPathComponent("\(Self.village)/disclosures/2024-06-dangwu.md")
        try (try String(contentsOf: notice, encoding: .utf8) + "\n联系人手机 \(Self.mobile)。\n").write(to: notice, atomically: true, encoding: .utf8)
        let plan = content.appendingPathComponent("plan/plan.yaml")
        try (try String(contentsOf: plan, encoding: .utf8) + "summary: 资金拨付至账户 \(Self.card)。\n").write(to: plan, atomically: true, encoding: .utf8)
    }

    @Test func personalDataIsRefusedWhereItWasFound() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
        try plant(into: content)
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let found = report.diagnostics.filter { $0.code == .personalData }
        #expect(found.count == 3)
        let places = found.map { "\($0.location.file):\($0.location.line ?? 0):\($0.location.column ?? 0)" }
        // "summary: 资金拨付至账户 " is 17 characters, so the card starts in column 18.
        #expect(places.contains("plan/plan.yaml:7:18"))
        // "N4,困难户王某某（身份证" is 13 characters, so the ID starts in column 14.
        #expect(places.contains("\(Self.village)/needs.csv:5:14"))
        #expect(places.contains { $0.hasPrefix("\(Self.village)/disclosures/2024-06-dangwu.md:") })
        // The log never repeats the full number.
        for problem in found {
            #expect(!problem.message.contains(Self.id) && !problem.message.contains(Self.mobile) && !problem.message.contains(Self.card))
        }
    }

    @Test func personalDataIsMaskedWhenTheSiteSaysSo() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
        try plant(into: content)
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8) + "privacy: mask\n").write(to: site, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        var all = ""
        for (_, data) in try TestSupport.tree(output) { all += String(decoding: data, as: UTF8.self) }
        for secret in [Self.id, Self.mobile, Self.card] {
            #expect(!all.contains(secret), "\(secret) was published")
        }
        #expect(try TestSupport.read(output, "villages/220681100201/needs/index.html").contains("110105********002X"))
        #expect(try TestSupport.read(output, "villages/220681100201/needs/needs.csv").contains("110105********002X"))
        #expect(try TestSupport.read(output, "villages/220681100201/disclosures/2024-06-dangwu/index.html").contains("138****5678"))
        #expect(try TestSupport.read(output, "index.html").contains("6222********7894"))
    }

    @Test func aStationsDeclaredMobileNumberIsAllowed() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
        let yaml = content.appendingPathComponent("\(Self.village)/village.yaml")
        try (try String(contentsOf: yaml, encoding: .utf8)).replacingOccurrences(of: "  phone: 0439-5550101\ncontacts:", with: "  phone: \(Self.mobile)\ncontacts:")
            .write(to: yaml, atomically: true, encoding: .utf8)
        let services = content.appendingPathComponent("\(Self.village)/services.csv")
        try (try String(contentsOf: services, encoding: .utf8)).replacingOccurrences(of: "0439-5550102", with: Self.mobile)
            .write(to: services, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        #expect(try TestSupport.read(output, "villages/220681100201/index.html").contains("tel:\(Self.mobile)"))
    }

    /// Every visible YAML, CSV and Markdown file of a village folder is scanned, in any folder
    /// of it; hidden files and folders, and files of other kinds, are not published and not scanned.
    @Test func everyPublishedFileOfAVillageFolderIsScanned() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
        let planted = [
            "notes/会议.md": true, "notes/deeper/名单.CSV": true, ".draft.yaml": false, ".backup/needs.csv": false,
            "notes/.old.md": false, "notes/readme.txt": false,
        ]
        for (path, _) in planted {
            let url = content.appendingPathComponent("\(Self.village)/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("联系人 \(Self.mobile)\n".utf8).write(to: url)
        }
        let report = TestSupport.build(content: content, output: folder.appendingPathComponent("public"))
        let found = report.diagnostics.filter { $0.code == .personalData }.map(\.location.file).sorted()
        #expect(found == planted.filter(\.value).keys.map { "\(Self.village)/\($0)" }.sorted())
    }
}
