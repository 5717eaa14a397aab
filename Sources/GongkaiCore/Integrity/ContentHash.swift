import Crypto
import Foundation

/// SHA-256 of what is published. A disclosure's: title, category, period, date, text and, when
/// it has any, its attachments (each file's name and SHA-256, by name). Records of corrections
/// and retractions are not part of it, so recording one does not itself count as a change.
/// A notice without attachments hashes as it did before attachments existed. A period of
/// finance data's: see `finance(_:)`.
enum ContentHash {
    static func disclosure(
        title: String, category: Disclosure.Category, period: DisclosurePeriod, publishedOn: CalendarDate, body: String,
        attachments: [Attachment] = []
    ) -> String {
        var parts = [title, category.rawValue, period.chinese, publishedOn.description, body]
        if !attachments.isEmpty {
            parts.append(attachments.sorted { $0.name < $1.name }.map { "\($0.name)\u{1E}\($0.sha256)" }.joined(separator: "\u{1D}"))
        }
        return hex(parts)
    }

    /// SHA-256 of what a period of finance data publishes, as read, not as stored: title,
    /// period, dates, balances, review, note and every item with all its cells, amounts in fen.
    /// The items count as a set, so sorting the rows differently is no change; neither are the
    /// file's encoding (UTF-8, GB18030, BOM), its line ends, the order of its columns, how an
    /// amount is written (`1,234.50` or `1234.5`) or the 小计 and 合计 rows, which are
    /// recomputed. `item:` and the corrections are not part of it, as for notices.
    static func finance(_ period: FinancePeriod) -> String {
        let entries = period.entries.map { entry in
            [entry.flow.rawValue, entry.category, entry.summary, String(entry.amount.fen), entry.voucher,
             entry.date?.description ?? "", entry.note].joined(separator: "\u{1E}")
        }.sorted()
        return hex([
            "finance", period.title, period.period.chinese, period.publishedOn.description, String(period.opening.fen),
            String(period.closing.fen), period.review.reviewer, period.review.date.description, period.note ?? "",
            entries.joined(separator: "\u{1D}"),
        ])
    }

    private static func hex(_ parts: [String]) -> String {
        let canonical = parts.joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(canonical.utf8)).withUnsafeBytes { Hexadecimal.lowercase($0) }
    }
}
