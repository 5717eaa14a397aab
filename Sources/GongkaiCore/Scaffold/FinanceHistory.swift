import Foundation
import Yams

/// The periods a village's `finance/` folder already has, read the way `gongkai new finance`
/// needs them: which months they cover, and the closing balance of the latest one, which the
/// new period opens with.
struct FinanceHistory {
    /// One period on disk: its file name without extension and what it covers.
    struct Period {
        var name: String
        var period: DisclosurePeriod
        var months: ClosedRange<Int>
    }

    let folder: URL
    /// Oldest first; files whose names are no month or quarter are left out (the build reports them).
    let periods: [Period]

    init(villageFolder: URL) {
        folder = villageFolder.appending(path: FinanceLoader.folder, directoryHint: .inferFromPath)
        let names = Set(FolderListing.files(in: folder, withExtension: "csv").map { String($0.dropLast(4)) })
            .union(FolderListing.files(in: folder, withExtension: "yaml").map { String($0.dropLast(5)) })
        periods = names.compactMap { name in
            guard let period = DisclosurePeriod(name), let months = FinanceChain.months(of: period) else { return nil }
            return Period(name: name, period: period, months: months)
        }.sorted { ($0.months.lowerBound, $0.name) < ($1.months.lowerBound, $1.name) }
    }

    /// The period a new one follows: the latest, which must end right before it. Fails when the
    /// new period overlaps one, comes before the latest, or leaves months out after it.
    func previous(of period: DisclosurePeriod) throws(ScaffoldError) -> Period? {
        guard let months = FinanceChain.months(of: period) else { return nil }
        let folder = FinanceLoader.folder
        if let overlapping = periods.first(where: { $0.months.overlaps(months) }) {
            throw ScaffoldError(
                "已有 \(folder)/\(overlapping.name)（\(overlapping.period.chinese)），与 \(period.chinese) 有重叠的月份："
                    + "同一个月的收支只能公开在一个文件中。要改那一期，直接修改它的文件。")
        }
        guard let latest = periods.last else { return nil }
        guard latest.months.upperBound < months.lowerBound else {
            throw ScaffoldError(
                "已有更晚的一期 \(folder)/\(latest.name)（\(latest.period.chinese)）。gongkai new finance 只接在最近一期之后新建，"
                    + "更早的期间请照 docs/content-format.md 手工补写。")
        }
        guard latest.months.upperBound + 1 == months.lowerBound else {
            let missing = FinanceChain.describe(months: (latest.months.upperBound + 1)...(months.lowerBound - 1))
            throw ScaffoldError(
                "最近一期是 \(latest.period.chinese)（\(latest.name)），与 \(period.chinese) 之间缺少 \(missing)：先新建中间的各期，每期接着上一期。")
        }
        return latest
    }

    /// The `closing_balance` written in a period's yaml, or why it cannot be used.
    func closingBalance(of period: Period) throws(ScaffoldError) -> Money {
        let url = folder.appending(path: "\(period.name).yaml", directoryHint: .inferFromPath)
        let place = "\(FinanceLoader.folder)/\(period.name).yaml"
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ScaffoldError("上一期 \(period.period.chinese) 没有余额文件 \(place)，无法接续期末余额。先补上这个文件。")
        }
        guard let text = String(data: data, encoding: .utf8), let node = try? Yams.compose(yaml: text),
              let written = node["closing_balance"]?.scalar?.string
        else {
            throw ScaffoldError("无法从 \(place) 读出上一期的期末余额（closing_balance）。先用 gongkai build 检查并改正这个文件。")
        }
        guard case let .success(money) = Money.parse(written) else {
            throw ScaffoldError("\(place) 中上一期的期末余额“\(written)”不是有效的金额。先用 gongkai build 检查并改正这个文件。")
        }
        return money
    }
}
