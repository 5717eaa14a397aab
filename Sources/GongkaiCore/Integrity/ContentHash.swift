import Crypto
import Foundation

/// SHA-256 of what a disclosure publishes: title, category, period, date, text and, when it
/// has any, its attachments (each file's name and SHA-256, by name). Records of corrections
/// and retractions are not part of it, so recording one does not itself count as a change.
/// A notice without attachments hashes as it did before attachments existed.
enum ContentHash {
    static func disclosure(
        title: String, category: Disclosure.Category, period: DisclosurePeriod, publishedOn: CalendarDate, body: String,
        attachments: [Attachment] = []
    ) -> String {
        var parts = [title, category.rawValue, period.chinese, publishedOn.description, body]
        if !attachments.isEmpty {
            parts.append(attachments.sorted { $0.name < $1.name }.map { "\($0.name)\u{1E}\($0.sha256)" }.joined(separator: "\u{1D}"))
        }
        let canonical = parts.joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(canonical.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
