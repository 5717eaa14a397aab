/// Every village of a township against every item of its own catalogue (the county's with its
/// township's and its own adjustments) on the reference day, with the counts per state: a
/// page section for the webmaster, and CSV and JSON beside it. The columns are every item any
/// of the villages has; a village that does not have an item shows 不适用, one that switched
/// it off 已停用. Made from the villages' summaries, which hold each village's standing.
struct CatalogueOverview {
    static let switchedOff = "已停用"
    static let notApplicable = "不适用"

    var table: DataTable
    var counts: [(state: String, count: Int)]

    init?(_ villages: [VillageSummary], asOf: CalendarDate?) {
        guard let asOf else { return nil }
        var columns: [(id: String, title: String)] = []
        for cell in villages.flatMap({ $0.catalogue ?? [] }) where !columns.contains(where: { $0.id == cell.itemID }) {
            columns.append((cell.itemID, cell.title))
        }
        guard !columns.isEmpty else { return nil }
        var rows: [[String]] = []
        var tally: [DisclosureSchedule.State: Int] = [:]
        var off = 0
        for village in villages {
            var row = [village.figures.name]
            for column in columns {
                switch village.catalogue?.first(where: { $0.itemID == column.id })?.value {
                case nil, .notApplicable:
                    row.append(Self.notApplicable)
                case .switchedOff:
                    off += 1
                    row.append(Self.switchedOff)
                case let .standing(state, text):
                    tally[state, default: 0] += 1
                    row.append(text)
                }
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
