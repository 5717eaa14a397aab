/// HTML escaping of text put into a page: `< > & " '`. Text without any of them, which is
/// most text, is appended in one piece.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout [UInt8]) {
        // Native strings are contiguous UTF-8: the search and the copy run over a buffer.
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, to: &output)
        }
        if appended == nil { append(Array(text.utf8), to: &output) }
    }

    private static func append(_ bytes: some Collection<UInt8>, to output: inout [UInt8]) {
        guard bytes.contains(where: isSpecial) else {
            output.append(contentsOf: bytes)
            return
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
