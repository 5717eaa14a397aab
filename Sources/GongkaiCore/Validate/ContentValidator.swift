/// The validate stage: turns the parsed files into the typed model, reporting every problem.
/// Returns nil when any error was found (the diagnostics say which).
enum ContentValidator {
    /// Page slugs the generator uses for its own pages.
    static let reservedSlugs: Set<String> = ["plan", "assets", "index", "404"]

    static func validate(_ raw: RawContent, diagnostics: DiagnosticBag) -> SiteContent? {
        let config = raw.site.flatMap { SiteConfigDecoder.decode($0, diagnostics: diagnostics) }
        let plan = raw.plan.flatMap {
            PlanDecoder.decode(plan: $0, indicators: raw.indicators, columns: raw.columns, tasks: raw.tasks, diagnostics: diagnostics)
        }
        var pages: [ProsePage] = []
        var slugs: [String: String] = [:]
        for rawPage in raw.pages {
            guard let page = PageDecoder.decode(rawPage, diagnostics: diagnostics) else { continue }
            if reservedSlugs.contains(page.slug) {
                diagnostics.error(
                    .duplicateID, at: SourceLocation(file: page.file, line: 1, column: 1),
                    "页面标识“\(page.slug)”已被网站自身使用", hint: "换一个 slug，不要用 \(reservedSlugs.sorted().joined(separator: "、"))。")
                continue
            }
            if let other = slugs[page.slug] {
                diagnostics.error(
                    .outputPathCollision, at: SourceLocation(file: page.file, line: 1, column: 1),
                    "页面标识“\(page.slug)”与 \(other) 相同，两个页面会写到同一个位置")
                continue
            }
            slugs[page.slug] = page.file
            pages.append(page)
        }
        pages.sort { ($0.order, $0.slug) < ($1.order, $1.slug) }
        guard let config, let plan, !diagnostics.hasErrors else { return nil }
        return SiteContent(config: config, plan: plan, pages: pages)
    }
}
