import Foundation
import Yams

/// `gongkai new finance`: the next period of a village's 财务公开 as data,
/// `finance/<period>.yaml` (balances and review, commented) and `finance/<period>.csv` (the
/// header of the items table). The new period opens with the closing balance of the latest
/// one and, having no items yet, closes with it too, so it builds as written.
public enum FinanceScaffold {
    public static func create(
        villageID: String, period text: String, date: String, reviewer: String?, reviewedOn: String?, content: URL
    ) throws(ScaffoldError) -> ScaffoldResult {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let period = DisclosurePeriod(text), FinancePeriod.slug(for: period) != nil else {
            throw ScaffoldError("期间“\(text)”不是一个月份或季度：按月公开写 2025-03，按季度公开写 2025-Q1。")
        }
        let published = try day(date, label: "公开日期（--date）")
        var reviewed = published
        if let reviewedOn { reviewed = try day(reviewedOn, label: "审核日期（--reviewed-on）") }
        if let end = FinanceBalanceDecoder.lastDay(of: period), published < end {
            throw ScaffoldError("公开日期 \(published) 早于本期（\(period.chinese)）的最后一天 \(end)：一期结束后才能公开这一期的收支。")
        }
        guard reviewed <= published else {
            throw ScaffoldError("审核日期 \(reviewed) 晚于公开日期 \(published)：财务收支应先经民主理财小组审核再公开。")
        }
        let index = try ContentFolderIndex(content: content)
        let village = try index.requireVillage(villageID)
        let villageFolder = content.appending(path: village.path, directoryHint: .inferFromPath)
        let history = FinanceHistory(villageFolder: villageFolder)
        let previous = try history.previous(of: period)
        let opening = try previous.map { (latest) throws(ScaffoldError) in try history.closingBalance(of: latest) } ?? .zero
        var body = FinanceScaffoldFiles.Period(
            name: fileName(period), period: period, opening: opening, previous: previous?.period,
            reviewer: defaultReviewer(villageFolder), reviewedOn: reviewed, publishedOn: published)
        if let reviewer { body.reviewer = try ScaffoldText.line(reviewer, label: "审核（--reviewer）") }
        var plan = ScaffoldPlan()
        plan.add(FinanceScaffoldFiles.files(body), under: village.path)
        return try ScaffoldWriter.write(plan, into: content)
    }

    /// `2025-03` or `2025-Q1`, as docs/content-format.md writes them.
    static func fileName(_ period: DisclosurePeriod) -> String {
        if case let .quarter(year, quarter) = period { return "\(year)-Q\(quarter)" }
        return FinancePeriod.slug(for: period) ?? ""
    }

    private static func day(_ text: String, label: String) throws(ScaffoldError) -> CalendarDate {
        guard let day = CalendarDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw ScaffoldError("\(label)“\(text)”不是有效的日期，写成 年-月-日，如 2025-04-10。")
        }
        return day
    }

    /// `<村名>民主理财小组`, from the village's `village.yaml`.
    private static func defaultReviewer(_ villageFolder: URL) -> String {
        guard let data = FileManager.default.contents(atPath: villageFolder.appending(path: "village.yaml", directoryHint: .inferFromPath).path),
              let text = String(data: data, encoding: .utf8), let node = try? Yams.compose(yaml: text),
              let name = node["name"]?.scalar?.string, !name.isEmpty, !name.contains(where: \.isNewline)
        else { return "民主理财小组" }
        return "\(name)民主理财小组"
    }
}
