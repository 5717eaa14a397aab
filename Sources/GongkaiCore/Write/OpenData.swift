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

    /// `{"columns", "rows", "title", "village"}`, laid out as `JSONEncoder` lays it out with
    /// sorted keys, pretty printing and slashes as they are (a test compares the two), written
    /// straight into bytes: every list of every village has one.
    static func json(title: String, village: String, columns: [String], rows: [[String]]) -> Data {
        var json = PrettyJSONWriter(reservingCapacity: 256 + rows.reduce(0) { $0 + $1.reduce(8) { $0 + $1.utf8.count + 12 } })
        json.beginObject()
        json.key("columns")
        strings(columns, to: &json)
        json.key("rows")
        json.beginArray()
        for row in rows {
            json.element()
            strings(row, to: &json)
        }
        json.endArray()
        json.key("title")
        json.string(title)
        json.key("village")
        json.string(village)
        json.endObject()
        return json.finish("\n")
    }

    private static func strings(_ values: [String], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for value in values {
            json.element()
            json.string(value)
        }
        json.endArray()
    }
}
