import Foundation
import Testing

@testable import GongkaiCore

/// Each period of finance data is announced like a notice: an entry in its village's Atom feed
/// and in the site's, dated by its `published_on`, and a line in the search index.
@Suite struct FinanceFeedTests {
    private func built(_ change: (URL) throws -> Void = { _ in }) throws -> (work: URL, output: URL) {
        try TestSupport.strictBuildOfCopy(of: VillageSiteTests.fixture, changing: change)
    }

    /// The `<entry>` of the feed whose link is `page`.
    private func entry(_ feed: String, page: String) -> String? {
        feed.components(separatedBy: "<entry>\n").first { $0.contains("href=\"\(page)\"") }
    }

    @Test func eachPeriodIsAnEntryOfTheVillagesAndTheSitesFeed() throws {
        let (work, output) = try built()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = "https://mini.example.cn/villages/220681100201/finance/2024-q2/"
        for path in ["villages/220681100201/feed.xml", "feed.xml"] {
            let feed = try TestSupport.read(output, path)
            let q2 = try #require(entry(feed, page: page), "\(path)")
            #expect(q2 == "<title>2024年第二季度财务收支公开</title>\n<id>\(page)</id>\n"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"\(page)\"/>\n"
                + "<published>2024-07-10T00:00:00+08:00</published>\n<updated>2024-07-10T00:00:00+08:00</updated>\n"
                + "<category term=\"财务\"/>\n<summary>东岭村 · 财务 · 2024年第二季度 · 期末余额 ¥30,500.00</summary>\n</entry>\n", "\(path)")
            // Its own title when the yaml gives one.
            #expect(feed.contains("<title>2024年第三季度村级财务收支公开</title>"), "\(path)")
        }
        // Newest first: Q3 (2024-10-10) before Q2 (2024-07-10), among the notices by date.
        let village = try TestSupport.read(output, "villages/220681100201/feed.xml")
        let published = village.components(separatedBy: "<published>").dropFirst().map { String($0.prefix(10)) }
        #expect(published == published.sorted(by: >))
        #expect(published.contains("2024-10-10"))
    }

    @Test func aVillageWithOnlyFinanceDataHasAFeedAndAnnouncesIt() throws {
        // 西岭村 publishes no notices; give it 东岭村's finance data.
        let (work, output) = try built { content in
            let villages = content.appendingPathComponent("townships/220681100/villages")
            try FileManager.default.copyItem(
                at: villages.appendingPathComponent("220681100201/finance"), to: villages.appendingPathComponent("220681100202/finance"))
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let feed = try TestSupport.read(output, "villages/220681100202/feed.xml")
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://mini.example.cn/villages/220681100202/finance/\"/>"))
        #expect(feed.contains("<summary>西岭村 · 财务 · 2024年第三季度 · 期末余额 ¥45,277.78</summary>"))
        let page = try TestSupport.read(output, "villages/220681100202/index.html")
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"村（居）务公开订阅\" href=\"../../villages/220681100202/feed.xml\">"))
    }

    @Test func theSamplesMonthlyFinanceIsInFeedAndSearch() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output, baseURL: "https://example.cn/")
        #expect(report.succeeded)
        let feed = try TestSupport.read(output, "villages/220681100202/feed.xml")
        let september = try #require(entry(feed, page: "https://example.cn/villages/220681100202/finance/2026-09/"))
        #expect(september.contains("<title>2026年9月财务收支公开</title>"))
        #expect(september.contains("<published>2026-10-09T00:00:00+08:00</published>"))
        // The newest entry of 红石村's feed is its September finance data.
        #expect(feed.components(separatedBy: "<entry>\n")[1] == september)
        let search = try TestSupport.read(output, "search/index.json")
        #expect(search.contains("[\"财务公开\",\"2026年9月财务收支公开\",\"六道沟镇 红石村 · 2026年10月9日\",\"villages/220681100202/finance/2026-09/\"]"))
        let village = try #require(try JSONSerialization.jsonObject(with: Data(search.utf8)) as? [[String]])
        #expect(village.filter { $0[0] == "财务公开" && $0[3].hasPrefix("villages/220681100202/finance/") }.count == 15)
    }

    /// The site's feed holds the newest entries only; each village's feed keeps all of its own.
    @Test func theSitesFeedHoldsTheNewestHundredEntries() throws {
        let (work, output) = try built { content in
            let notices = content.appendingPathComponent("townships/220681100/villages/220681100202/disclosures")
            try FileManager.default.createDirectory(at: notices, withIntermediateDirectories: true)
            for day in 1...110 {
                let date = String(format: "2023-%02d-%02d", (day - 1) / 28 + 1, (day - 1) % 28 + 1)
                try "---\ntitle: 村务通知第\(day)号\ncategory: 村务\nperiod: 2023\npublished_on: \(date)\n---\n通知内容。\n"
                    .write(to: notices.appendingPathComponent("tongzhi-\(day).md"), atomically: true, encoding: .utf8)
            }
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try TestSupport.read(output, "feed.xml")
        let published = site.components(separatedBy: "<published>").dropFirst().map { String($0.prefix(10)) }
        #expect(published.count == AtomFeed.siteEntries)
        #expect(published == published.sorted(by: >))
        // The fixture's own notices and finance data (2024) are the newest; the oldest notices of 2023 fell off.
        #expect(site.contains("<title>2024年第三季度村级财务收支公开</title>"))
        #expect(!site.contains("<title>村务通知第1号</title>"))
        let village = try TestSupport.read(output, "villages/220681100202/feed.xml")
        #expect(village.components(separatedBy: "<entry>").count - 1 == 110)
        #expect(village.contains("<title>村务通知第1号</title>"))
    }
}
