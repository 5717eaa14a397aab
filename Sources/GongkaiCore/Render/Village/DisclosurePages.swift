/// A village's disclosures: the archive (`villages/<id>/disclosures/`), newest first and
/// grouped by year and period so last quarter's 财务公开 is as easy to find as this one's,
/// and one page per notice (`villages/<id>/disclosures/<slug>/`).
enum DisclosurePages {
    struct ArchiveContext {
        var frame: PageFrame
        var village: VillageSummaryView
        var years: [YearGroup]
        var matters: [VillagePage.DisclosureLink]
        var hasMatters: Bool
        var categories: [CategoryCount]
    }

    struct YearGroup {
        var year: Int
        var anchor: String
        var periods: [PeriodGroup]
    }

    struct PeriodGroup {
        var period: String
        var disclosures: [VillagePage.DisclosureLink]
    }

    struct CategoryCount {
        var category: String
        var count: Int
    }

    struct PageContext {
        var frame: PageFrame
        var village: VillageSummaryView
        var title: String
        var category: String
        var period: String
        var publishedOn: String
        var html: String
        var archiveHref: String
        var corrections: [AmendmentView]
        var hasCorrections: Bool
        var retraction: AmendmentView?
        var indexNumber: String
        var reviewer: String?
        var reviewedOn: String?
        var stayUntil: String?
        var attachments: [AttachmentView] = []
        var hasAttachments = false
    }

    struct AmendmentView {
        var date: String
        var reason: String
    }

    static func render(_ village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.disclosures(village.id)
        let frame = frames.frame(title: "\(village.name)村（居）务公开", folder: folder, crumbs: Crumbs.village(village, in: township) + [("村（居）务公开", nil)],
            print: PrintInfo(village, in: township))
        let periodic = village.disclosures.filter { $0.period != .matter }
        let years = Set(periodic.compactMap(\.period.year)).sorted(by: >).map { year in
            let inYear = periodic.filter { $0.period.year == year }
            let periods = Set(inYear.map(\.period)).sorted(by: >).map { period in
                PeriodGroup(
                    period: period.chinese,
                    disclosures: inYear.filter { $0.period == period }.map { VillagePage.disclosureLink($0, village: village, root: frame.root) })
            }
            return YearGroup(year: year, anchor: "year-\(year)", periods: periods)
        }
        let matters = village.disclosures.filter { $0.period == .matter }.map { VillagePage.disclosureLink($0, village: village, root: frame.root) }
        let categories = Disclosure.Category.allCases.map { category in
            CategoryCount(category: category.rawValue, count: village.disclosures.filter { $0.category == category }.count)
        }
        let context = ArchiveContext(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), years: years, matters: matters,
            hasMatters: !matters.isEmpty, categories: categories)
        var files = [templates.page(folder + "index.html", context, template: "disclosures")]
        files += village.disclosures.map { page($0, village: village, township: township, figures: figures, frames: frames, templates: templates) }
        return files
    }

    private static func page(_ disclosure: Disclosure, village: Village, township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let folder = SitePaths.disclosure(village.id, disclosure.slug)
        let frame = frames.frame(
            title: disclosure.title, folder: folder,
            crumbs: Crumbs.village(village, in: township) + [("村（居）务公开", SitePaths.disclosures(village.id)), (disclosure.title, nil)],
            print: PrintInfo(village, in: township, date: "\(disclosure.period.chinese) · \(disclosure.publishedOn.chinese)公开"))
        var context = PageContext(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), title: disclosure.title,
            category: disclosure.category.rawValue, period: disclosure.period.chinese, publishedOn: disclosure.publishedOn.chinese,
            html: disclosure.retraction == nil ? MarkdownRenderer.html(disclosure.body) : "",
            archiveHref: frame.root + SitePaths.disclosures(village.id),
            corrections: disclosure.corrections.map { AmendmentView(date: $0.date.chinese, reason: $0.reason) },
            hasCorrections: !disclosure.corrections.isEmpty,
            retraction: disclosure.retraction.map { AmendmentView(date: $0.date.chinese, reason: $0.reason) },
            indexNumber: IndexNumber.make(for: disclosure, in: village), reviewer: disclosure.review?.reviewer,
            reviewedOn: disclosure.review?.date.chinese, stayUntil: disclosure.stayUntil?.chinese)
        context.attachments = disclosure.attachments.map(AttachmentView.init)
        context.hasAttachments = !context.attachments.isEmpty
        return templates.page(folder + "index.html", context, template: "disclosure")
    }
}

extension DisclosurePages.ArchiveContext: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 6)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("years", years)
        fields.add("matters", matters)
        fields.add("hasMatters", hasMatters)
        fields.add("categories", categories)
        return fields.data
    }
}

extension DisclosurePages.YearGroup: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("year", year)
        fields.add("anchor", anchor)
        fields.add("periods", periods)
        return fields.data
    }
}

extension DisclosurePages.PeriodGroup: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("period", period)
        fields.add("disclosures", disclosures)
        return fields.data
    }
}

extension DisclosurePages.CategoryCount: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("category", category)
        fields.add("count", count)
        return fields.data
    }
}

extension DisclosurePages.PageContext: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 17)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("title", title)
        fields.add("category", category)
        fields.add("period", period)
        fields.add("publishedOn", publishedOn)
        fields.add("html", html)
        fields.add("archiveHref", archiveHref)
        fields.add("corrections", corrections)
        fields.add("hasCorrections", hasCorrections)
        fields.add("retraction", retraction)
        fields.add("indexNumber", indexNumber)
        fields.add("reviewer", reviewer)
        fields.add("reviewedOn", reviewedOn)
        fields.add("stayUntil", stayUntil)
        fields.add("attachments", attachments)
        fields.add("hasAttachments", hasAttachments)   // CHECK TYPE
        return fields.data
    }
}

extension DisclosurePages.AmendmentView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("date", date)
        fields.add("reason", reason)
        return fields.data
    }
}
