/// Checks the front matter of `pages/*.md`.
enum PageDecoder {
    static func decode(_ raw: RawPage, diagnostics: DiagnosticBag) -> ProsePage? {
        let fileSlug = String(raw.file.split(separator: "/").last!.dropLast(3))
        guard let frontMatter = raw.frontMatter else {
            diagnostics.error(
                .missingField, at: SourceLocation(file: raw.file, line: 1, column: 1), "页面缺少前言（至少要有 title）",
                hint: "在文件开头加上三行：---、title: 页面标题、---。")
            return nil
        }
        guard let reader = MappingReader(
            YAMLValue(frontMatter), allowed: ["title", "slug", "order", "menu"], diagnostics: diagnostics, what: "页面前言")
        else { return nil }
        let title = reader.string("title", required: true, label: "页面标题")
        var slug = Slug.read("slug", from: reader, label: "页面标识")
        if slug == nil, reader.node("slug") == nil {
            if Slug.isValid(fileSlug) {
                slug = fileSlug
            } else {
                diagnostics.error(
                    .invalidSlug, at: SourceLocation(file: raw.file, line: 1, column: 1),
                    "文件名“\(fileSlug)”不能直接用作网址，请在前言中加上 slug 字段", hint: "例如 slug: about")
            }
        }
        let order = reader.integer("order", required: false, label: "顺序") ?? 0
        let menu = reader.boolean("menu", label: "是否放入导航") ?? false
        guard let title, let slug else { return nil }
        return ProsePage(file: raw.file, title: title, slug: slug, order: order, inMenu: menu, body: raw.body)
    }
}
