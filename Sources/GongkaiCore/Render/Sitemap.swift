import Foundation

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

    /// The sitemap files a build wrote, and `input(forPaths:config:)` of what they were made
    /// from: a build whose output holds the same files under the same base URL (a change
    /// within pages, the usual edit) writes the same sitemaps, and leaves them as they are.
    struct Record: Equatable, Sendable {
        var input = ""
        var files: [String] = []
    }

    /// What the sitemaps are made from: the set of the site's files (`pages`, the digest of the
    /// paths `files(forPaths:config:)` is given), and the base URL.
    static func input(pages: FileSetDigest, config: SiteConfig, addressesPerFile: Int = addressesPerFile) -> String {
        "\(pages.text) \(addressesPerFile) \(config.baseURL ?? "-")"
    }

    static func files(forPaths paths: [String], config: SiteConfig, addressesPerFile: Int = addressesPerFile) -> [OutputFile] {
        guard let base = config.baseURL else { return [] }
        // Views into the paths, not copies: a province has 600,000 pages.
        let pages = paths.filter { $0.hasSuffix("index.html") }.map { $0.dropLast("index.html".count) }.sorted()
        guard pages.count > addressesPerFile else { return [urlSet(pages[...], base: base, path: "sitemap.xml")] }
        let parts = stride(from: 0, to: pages.count, by: addressesPerFile).enumerated().map { number, start in
            urlSet(pages[start..<min(start + addressesPerFile, pages.count)], base: base, path: "sitemap-\(number + 1).xml")
        }
        var index = header + "<sitemapindex \(namespace)>\n"
        for part in parts {
            index += "<sitemap><loc>\(SVG.escape(base + part.path))</loc></sitemap>\n"
        }
        return [OutputFile(path: "sitemap.xml", text: index + "</sitemapindex>\n")] + parts
    }

    /// Written straight into bytes, reserved up front; the base address is escaped once.
    private static func urlSet(_ pages: ArraySlice<Substring>, base: String, path: String) -> OutputFile {
        let opening = header + "<urlset \(namespace)>\n"
        let (start, end, closing) = ("<url><loc>" + SVG.escape(base), "</loc></url>\n", "</urlset>\n")
        var xml: [UInt8] = []
        xml.reserveCapacity(opening.utf8.count + closing.utf8.count + pages.reduce(0) { $0 + $1.utf8.count + 16 } + pages.count * (start.utf8.count + end.utf8.count))
        xml.append(contentsOf: opening.utf8)
        for page in pages {
            xml.append(contentsOf: start.utf8)
            if page.utf8.contains(where: SVG.needsEscaping) {
                xml.append(contentsOf: SVG.escape(String(page)).utf8)
            } else {
                xml.append(contentsOf: page.utf8)
            }
            xml.append(contentsOf: end.utf8)
        }
        xml.append(contentsOf: closing.utf8)
        return OutputFile(path: path, contents: Data(xml))
    }
}

/// In the build cache, its fields in this order (`CacheReader`).
extension Sitemap.Record: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        input = try reader.read()
        files = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(input)
        writer.write(files)
    }
}
