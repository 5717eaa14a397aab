/// The validate stage: turns the parsed files into the typed model, reporting every problem.
/// Returns nil when any error was found (the diagnostics say which).
enum ContentValidator {
    /// Page slugs the generator uses for its own pages.
    static let reservedSlugs: Set<String> = ["plan", "assets", "index", "404", "townships", "villages"]

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
        let townships = raw.townships.compactMap { TownshipDecoder.decode($0, diagnostics: diagnostics) }
        checkUniqueVillageIDs(raw.townships, diagnostics: diagnostics)
        let catalogue = raw.catalogue.flatMap { CatalogueDecoder.decode($0, diagnostics: diagnostics) }
        let overrides = raw.catalogueOverrides.compactMap { CatalogueOverrideDecoder.decode($0, diagnostics: diagnostics) }
        let villageCatalogues = CatalogueResolver.resolve(catalogue, overrides: overrides, townships: townships, diagnostics: diagnostics)
        CatalogueReferences.check(
            townships, catalogue: { village in villageCatalogues[village.id] ?? catalogue.map(EffectiveCatalogue.init) },
            diagnostics: diagnostics)
        guard let config, let plan, !diagnostics.hasErrors else { return nil }
        var site = SiteContent(config: config, plan: plan, townships: townships, pages: pages, catalogue: catalogue)
        site.villageCatalogues = villageCatalogues
        return site
    }

    /// Village pages live at `villages/<id>/`, so an id may be used once in the whole site.
    private static func checkUniqueVillageIDs(_ townships: [RawTownship], diagnostics: DiagnosticBag) {
        var first: [String: String] = [:]
        for township in townships {
            let folders = (township.villageFolders.map(\.path) + township.reused.map { ContentPaths.village($0.id, inTownship: township.id) }).sorted()
            for folder in folders {
                let id = String(folder.split(separator: "/").last!)
                if let other = first[id] {
                    diagnostics.error(
                        .duplicateID, at: SourceLocation(file: folder),
                        "村（社区）标识“\(id)”已被 \(other) 使用，两个村（社区）不能用同一个标识",
                        hint: "每个村（社区）的文件夹名在全站必须唯一；有行政区划代码的请用 12 位代码作文件夹名。")
                } else {
                    first[id] = folder
                }
            }
        }
    }
}
