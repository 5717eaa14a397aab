/// The village page's catalogue section: every item of the village's own catalogue (the
/// county's with its township's and its own adjustments) with how the village stands on it,
/// and the items switched off for it with the reason.
struct VillageCatalogueView {
    var rows: [Row]
    var switchedOff: [SwitchedOff]

    struct Row {
        var title: String
        var category: String
        var frequency: String
        var basis: String?
        /// Who adjusted the item and how: 建国街道统一调整：频次：季度 → 月度（原因：…）.
        var adjustments: [String]
        var due: String
        var deadline: String
        var latest: String
        var state: String
        /// `on-time`, `late`, `missing`, `nothing`, `other`: for the stylesheet.
        var stateKey: String
    }

    struct SwitchedOff {
        var title: String
        var category: String
        var by: String
        var reason: String
    }

    init?(_ village: Village, township: Township, site: SiteContent) {
        guard let catalogue = site.catalogue(for: village), let asOf = site.asOf else { return nil }
        func who(_ level: CatalogueAdjustment.Level) -> String {
            switch level {
            case .township: "\(township.name)统一调整"
            case .village: "本\(village.kind.rawValue)调整"
            }
        }
        rows = catalogue.items(for: village.kind).map { item in
            let standing = DisclosureSchedule.standing(
                of: item, records: village.catalogueRecords(for: item, in: catalogue), nothingToPublish: village.nothingToPublish,
                asOf: asOf)
            let key = switch standing.state {
            case .onTime: "on-time"
            case .late: "late"
            case .missing: "missing"
            case .nothingToPublish: "nothing"
            default: "other"
            }
            let adjustments = catalogue.entry(item.id)?.adjustments.map { adjustment in
                "\(who(adjustment.level))：\(adjustment.changes.joined(separator: "；"))" + (adjustment.reason.map { "（原因：\($0)）" } ?? "")
            } ?? []
            return Row(
                title: item.title, category: item.category.rawValue, frequency: item.frequency.rawValue, basis: item.basis,
                adjustments: adjustments, due: standing.due?.chinese ?? "—", deadline: standing.deadline?.chinese ?? "—",
                latest: standing.latestPublished?.chinese ?? (standing.count > 0 ? "\(standing.count) 条" : "—"),
                state: standing.state.label, stateKey: key)
        }
        switchedOff = catalogue.switchedOff(for: village.kind).compactMap { entry in
            guard let off = entry.switchedOff else { return nil }
            return SwitchedOff(
                title: entry.item.title, category: entry.item.category.rawValue,
                by: off.level == .township ? township.name : "本\(village.kind.rawValue)", reason: off.reason ?? "")
        }
    }
}

extension VillageCatalogueView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("rows", rows)
        fields.add("switchedOff", switchedOff)
        return fields.data
    }
}

extension VillageCatalogueView.Row: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 10)
        fields.add("title", title)
        fields.add("category", category)
        fields.add("frequency", frequency)
        fields.add("basis", basis)
        fields.add("adjustments", adjustments)
        fields.add("due", due)
        fields.add("deadline", deadline)
        fields.add("latest", latest)
        fields.add("state", state)
        fields.add("stateKey", stateKey)
        return fields.data
    }
}

extension VillageCatalogueView.SwitchedOff: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 4)
        fields.add("title", title)
        fields.add("category", category)
        fields.add("by", by)
        fields.add("reason", reason)
        return fields.data
    }
}
