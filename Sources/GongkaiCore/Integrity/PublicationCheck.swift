import Foundation

/// Compares what is about to be published with what was published before:
/// - a disclosure that was published and is now missing from the content fails the build
///   (`GK702`) — record a retraction in its front matter instead of deleting it;
/// - a disclosure whose content changed fails the build (`GK703`) unless a new correction
///   with its date and reason was recorded;
/// - a retracted disclosure may change (its text may be removed), and stays listed.
/// Periods of finance data are held to the same rules (`FinancePublicationCheck`).
enum PublicationCheck {
    static func check(_ site: SiteContent, against previous: PublicationManifest, contentFolder: URL, diagnostics: DiagnosticBag) {
        let (current, finance) = currentRecords(of: site, comparedWith: previous)
        FinancePublicationCheck.check(finance, against: previous.finance ?? [], contentFolder: contentFolder, diagnostics: diagnostics)
        for entry in previous.disclosures {
            guard let notice = current[entry.path] else {
                // A file that is still there but could not be read has been reported already.
                if let source = entry.source, FileManager.default.fileExists(atPath: contentFolder.appending(path: source, directoryHint: .inferFromPath).path) {
                    continue
                }
                diagnostics.error(
                    .disclosureRemoved, at: SourceLocation(file: entry.path),
                    "已于 \(entry.publishedOn) 发布的公开内容“\(entry.title)”（\(entry.village)）在内容中找不到了",
                    hint: "已发布的公开内容不能删除。请恢复它的 .md 文件，在前言中写上 retraction（撤回日期 date 和原因 reason），网站会将其标为“已撤回”。")
                continue
            }
            guard !notice.retracted else { continue }
            let file = notice.source ?? notice.path
            if notice.sha256 != entry.sha256 && notice.corrections <= entry.corrections {
                diagnostics.error(
                    .disclosureChangedSilently, at: SourceLocation(file: file, line: 1, column: 1),
                    "已于 \(entry.publishedOn) 发布的公开内容“\(entry.title)”被修改了，但没有记录更正"
                        + (AttachmentChanges.describe(published: entry.attachments, current: notice.attachments).map { "（\($0)）" } ?? ""),
                    hint: "在前言的 corrections 中加一条：date（更正日期）和 reason（更正原因），网站会在页面上注明；或者把内容改回原样。")
            }
            if entry.retracted {
                diagnostics.error(
                    .disclosureRemoved, at: SourceLocation(file: file, line: 1, column: 1),
                    "公开内容“\(entry.title)”已经撤回，不能取消撤回",
                    hint: "恢复前言中的 retraction；如需重新公开，请另建一条新的公开内容。")
            }
        }
    }

    /// The records, by path, of the site's villages that `previous` lists anything of: only
    /// theirs can be compared, and decoding every village's (`PublishedRecords.decoded()`)
    /// would cost a rebuild of a province what keeping them as text saves. Records that
    /// cannot be read back (a damaged build cache) count as missing, so the build fails
    /// rather than publish unchecked.
    private static func currentRecords(
        of site: SiteContent, comparedWith previous: PublicationManifest
    ) -> (notices: [String: PublicationManifest.Entry], finance: [String: VillageSummary.FinanceRecord]) {
        let folders = Set((previous.disclosures + (previous.finance ?? [])).map { villageFolder(of: $0.path) })
        var notices: [String: PublicationManifest.Entry] = [:]
        var finance: [String: VillageSummary.FinanceRecord] = [:]
        for summary in site.allSummaries where folders.contains(SitePaths.village(summary.id)) {
            guard let records = summary.published.decoded() else { continue }
            for notice in records.notices { notices[notice.path] = notice }
            for period in records.finance { finance[period.entry.path] = period }
        }
        return (notices, finance)
    }

    /// `villages/<id>/` of a page path under it.
    private static func villageFolder(of path: String) -> String {
        path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).prefix(2).joined(separator: "/") + "/"
    }
}
