import Foundation

/// The open-data downloads next to every list: CSV that Excel opens directly (UTF-8 with a
/// byte-order mark, CRLF, RFC 4180 quoting) and JSON with the same columns and rows.
enum OpenData {
    static func csv(columns: [String], rows: [[String]]) -> Data {
        let records = [columns] + rows
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(64 + records.reduce(0) { $0 + $1.reduce(2) { $0 + $1.utf8.count + 3 } })
        for record in records {
            for (index, field) in record.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                append(field, to: &bytes)
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(bytes)
    }

    /// A field as it is, or in double quotes with its quotes doubled when it holds a comma, a
    /// quote or a line break. Looked for in its bytes: these are ASCII, and no byte of a
    /// character outside ASCII is one of them in UTF-8. (A native string's bytes are contiguous,
    /// and searched and copied as a buffer.)
    private static func append(_ field: String, to bytes: inout [UInt8]) {
        var field = field
        field.withUTF8 { append($0, to: &bytes) }
    }

    private static func append(_ field: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        guard field.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(quote)
        for byte in field {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
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
