import Crypto
import Foundation

/// SHA-256 of what a disclosure publishes: title, category, period, date and text. Records of
/// corrections and retractions are not part of it, so recording one does not itself count
/// as a change.
enum ContentHash {
    static func disclosure(title: String, category: Disclosure.Category, period: DisclosurePeriod, publishedOn: CalendarDate, body: String) -> String {
        let canonical = [title, category.rawValue, period.chinese, publishedOn.description, body].joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(canonical.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
