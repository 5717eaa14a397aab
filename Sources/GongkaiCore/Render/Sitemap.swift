/// `sitemap.xml`: every page's canonical address, sorted. Written only when the site has a
/// base URL, since a sitemap lists absolute addresses.
///
/// The sitemaps protocol allows at most 50,000 addresses in one file. A larger site (a
/// prefecture or a province) gets `sitemap-1.xml`, `sitemap-2.xml` … of 50,000 addresses each,
/// at the root so that they may list any page, and `sitemap.xml` becomes the index of them.
enum Sitemap {
    static let addressesPerFile = 50_000
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private static let namespace = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""

    static func files(forPaths paths: [String], config: SiteConfig, addressesPerFile: Int = addressesPerFile) -> [OutputFile] {
        guard let base = config.baseURL else { return [] }
        let pages = paths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }.sorted()
        guard pages.count > addressesPerFile else { return [urlSet(pages, base: base, path: "sitemap.xml")] }
        let parts = stride(from: 0, to: pages.count, by: addressesPerFile).enumerated().map { number, start in
            urlSet(Array(pages[start..<min(start + addressesPerFile, pages.count)]), base: base, path: "sitemap-\(number + 1).xml")
        }
        var index = header + "<sitemapindex \(namespace)>\n"
        for part in parts {
            index += "<sitemap><loc>\(SVG.escape(base + part.path))</loc></sitemap>\n"
        }
        return [OutputFile(path: "sitemap.xml", text: index + "</sitemapindex>\n")] + parts
    }

    private static func urlSet(_ pages: [String], base: String, path: String) -> OutputFile {
        var xml = header + "<urlset \(namespace)>\n"
        for page in pages {
            xml += "<url><loc>\(SVG.escape(base + page))</loc></url>\n"
        }
        return OutputFile(path: path, text: xml + "</urlset>\n")
    }
}
