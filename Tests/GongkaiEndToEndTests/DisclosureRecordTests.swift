import Foundation
import Testing

@testable import GongkaiCore

/// The fields a notice carries: 索引号, who reviewed it and when, and how long it stays up.
@Suite struct DisclosureRecordTests {
    static let notice = "townships/220681100/villages/220681100201/disclosures/2024-q2-caiwu.md"

    private func build(adding lines: String) throws -> (work: URL, report: BuildReport) {
        let work = try TestSupport.temporaryFolder()
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let file = content.appendingPathComponent(Self.notice)
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "published_on: 2024-07-10\n", with: "published_on: 2024-07-10\n" + lines)
            .write(to: file, atomically: true, encoding: .utf8)
        return (work, TestSupport.build(content: content, output: work.appendingPathComponent("public")))
    }

    @Test func reviewStayAndIndexNumberAreShown() throws {
        let (work, report) = try build(adding: "reviewer: 民主理财小组\nreviewed_on: 2024-07-08\nstay_until: 2024-07-20\n")
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        let page = try TestSupport.read(work.appendingPathComponent("public"), "villages/220681100201/disclosures/2024-q2-caiwu/index.html")
        // Village code, 财务 = CZ, 2024 Q2, the first such notice of the village.
        #expect(page.contains("<dt>索引号</dt><dd>220681100201-CZ-2024Q2-001</dd>"))
        #expect(page.contains("<dt>审核</dt><dd>民主理财小组，2024年7月8日</dd>"))
        #expect(page.contains("<dt>公示至</dt><dd>2024年7月20日</dd>"))
        // A village without a code uses its id; a single matter is ZX; June is 202406.
        let matter = try TestSupport.read(work.appendingPathComponent("public"), "villages/220681100201/disclosures/ludeng-zhuanxiang/index.html")
        #expect(matter.contains("<dd>220681100201-CW-ZX-001</dd>"))
        let community = try TestSupport.read(work.appendingPathComponent("public"), "villages/xinhua-shequ/disclosures/2025-caiwu/index.html")
        #expect(community.contains("<dd>220681001003-CZ-2024-001</dd>"))
    }

    @Test func aReviewAfterPublicationIsRefused() throws {
        let (work, report) = try build(adding: "reviewer: 村务监督委员会\nreviewed_on: 2024-07-12\n")
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.diagnostics.map(\.code) == [.datesOutOfOrder])
        #expect(report.diagnostics.first?.location.file == Self.notice)
        // Line 1 is the opening ---; reviewed_on is the seventh line.
        #expect(report.diagnostics.first?.location.line == 7)
    }

    @Test func aReviewerNeedsADate() throws {
        let (work, report) = try build(adding: "reviewer: 村务监督委员会\n")
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(report.diagnostics.map(\.code) == [.missingField])
        #expect(report.diagnostics.first?.location.field == "reviewed_on")
    }

    @Test func sequencesFollowPublicationOrder() {
        func notice(_ slug: String, _ day: String) -> Disclosure {
            Disclosure(
                slug: slug, file: slug, title: slug, category: .affairs, period: .month(year: 2025, month: 3),
                publishedOn: CalendarDate(day)!, body: "", corrections: [], retraction: nil, contentHash: "")
        }
        let notices = [notice("b", "2025-04-02"), notice("a", "2025-04-05"), notice("c", "2025-04-02")]
        let village = Village(
            id: "xiaoshan", code: nil, townshipID: "t", name: "小山村", kind: .village, address: nil, station: ServiceStation(),
            households: nil, population: nil, facts: VillageFacts(), summary: nil, listSystem: nil, services: [], needs: [],
            resources: [], projects: [], responsibilities: [], customLists: [], disclosures: notices)
        // 04-02 “b”, 04-02 “c”, then 04-05 “a”.
        #expect(notices.map { IndexNumber.make(for: $0, in: village) } == [
            "xiaoshan-CW-202503-001", "xiaoshan-CW-202503-003", "xiaoshan-CW-202503-002",
        ])
    }
}
