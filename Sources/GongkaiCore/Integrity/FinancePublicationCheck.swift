import Foundation

/// Compares the periods of finance data about to be published with those published before:
/// - a period that was published and is now missing fails the build (`GK702`): its figures
///   were a public record, and there is no retraction for finance data;
/// - a period whose figures, review, dates or title changed fails the build (`GK703`) unless a
///   new correction with its date and reason was recorded in its yaml.
/// What counts as a change is `ContentHash.finance`: re-saving the table in another encoding or
/// writing the amounts differently is none.
enum FinancePublicationCheck {
    /// `current` are the periods about to be published, by path.
    static func check(
        _ current: [String: VillageSummary.FinanceRecord], against previous: [PublicationManifest.Entry], contentFolder: URL,
        diagnostics: DiagnosticBag
    ) {
        for entry in previous {
            guard let period = current[entry.path] else {
                // Files still there that could not be read have been reported already.
                if let source = entry.source, FileManager.default.fileExists(atPath: contentFolder.appending(path: source, directoryHint: .inferFromPath).path) {
                    continue
                }
                diagnostics.error(
                    .disclosureRemoved, at: SourceLocation(file: entry.path),
                    "已于 \(entry.publishedOn) 发布的财务公开“\(entry.title)”（\(entry.village)）在内容中找不到了"
                        + (entry.source.map { "（原来的文件是 \($0)）" } ?? ""),
                    hint: "已发布的财务公开不能删除。请恢复这一期的 .csv 和 .yaml；数字有误的，改正后在 .yaml 的 corrections 中记录更正。")
                continue
            }
            let balanceFile = period.entry.source ?? period.entry.path
            if period.entry.sha256 != entry.sha256 && period.entry.corrections <= entry.corrections {
                diagnostics.error(
                    .disclosureChangedSilently, at: SourceLocation(file: balanceFile, line: 1, column: 1),
                    "已于 \(entry.publishedOn) 发布的财务公开“\(entry.title)”被修改了（\(period.tableFile) 或 \(balanceFile)），但没有记录更正",
                    hint: "在 \(balanceFile) 的 corrections 中加一条：date（更正日期）和 reason（更正原因），网站会在这一期的页面上注明；或者把数据改回原样。")
            }
        }
    }
}
