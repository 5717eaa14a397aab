/// The render stage: every page of the site, in a fixed order (home, plan, indicators in
/// plan order, prose pages by order and slug), so the output never depends on scheduling.
enum SiteRenderer {
    static func render(_ site: SiteContent, templates: TemplateLibrary) -> [OutputFile] {
        let frames = FrameBuilder(site: site)
        var files = [
            HomePage.render(site, frames: frames, templates: templates),
            PlanPage.render(site, frames: frames, templates: templates),
        ]
        files += site.plan.indicators.map { IndicatorPage.render($0, site: site, frames: frames, templates: templates) }
        files += site.pages.map { ProsePageRenderer.render($0, frames: frames, templates: templates) }
        return files
    }
}
