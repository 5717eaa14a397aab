import Foundation

/// Holds every village to its catalogue (the county's with its township's and its own
/// adjustments) on the reference day: a due period published late, or not published and not
/// declared empty, is a warning naming the village, the item and the period (an error under
/// `--strict`).
enum DeadlineCheck {
    /// The codes of the warnings it gives.
    static let codes: Set<DiagnosticCode> = [.disclosureLate, .disclosureMissing]

    static func check(_ site: SiteContent, diagnostics: DiagnosticBag) {
        guard let asOf = site.asOf else { return }
        for township in site.townships {
            for village in township.villages {
                guard let catalogue = site.catalogue(for: village) else { continue }
                let file = "townships/\(township.id)/villages/\(village.id)/village.yaml"
                for item in catalogue.items(for: village.kind) {
                    let standing = DisclosureSchedule.standing(
                        of: item, records: village.catalogueRecords(for: item, in: catalogue), nothingToPublish: village.nothingToPublish,
                        asOf: asOf)
                    guard let due = standing.due, let deadline = standing.deadline else { continue }
                    switch standing.state {
                    case .late:
                        diagnostics.warning(
                            .disclosureLate, at: SourceLocation(file: file, field: item.id),
                            "\(village.name)的“\(item.title)”\(due.chinese)应于 \(deadline.chinese)前公开，实际逾期公开")
                    case .missing:
                        let unassigned = item.category == .finance && village.hasUnassignedFinance(in: catalogue)
                        diagnostics.warning(
                            .disclosureMissing, at: SourceLocation(file: file, field: item.id),
                            "\(village.name)的“\(item.title)”\(due.chinese)应于 \(deadline.chinese)前公开，截至 \(asOf.chinese)尚未公开",
                            hint: unassigned
                                ? "本\(village.kind.rawValue)的财务公开数据（finance/）没有写 item，目录中又没有唯一一个按月或按季度公开的财务事项，"
                                    + "无法确定它算哪一个事项：在 finance/期间.yaml 中写 item: \(item.id)。" : nil)
                    default:
                        break
                    }
                }
            }
        }
    }

    /// Today in China (UTC+8), the default reference day.
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
