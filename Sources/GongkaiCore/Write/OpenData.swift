import Foundation

/// The open-data downloads next to every list: CSV that Excel opens directly (UTF-8 with a
/// byte-order mark, CRLF, RFC 4180 quoting) and JSON with the same columns and rows.
enum OpenData {
    static func csv(columns: [String], rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for record in [columns] + rows {
            text += record.map(quote).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct Document: Encodable {
        var title: String
        var village: String
        var columns: [String]
        var rows: [[String]]
    }

    static func json(title: String, village: String, columns: [String], rows: [[String]]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(title: title, village: village, columns: columns, rows: rows))) ?? Data()
        return data + Data("\n".utf8)
    }
}
