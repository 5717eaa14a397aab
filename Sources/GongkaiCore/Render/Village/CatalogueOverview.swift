/// Every village of a township against every item of its own catalogue (the county's with its
/// township's and its own adjustments) on the reference day, with the counts per state: a
/// page section for the webmaster, and CSV and JSON beside it. The columns are every item any
/// of the villages has; a village that does not have an item shows 不适用, one that switched
/// it off 已停用.
struct CatalogueOverview {
    static let switchedOff = "已停用"

    var table: DataTable
    var counts: [(state: String, count: Int)]

    init?(_ villages: [Village], site: SiteContent) {
        guard let asOf = site.asOf else { return nil }
        let catalogues = villages.map { site.catalogue(for: $0) }
        var columns: [CatalogueItem] = []
        for catalogue in catalogues.compactMap({ $0 }) {
            for entry in catalogue.entries where !columns.contains(where: { $0.id == entry.item.id }) {
                columns.append(entry.item)
            }
        }
        guard !columns.isEmpty else { return nil }
        var rows: [[String]] = []
        var tally: [DisclosureSchedule.State: Int] = [:]
        var off = 0
        for (village, catalogue) in zip(villages, catalogues) {
            var row = [village.name]
            for column in columns {
                guard let catalogue, let entry = catalogue.entry(column.id), entry.item.appliesTo.contains(village.kind) else {
                    row.append("不适用")
                    continue
                }
                guard entry.switchedOff == nil else {
                    off += 1
                    row.append(Self.switchedOff)
                    continue
                }
                let standing = DisclosureSchedule.standing(
                    of: entry.item, records: village.catalogueRecords(for: entry.item, in: catalogue),
                    nothingToPublish: village.nothingToPublish, asOf: asOf)
                tally[standing.state, default: 0] += 1
                row.append(standing.due.map { "\(standing.state.label)（\($0.chinese)）" } ?? standing.state.label)
            }
            rows.append(row)
        }
        table = DataTable(
            title: "公开目录执行情况（截至\(asOf.chinese)）", fileBase: "catalogue",
            columns: ["村（社区）"] + columns.map(\.title), rows: rows)
        let order: [DisclosureSchedule.State] = [.onTime, .late, .missing, .nothingToPublish, .notDue, .perMatter]
        counts = order.map { ($0.label, tally[$0] ?? 0) } + (off > 0 ? [(Self.switchedOff, off)] : [])
    }
}
