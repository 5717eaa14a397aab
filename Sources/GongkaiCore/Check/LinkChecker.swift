import Foundation

/// Checks every internal link and anchor of the rendered pages: each `href` and `src` that
/// points inside the site must name a file that is written, and each `#anchor` an `id` on the
/// page it points to. Links to other sites, `mailto:` and `tel:` are not followed.
public enum LinkChecker {
    public static func check(_ files: [OutputFile], diagnostics: DiagnosticBag) {
        let paths = Set(files.map(\.path))
        var ids: [String: Set<String>] = [:]
        var pages: [(path: String, html: String)] = []
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            pages.append((file.path, html))
            ids[file.path] = Set(attributeValues("id", in: html))
        }
        for (path, html) in pages where path != "404.html" {
            for link in attributeValues("href", in: html) + attributeValues("src", in: html) {
                guard let target = resolve(link, from: path) else { continue }
                let location = SourceLocation(file: path, field: link)
                guard let file = existing(target.path, in: paths) else {
                    diagnostics.error(.brokenLink, at: location, "页面 \(path) 中的链接“\(link)”指向的 \(target.path.isEmpty ? "/" : target.path) 不存在")
                    continue
                }
                if let fragment = target.fragment, !fragment.isEmpty, file.hasSuffix(".html"), !(ids[file]?.contains(fragment) ?? false) {
                    diagnostics.error(.brokenLink, at: location, "页面 \(path) 中的链接“\(link)”指向的锚点 #\(fragment) 在 \(file) 中不存在")
                }
            }
        }
    }

    /// A link resolved against the page it is on: a path from the site's root and a fragment;
    /// nil for links that leave the site.
    static func resolve(_ link: String, from page: String) -> (path: String, fragment: String?)? {
        let lower = link.lowercased()
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:")
            || lower.hasPrefix("//") || lower.hasPrefix("data:") {
            return nil
        }
        var rest = Substring(link)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        var parts = decoded.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        if decoded.isEmpty { return (page, fragment) }
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        var path = parts.joined(separator: "/")
        if decoded.hasSuffix("/") && !path.isEmpty { path += "/" }
        return (path, fragment)
    }

    /// The file a path is served from: itself, or the folder's `index.html`.
    static func existing(_ path: String, in files: Set<String>) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            let index = path + "index.html"
            return files.contains(index) ? index : nil
        }
        if files.contains(path) { return path }
        return files.contains(path + "/index.html") ? path + "/index.html" : nil
    }

    /// Every value of `name="…"` in the HTML, entities decoded.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let marker = " \(name)=\""
        var searchStart = html.startIndex
        while let range = html.range(of: marker, range: searchStart..<html.endIndex) {
            guard let end = html[range.upperBound...].firstIndex(of: "\"") else { break }
            values.append(String(html[range.upperBound..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            searchStart = end
        }
        return values
    }
}
