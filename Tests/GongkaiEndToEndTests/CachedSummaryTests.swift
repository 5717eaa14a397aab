import Foundation
import Testing

@testable import GongkaiCore

/// What the build cache keeps of each village is written as its fields in a fixed order
/// (`CacheReader`); every village of the sample and of the fixtures reads back as it was,
/// all its optional fields, set or not, in their places.
@Suite struct CachedSummaryTests {
    @Test(arguments: [TestSupport.sampleContent, VillageSiteTests.fixture])
    func everyVillagesSummaryReadsBackAsItWas(content: URL) throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: work.appendingPathComponent("public"))
        options.asOf = TestSupport.sampleAsOf
        let prepared = Pipeline.prepare(options)
        let summaries = try #require(prepared.renderer?.site.allSummaries)
        #expect(summaries.count > 2)
        for summary in summaries {
            let cached = CachedVillage(stamp: "s", context: "c", fingerprint: "f", summary: summary, warnings: [])
            let file = BuildCache.encode(cached, path: "x.bin")
            #expect(try BuildCache.decode(CachedVillage.self, from: file.contents) == cached, "\(summary.id)")
        }
    }
}
