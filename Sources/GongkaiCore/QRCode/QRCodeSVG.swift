import CQRencode

/// A QR code as SVG, made at build time with libqrencode (never by a web service): the page's
/// address on the printed bulletin-board sheet, so a resident can scan back to it.
public enum QRCodeSVG {
    /// The SVG of `text`, one unit per module with the standard 4-module quiet zone; nil when
    /// the text is too long for a QR code.
    public static func svg(for text: String, id: String, label: String) -> String? {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let size = width + 8
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                // Bit 0 of each byte: a dark module. Runs of dark modules become one rectangle.
                guard code.pointee.data[row * width + column] & 1 == 1 else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < width, code.pointee.data[row * width + column + run] & 1 == 1 { run += 1 }
                path += "M\(column + 4) \(row + 4)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-labelledby=\"\(id)-title\" shape-rendering=\"crispEdges\">"
            + "<title id=\"\(id)-title\">\(SVG.escape(label))</title>"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#ffffff\"/><path d=\"\(path)\" fill=\"#000000\"/></svg>"
    }
}
