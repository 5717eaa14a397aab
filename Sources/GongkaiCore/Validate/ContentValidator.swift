import Foundation

/// The validate stage: turns the parsed files into the typed model, reporting every problem.
///
/// It runs in two steps so that a build can check (and write) one township's villages at a
/// time: `outline` checks everything above the villages, then `villages(of:)` reads and checks
/// one township's village folders. `validate` does both for the whole site at once.
enum ContentValidator {
    /// Page slugs the generator uses for its own pages.
    static let reservedSlugs: Set<String> = ["plan", "assets", "index", "404", "townships", "villages"]

    /// The whole site, every village in memory. Returns nil when any error was found (the
    /// diagnostics say which).
    static func validate(_ raw: RawContent, diagnostics: DiagnosticBag) -> SiteContent? {
        var outline = outline(raw, diagnostics: diagnostics)
        for index in raw.townships.indices {
            let checked = villages(of: raw.townships[index], township: outline.townships[index], outline: outline, diagnostics: diagnostics)
            if outline.townships[index].valid { outline.townships[index].township?.villages = checked.villages }
            outline.villageCatalogues.merge(checked.catalogues) { _, new in new }
        }
        return outline.site(diagnostics: diagnostics)
    }

    /// Everything but the villages: site.yaml, the plan, the prose pages, the catalogue and
    /// its adjustments, every township's own file, and that no two village folders share an id.
    static func outline(_ raw: RawContent, diagnostics: DiagnosticBag) -> SiteOutline {
        let config = raw.site.flatMap { SiteConfigDecoder.decode($0, diagnostics: diagnostics) }
        let plan = raw.plan.flatMap {
            PlanDecoder.decode(plan: $0, indicators: raw.indicators, columns: raw.columns, tasks: raw.tasks, diagnostics: diagnostics)
        }
        let townships = raw.townships.map { TownshipDecoder.decode($0, diagnostics: diagnostics) }
        checkUniqueVillageIDs(raw.townships, diagnostics: diagnostics)
        let catalogue = raw.catalogue.flatMap { CatalogueDecoder.decode($0, diagnostics: diagnostics) }
        let overrides = raw.catalogueOverrides.compactMap { CatalogueOverrideDecoder.decode($0, diagnostics: diagnostics) }
        if catalogue == nil {
            for override in overrides {
                diagnostics.error(
                    .catalogueOverrideWithoutCatalogue, at: override.location,
                    "这个文件调整了公开目录，但内容文件夹中没有全县的 catalogue.yaml")
            }
        }
        return SiteOutline(
            config: config, plan: plan, pages: decodePages(raw.pages, diagnostics: diagnostics), townships: townships,
            catalogue: catalogue, overrides: catalogue == nil ? [] : overrides)
    }

    /// Reads and checks the village folders of one township on all cores, then holds them to
    /// their catalogue. Returns the villages that are valid and the catalogue of every village
    /// whose township or folder adjusts the county's. Without a valid `township` the villages are
    /// still read (and checked, if it could be read at all), so that every problem is reported.
    static func villages(
        of raw: RawTownship, township: TownshipDecoder.Decoded, outline: SiteOutline, diagnostics: DiagnosticBag,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> (villages: [Village], catalogues: [String: EffectiveCatalogue]) {
        let villages = TownshipDecoder.readVillages(
            raw.villageFolders, in: raw.content, of: township.township, diagnostics: diagnostics, workers: workers)
        return holdToCatalogue(villages, of: township, outline: outline, diagnostics: diagnostics)
    }

    /// A township's villages, read and checked, held to their catalogue; none when the township
    /// itself is not valid. Returns them with the catalogue of every village whose township or
    /// folder adjusts the county's.
    static func holdToCatalogue(
        _ villages: [Village], of township: TownshipDecoder.Decoded, outline: SiteOutline, diagnostics: DiagnosticBag
    ) -> (villages: [Village], catalogues: [String: EffectiveCatalogue]) {
        guard township.valid, var township = township.township else { return ([], [:]) }
        township.villages = villages
        let overrides = outline.overrides.filter { $0.townshipID == township.id }
        let catalogues = CatalogueResolver.resolve(outline.catalogue, overrides: overrides, townships: [township], diagnostics: diagnostics)
        CatalogueReferences.check(
            [township], catalogue: { village in catalogues[village.id] ?? outline.catalogue.map(EffectiveCatalogue.init) },
            diagnostics: diagnostics)
        return (villages, catalogues)
    }

    private static func decodePages(_ rawPages: [RawPage], diagnostics: DiagnosticBag) -> [ProsePage] {
        var pages: [ProsePage] = []
        var slugs: [String: String] = [:]
        for rawPage in rawPages {
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
        return pages
    }

    /// Village pages live at `villages/<id>/`, so an id may be used once in the whole site.
    private static func checkUniqueVillageIDs(_ townships: [RawTownship], diagnostics: DiagnosticBag) {
        // The township each id was first seen in. Within a township the folders differ only by
        // their id, so sorting the ids is sorting the folders; paths are made for messages only.
        var first: [String: String] = [:]
        first.reserveCapacity(townships.reduce(0) { $0 + $1.villageFolders.count + $1.reused.count })
        for township in townships {
            for id in (township.villageFolders.map(\.id) + township.reused.map(\.id)).sorted() {
                if let other = first[id] {
                    diagnostics.error(
                        .duplicateID, at: SourceLocation(file: ContentPaths.village(id, inTownship: township.id)),
                        "村（社区）标识“\(id)”已被 \(ContentPaths.village(id, inTownship: other)) 使用，两个村（社区）不能用同一个标识",
                        hint: "每个村（社区）的文件夹名在全站必须唯一；有行政区划代码的请用 12 位代码作文件夹名。")
                } else {
                    first[id] = township.id
                }
            }
        }
    }
}
