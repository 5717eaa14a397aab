import Foundation
import Testing

@testable import GongkaiCore

/// The search index holds every entry of the site; the page's directory, what a reader
/// without JavaScript browses, lists the townships and their villages only, so that it stays
/// small however large the site.
@Suite struct SearchPageTests {
    @Test func theIndexHoldsEveryEntryAndTheDirectoryEveryVillage() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let report = TestSupport.build(content: TestSupport.sampleContent, output: output, baseURL: "https://example.cn/")
        #expect(report.succeeded)
        let data = Data(try TestSupport.read(output, "search/index.json").utf8)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        #expect(rows.allSatisfy { $0.count == 4 })
        // Each township's row, then its villages' rows: the village itself first.
        let townships = rows.filter { $0[0] == "乡镇（街道）" }
        let villages = rows.filter { $0[0] == "村（社区）" }
        #expect(townships.map(\.[3]) == townships.map(\.[3]).sorted())
        #expect(villages.count >= 8)
        #expect(rows.contains { $0[0] == "服务" } && rows.contains { $0[0] == "公开内容" } && rows.contains { $0[0] == "民生项目" })
        #expect(rows.filter { $0[0] != "乡镇（街道）" && $0[0] != "村（社区）" }.count > villages.count)

        let page = try TestSupport.read(output, "search/index.html")
        #expect(page.contains("搜索框可在全站 \(rows.count) 项内容"))
        #expect(page.contains("全部 \(villages.count) 个村（社区）"))
        for township in townships {
            #expect(page.contains("<h3><a href=\"../\(township[3])\">\(township[1])</a></h3>"))
        }
        for village in villages {
            #expect(page.contains("<li><a href=\"../\(village[3])\">\(village[1])</a>"))
        }
        // No service, project or notice is listed on the page itself.
        let services = rows.filter { $0[0] == "服务" }
        #expect(!services.contains { page.contains(">\($0[1])</a>") })
    }
}
