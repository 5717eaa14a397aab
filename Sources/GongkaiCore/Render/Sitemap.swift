/// `sitemap.xml`: every page's canonical address, sorted. Written only when the site has a
/// base URL, since a sitemap lists absolute addresses.
enum Sitemap {
    static func file(forPaths paths: [String], config: SiteConfig) -> OutputFile? {
        guard let base = config.baseURL else { return nil }
        let pages = paths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }.sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(SVG.escape(base + page))</loc></url>\n"
        }
        return OutputFile(path: "sitemap.xml", text: xml + "</urlset>\n")
    }
}
