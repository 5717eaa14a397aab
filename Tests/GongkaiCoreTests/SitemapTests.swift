import Foundation
import Testing

@testable import GongkaiCore

/// The sitemaps protocol allows 50,000 addresses in a file; a larger site gets an index.
@Suite struct SitemapTests {
    let config = SiteConfig(title: "网", region: "县", baseURL: "https://example.cn/gk/")
    let paths = ["index.html", "villages/b/index.html", "villages/a/index.html", "villages/a/needs.svg", "plan/index.html", "feed.xml"]

    private func text(_ file: OutputFile) -> String { String(decoding: file.contents, as: UTF8.self) }

    @Test func aSmallSiteHasOneSitemapOfItsPagesSorted() {
        let files = Sitemap.files(forPaths: paths, config: config)
        #expect(files.map(\.path) == ["sitemap.xml"])
        #expect(text(files[0]) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.cn/gk/</loc></url>
            <url><loc>https://example.cn/gk/plan/</loc></url>
            <url><loc>https://example.cn/gk/villages/a/</loc></url>
            <url><loc>https://example.cn/gk/villages/b/</loc></url>
            </urlset>

            """)
    }

    @Test func addressesAreEscapedForXML() {
        let config = SiteConfig(title: "网", region: "县", baseURL: "https://example.cn/a&b/")
        let files = Sitemap.files(forPaths: ["index.html", "pages/x'<y>/index.html"], config: config)
        #expect(text(files[0]).contains("<url><loc>https://example.cn/a&amp;b/</loc></url>\n"))
        #expect(text(files[0]).contains("<url><loc>https://example.cn/a&amp;b/pages/x&#39;&lt;y&gt;/</loc></url>\n"))
    }

    @Test func exactlyTheLimitStillFitsInOneFile() {
        #expect(Sitemap.files(forPaths: paths, config: config, addressesPerFile: 4).map(\.path) == ["sitemap.xml"])
    }

    @Test func moreThanTheLimitMakesAnIndexOfFullFiles() {
        let files = Sitemap.files(forPaths: paths, config: config, addressesPerFile: 3)
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"])
        #expect(text(files[0]) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://example.cn/gk/sitemap-1.xml</loc></sitemap>
            <sitemap><loc>https://example.cn/gk/sitemap-2.xml</loc></sitemap>
            </sitemapindex>

            """)
        #expect(text(files[1]).components(separatedBy: "<url>").count - 1 == 3)
        #expect(text(files[2]) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.cn/gk/villages/b/</loc></url>
            </urlset>

            """)
    }

    @Test func aSiteWithoutABaseURLHasNoSitemap() {
        #expect(Sitemap.files(forPaths: paths, config: SiteConfig(title: "网", region: "县")).isEmpty)
    }
}
