/// The render stage: every page of the site, in a fixed order (home, plan, indicators in
/// plan order, prose pages by order and slug, townships and villages by id), so the output
/// never depends on scheduling.
enum SiteRenderer {
    static func render(_ content: SiteContent, templates: TemplateLibrary) -> [OutputFile] {
        let site = content.applyingComputedIndicators()
        let frames = FrameBuilder(site: site)
        var files = [
            HomePage.render(site, frames: frames, templates: templates),
            PlanPage.render(site, frames: frames, templates: templates),
        ]
        files += site.plan.indicators.flatMap { IndicatorPage.render($0, site: site, frames: frames, templates: templates) }
        files += site.pages.map { ProsePageRenderer.render($0, frames: frames, templates: templates) }
        files += SearchPage.render(site, frames: frames, templates: templates)
        files.append(NotFoundPage.render(site, frames: frames, templates: templates))
        if let feed = AtomFeed.site(site) { files.append(feed) }
        for township in site.townships {
            files += TownshipPage.render(township, plan: site.plan, frames: frames, templates: templates)
            for village in township.villages {
                files += renderVillage(village, in: township, frames: frames, templates: templates)
            }
        }
        if let sitemap = Sitemap.file(for: files, config: site.config) { files.append(sitemap) }
        return files
    }

    /// The overview and every list page of one village, in a fixed order.
    private static func renderVillage(_ village: Village, in township: Township, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        var files = VillagePage.render(village, in: township, frames: frames, templates: templates)
        if !village.services.isEmpty {
            files += ListPage.services(village, in: township, frames: frames, templates: templates)
        }
        if village.listSystem != nil {
            files += NeedsPage.render(village, in: township, frames: frames, templates: templates)
        }
        if !village.projects.isEmpty {
            files += ProjectPages.render(village, in: township, frames: frames, templates: templates)
        }
        for list in village.customLists {
            files += ListPage.custom(list, of: village, in: township, frames: frames, templates: templates)
        }
        if !village.disclosures.isEmpty {
            files += DisclosurePages.render(village, in: township, frames: frames, templates: templates)
        }
        if let feed = AtomFeed.village(village, config: frames.site.config) { files.append(feed) }
        return files
    }
}
