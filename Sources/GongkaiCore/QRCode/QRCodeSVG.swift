import CQRencode

/// A QR code as SVG, made at build time with libqrencode (never by a web service): the page's
/// address on the printed bulletin-board sheet, so a resident can scan back to it.
public enum QRCodeSVG {
    /// The SVG of `text`, one unit per module with the standard 4-module quiet zone; nil when
    /// the text is too long for a QR code.
    public static func svg(for text: String, id: String, label: String) -> String? {
        guard let code = encode(text) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let size = width + 8
        let modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-labelledby=\"\(id)-title\" shape-rendering=\"crispEdges\">"
            + "<title id=\"\(id)-title\">\(SVG.escape(label))</title>"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#ffffff\"/><path d=\"\(path(modules, width: width))\" stroke=\"#000000\" fill=\"none\"/></svg>"
    }

    /// The mask pattern every code is drawn with: the modules whose column is a multiple of 3
    /// are inverted (mask reference 010 of ISO/IEC 18004). Any of the eight masks makes a valid
    /// code, and scanners read which one from the code's format information. Choosing the mask
    /// with the lowest penalty, as `QRcode_encodeString8bit` does, costs libqrencode about 170 µs
    /// a code against 9 µs for a fixed one: a fifth of a cold build, since every page has a
    /// code. Over the 12,032 page addresses of a 1,000-village site this pattern's penalty is 3 %
    /// above the best mask's on average, the lowest of the eight, and zbar reads every one of
    /// those codes back (`docs/qr-codes.md`).
    static let maskPattern: Int32 = 2

    /// Byte mode, error correction level M (15 % of the code can be lost), the smallest version
    /// the text fits in; nil when it fits in none.
    static func encode(_ text: String) -> UnsafeMutablePointer<QRcode>? {
        guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { return nil }
        defer { QRinput_free(input) }
        let appended = text.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) {
                QRinput_append(input, QR_MODE_8, Int32(buffer.count - 1), $0)
            }
        }
        guard appended == 0 else { return nil }
        return QRcode_encodeMask(input, maskPattern)
    }

    /// The dark modules (bit 0 of each byte), row by row, each run of them one horizontal
    /// stroke one unit wide along the middle of its row: `M<x> <y>.5h<run>` for a row's first
    /// run, `m<gap> 0h<run>` for the next ones, offset by the quiet zone. About 8 bytes a run
    /// instead of 20 for a filled rectangle: the code was nearly a third of a village page.
    /// Written straight into the string's storage: every page has one.
    static func path(_ modules: UnsafeBufferPointer<UInt8>, width: Int) -> String {
        // At most one run per two modules of a row (plus one), each at most `M999 999.5h999`,
        // 15 bytes.
        let capacity = width * (width / 2 + 1) * 15
        guard let first = modules.baseAddress, modules.count >= width * width else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var pen = PathPen(buffer.baseAddress!)
            // A row's dark modules as bits, so that runs are found a word at a time: module by
            // module, every other branch was mispredicted (a code's modules look random).
            var row = ModuleRow(width: width)
            for y in 0..<width {
                row.load(first + y &* width)
                var column = row.nextDark(from: 0)
                // Where the previous run of this row ended; -1 before its first run.
                var runEnd = -1
                while column < width {
                    let end = row.nextLight(from: column)
                    if runEnd >= 0 {
                        pen.put(UInt8(ascii: "m"))
                        pen.putDecimal(column &- runEnd)
                        pen.put(UInt8(ascii: " "))
                        pen.put(UInt8(ascii: "0"))
                    } else {
                        pen.put(UInt8(ascii: "M"))
                        pen.putDecimal(column &+ 4)
                        pen.put(UInt8(ascii: " "))
                        pen.putDecimal(y &+ 4)
                        pen.put(UInt8(ascii: "."))
                        pen.put(UInt8(ascii: "5"))
                    }
                    pen.put(UInt8(ascii: "h"))
                    pen.putDecimal(end &- column)
                    runEnd = end
                    column = row.nextDark(from: end)
                }
            }
            return pen.written(since: buffer.baseAddress!)
        }
    }
}

/// One row of a code's modules as bits (bit 0 of each module's byte: dark), with the bits past
/// the row's end light.
private struct ModuleRow {
    let width: Int
    private var words: [UInt64]

    init(width: Int) {
        self.width = width
        words = Array(repeating: 0, count: (width + 63) / 64)
    }

    mutating func load(_ modules: UnsafePointer<UInt8>) {
        var column = 0
        for index in words.indices {
            var word: UInt64 = 0
            var bit: UInt64 = 0
            while column < width, bit < 64 {
                word |= UInt64(modules[column] & 1) << bit
                bit &+= 1
                column &+= 1
            }
            words[index] = word
        }
    }

    /// The first dark module at or after `column`, or `width`.
    func nextDark(from column: Int) -> Int {
        next(from: column, dark: true)
    }

    /// The first light module at or after `column`, or `width`.
    func nextLight(from column: Int) -> Int {
        next(from: column, dark: false)
    }

    private func next(from column: Int, dark: Bool) -> Int {
        var index = column >> 6
        guard index < words.count else { return width }
        var word = (dark ? words[index] : ~words[index]) & (~UInt64(0) << UInt64(column & 63))
        while word == 0 {
            index += 1
            guard index < words.count else { return width }
            word = dark ? words[index] : ~words[index]
        }
        return min(index * 64 + word.trailingZeroBitCount, width)
    }
}

/// Writes a path's bytes one after another into memory sized for the longest path.
private struct PathPen {
    private var next: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) {
        next = start
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        next.pointee = byte
        next += 1
    }

    /// A non-negative number below 1,000 (a QR code is at most 177 modules wide).
    @inline(__always)
    mutating func putDecimal(_ value: Int) {
        if value >= 100 { put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 100)) }
        if value >= 10 { put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10 % 10)) }
        put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10))
    }

    func written(since start: UnsafeMutablePointer<UInt8>) -> Int { next - start }
}
