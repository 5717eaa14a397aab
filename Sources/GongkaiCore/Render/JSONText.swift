import Foundation

/// JSON strings written straight into bytes, the way `JSONSerialization` writes them without
/// escaping slashes: `\"`, `\\`, `\b \t \n \f \r`, other control characters as `\u00xx`, and
/// everything else as it is. For large generated files (the search index), where going
/// through `JSONSerialization`'s objects cost more than the page rendering.
enum JSONText {
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Native strings are contiguous UTF-8: runs that need no escape are copied whole.
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &bytes) }
        if appended == nil { appendEscaped(Array(text.utf8), to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ text: some RandomAccessCollection<UInt8>, to bytes: inout [UInt8]) {
        var runStart = text.startIndex
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: text[runStart..<index])
            runStart = text.index(after: index)
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                let hex: StaticString = "0123456789abcdef"
                bytes.append(contentsOf: "u00".utf8)
                hex.withUTF8Buffer { digits in
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0x0F)])
                }
            }
        }
        bytes.append(contentsOf: text[runStart...])
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
