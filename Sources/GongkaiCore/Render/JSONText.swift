import Foundation

/// JSON strings written straight into bytes, the way `JSONSerialization` writes them without
/// escaping slashes: `\"`, `\\`, `\b \t \n \f \r`, other control characters as `\u00xx`, and
/// everything else as it is. For large generated files (the search index), where going
/// through `JSONSerialization`'s objects cost more than the page rendering.
enum JSONText {
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `[[…],[…]]`: rows of strings, with no spaces, as `JSONSerialization` writes them.
    static func rows(_ rows: [[String]]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.count * 96)
        bytes.append(UInt8(ascii: "["))
        appendRows(rows, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
        return Data(bytes)
    }

    /// The rows of `rows` joined by commas, without the brackets around them, so that rows
    /// made at different times can be put together into one array.
    static func appendRows(_ rows: [[String]], to bytes: inout [UInt8]) {
        for (r, row) in rows.enumerated() {
            if r > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            for (c, cell) in row.enumerated() {
                if c > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(cell, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }
    }
}
