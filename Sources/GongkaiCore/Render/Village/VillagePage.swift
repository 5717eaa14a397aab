/// A village's or community's overview (`villages/<id>/`): the service station, its figures,
/// links to each of its lists, and its latest disclosures.
enum VillagePage {
    struct Context {
        var frame: PageFrame
        var village: VillageSummaryView
        var details: DetailsView
        var sections: [SectionLink]
        var recentDisclosures: [DisclosureLink]
        var hasDisclosures: Bool
        var disclosuresHref: String
        var charts: [ChartFigure]
        /// The catalogue items for this village and how it stands on each.
        var catalogue: [VillageCatalogueView.Row]
        var hasCatalogue: Bool
        /// Items switched off for this village, with who did it and why.
        var catalogueOff: [VillageCatalogueView.SwitchedOff]
        var hasCatalogueOff: Bool
        var asOf: String?
    }

    struct DetailsView {
        var township: String
        var address: String?
        var stationName: String?
        var stationAddress: String?
        var hours: String?
        var phone: String?
        var contacts: [Contact]
        var hasContacts: Bool
        var facts: [Fact]
        var hasFacts: Bool
        var factsAsOf: String?
        var summaryHTML: String?
    }

    struct Fact {
        var label: String
        var value: String
    }

    /// A link to one of the village's list pages, with a one-line summary.
    struct SectionLink {
        var title: String
        var href: String
        var summary: String
    }

    struct DisclosureLink {
        var title: String
        var href: String
        var category: String
        var period: String
        var publishedOn: String
        /// 已撤回 / 已更正, when so.
        var state: String?
    }

    static func render(_ village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let folder = SitePaths.village(village.id)
        let frame = frames.frame(title: village.name, folder: folder, crumbs: Crumbs.village(village, in: township, current: true),
            print: PrintInfo(village, in: township))
        let summary = SummaryCharts.figures([figures], idPrefix: "village", owner: village.name, folder: folder)
        let recent = village.disclosures.prefix(5).map { disclosureLink($0, village: village, root: frame.root) }
        let catalogue = VillageCatalogueView(village, township: township, site: frames.site)
        let context = Context(
            frame: frame, village: VillageSummaryView(figures, root: frame.root),
            details: details(village, township: township), sections: sections(village, root: frame.root),
            recentDisclosures: Array(recent), hasDisclosures: !recent.isEmpty,
            disclosuresHref: frame.root + SitePaths.disclosures(village.id), charts: summary.figures,
            catalogue: catalogue?.rows ?? [], hasCatalogue: catalogue != nil,
            catalogueOff: catalogue?.switchedOff ?? [], hasCatalogueOff: !(catalogue?.switchedOff.isEmpty ?? true),
            asOf: frames.site.asOf?.chinese)
        return [templates.page(folder + "index.html", context, template: "village")] + summary.files
    }

    static func disclosureLink(_ disclosure: Disclosure, village: Village, root: String) -> DisclosureLink {
        DisclosureLink(
            title: disclosure.title, href: root + SitePaths.disclosure(village.id, disclosure.slug),
            category: disclosure.category.rawValue, period: disclosure.period.chinese, publishedOn: disclosure.publishedOn.chinese,
            state: disclosure.retraction != nil ? "已撤回" : (disclosure.corrections.isEmpty ? nil : "已更正"))
    }

    private static func details(_ village: Village, township: Township) -> DetailsView {
        let facts = village.facts
        var list: [Fact] = []
        if let value = facts.hasFacility { list.append(Fact(label: "综合服务设施", value: value ? "有" : "无")) }
        if let value = facts.facilityArea { list.append(Fact(label: "综合服务设施面积", value: "\(NumberText.plain(value)) 平方米")) }
        if let value = facts.activityArea { list.append(Fact(label: "其中居民活动区域", value: "\(NumberText.plain(value)) 平方米")) }
        if let value = facts.communityWorkers { list.append(Fact(label: "社区（村）工作者", value: "\(value) 人")) }
        if let value = facts.socialWorkers { list.append(Fact(label: "持证社会工作者", value: "\(value) 人")) }
        if let value = facts.selfServiceKiosk { list.append(Fact(label: "政务自助服务终端", value: value ? "有" : "无")) }
        return DetailsView(
            township: township.name, address: village.address, stationName: village.station.name,
            stationAddress: village.station.address, hours: village.station.hours, phone: village.station.phone,
            contacts: village.station.contacts, hasContacts: !village.station.contacts.isEmpty,
            facts: list, hasFacts: !list.isEmpty, factsAsOf: facts.asOf?.chinese,
            summaryHTML: village.summary.map(MarkdownRenderer.html))
    }

    private static func sections(_ village: Village, root: String) -> [SectionLink] {
        var links: [SectionLink] = []
        if !village.services.isEmpty {
            links.append(SectionLink(title: "服务清单", href: root + SitePaths.services(village.id), summary: "\(village.services.count) 项服务"))
        }
        if let system = village.listSystem {
            let matching = NeedMatching(village)
            links.append(SectionLink(
                title: system.rawValue, href: root + SitePaths.needs(village.id),
                summary: "居民需求 \(matching.entries.count) 项，已对接 \(matching.answeredCount) 项，尚未对接 \(matching.unansweredCount) 项"))
        }
        if !village.projects.isEmpty {
            links.append(SectionLink(title: "民生项目", href: root + SitePaths.projects(village.id), summary: "\(village.projects.count) 个项目"))
        }
        for list in village.customLists {
            links.append(SectionLink(title: list.title, href: root + SitePaths.customList(village.id, list.slug), summary: "\(list.rows.count) 项"))
        }
        if let latest = village.finance.last {
            links.append(SectionLink(
                title: FinancePages.title, href: root + SitePaths.finance(village.id),
                summary: "\(village.finance.count) 期收支，最近一期 \(latest.period.chinese)，期末余额 \(latest.closing.currency)"))
        }
        if !village.disclosures.isEmpty {
            links.append(SectionLink(title: "村（居）务公开", href: root + SitePaths.disclosures(village.id), summary: "\(village.disclosures.count) 条公开内容"))
        }
        return links
    }
}

/// Numbers printed for people: no trailing `.0`.
enum NumberText {
    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

import Foundation

extension VillagePage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 13)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("details", details)
        fields.add("sections", sections)
        fields.add("recentDisclosures", recentDisclosures)
        fields.add("hasDisclosures", hasDisclosures)
        fields.add("disclosuresHref", disclosuresHref)
        fields.add("charts", charts)
        fields.add("catalogue", catalogue)
        fields.add("hasCatalogue", hasCatalogue)
        fields.add("catalogueOff", catalogueOff)
        fields.add("hasCatalogueOff", hasCatalogueOff)
        fields.add("asOf", asOf)
        return fields.data
    }
}

extension VillagePage.DetailsView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 12)
        fields.add("township", township)
        fields.add("address", address)
        fields.add("stationName", stationName)
        fields.add("stationAddress", stationAddress)
        fields.add("hours", hours)
        fields.add("phone", phone)
        fields.add("contacts", contacts)
        fields.add("hasContacts", hasContacts)
        fields.add("facts", facts)
        fields.add("hasFacts", hasFacts)
        fields.add("factsAsOf", factsAsOf)
        fields.add("summaryHTML", summaryHTML)
        return fields.data
    }
}

extension VillagePage.Fact: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("label", label)
        fields.add("value", value)
        return fields.data
    }
}

extension VillagePage.SectionLink: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("title", title)
        fields.add("href", href)
        fields.add("summary", summary)
        return fields.data
    }
}

extension VillagePage.DisclosureLink: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 6)
        fields.add("title", title)
        fields.add("href", href)
        fields.add("category", category)
        fields.add("period", period)
        fields.add("publishedOn", publishedOn)
        fields.add("state", state)
        return fields.data
    }
}

/// A service station contact, as the village page lists it.
extension Contact: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("role", role)
        fields.add("name", name)
        fields.add("phone", phone)
        return fields.data
    }
}
