/// Renders one village's pages: its overview and every list page, its feed and its
/// attachments, with personal data masked under `privacy: mask`. A build renders each
/// township's villages as soon as they are checked (`Build/VillageStream`), before the whole
/// site is known, so what the pages assumed about the rest of the site is returned with them.
struct VillageRenderer: Sendable {
    let frames: FrameBuilder
    let templates: TemplateLibrary
    /// Numbers `privacy: mask` leaves as they are.
    let publicNumbers: Set<String>

    /// A village's files and what they took for granted about the rest of the site.
    struct Rendered: Sendable {
        var files: [OutputFile]
        /// Whether the site-wide feed was linked from pages of a village without its own.
        var siteHasFeed: Bool
        /// Mobile numbers masked in the pages: a declaration elsewhere may allow them.
        var masked: Set<String>
    }

    func render(_ village: Village, in township: Township) -> Rendered {
        let masking = PrivacyGuard.mask(pages(of: village, in: township), policy: frames.site.config.privacy, allowed: publicNumbers)
        // Attachments are published exactly as they are (`AttachmentPrivacy` checks them).
        return Rendered(files: masking.files + AttachmentCopies.files(of: village), siteHasFeed: frames.siteHasFeed, masked: masking.masked)
    }

    /// The overview and every list page of one village, in a fixed order.
    private func pages(of village: Village, in township: Township) -> [OutputFile] {
        // Every page heads with the village's figures: worked out once, not page by page.
        let figures = VillageFigures(village)
        var files = VillagePage.render(village, in: township, figures: figures, frames: frames, templates: templates)
        if !village.services.isEmpty {
            files += ListPage.services(village, in: township, figures: figures, frames: frames, templates: templates)
        }
        if village.listSystem != nil {
            files += NeedsPage.render(village, in: township, figures: figures, frames: frames, templates: templates)
        }
        if !village.projects.isEmpty {
            files += ProjectPages.render(village, in: township, figures: figures, frames: frames, templates: templates)
        }
        for list in village.customLists {
            files += ListPage.custom(list, of: village, in: township, figures: figures, frames: frames, templates: templates)
        }
        if !village.disclosures.isEmpty {
            files += DisclosurePages.render(village, in: township, figures: figures, frames: frames, templates: templates)
        }
        if !village.finance.isEmpty {
            files += FinancePages.render(village, in: township, figures: figures, frames: frames, templates: templates)
        }
        if let feed = AtomFeed.village(village, config: frames.site.config) { files.append(feed) }
        return files
    }
}
