import CQRencode
import Foundation
import Testing

@testable import GongkaiCore

/// The QR code's path, read back into modules, is the code libqrencode made.
@Suite struct QRCodeSVGTests {
    /// The dark modules the path draws, by following its strokes: `M<x> <y>.5` moves to a
    /// row's middle, `m<dx> 0` along it, `h<run>` strokes `run` modules.
    private func modules(drawnBy svg: String, width: Int) throws -> [Bool] {
        let path = try #require(svg.firstMatch(of: /<path d="([^"]*)" stroke="#000000" fill="none"\/>/)?.1)
        var dark = [Bool](repeating: false, count: width * width)
        var (x, y) = (0, 0)
        for match in path.matches(of: /(?:M(\d+) (\d+)\.5|m(\d+) 0)h(\d+)/) {
            if let absolute = match.1, let row = match.2 {
                (x, y) = (Int(absolute)! - 4, Int(row)! - 4)
            } else {
                x += Int(match.3!)!
            }
            let run = Int(match.4)!
            #expect(run > 0)
            for column in x..<(x + run) {
                #expect(!dark[y * width + column], "each module is drawn once")
                dark[y * width + column] = true
            }
            x += run
        }
        #expect(path.replacing(/(?:M\d+ \d+\.5|m\d+ 0)h\d+/, with: "").isEmpty, "nothing but strokes")
        return dark
    }

    @Test(arguments: [
        "https://example.gov.cn/villages/220681100201/",
        "https://example.gov.cn/villages/229901051001/disclosures/2024-zhuanxiang-caiwu/",
        "http://a.cn/",
        String(repeating: "https://example.gov.cn/长路径/", count: 12),
    ])
    func thePathDrawsExactlyTheDarkModules(text: String) throws {
        let code = try #require(QRCodeSVG.encode(text))
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let expected = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
        let svg = try #require(QRCodeSVG.svg(for: text, id: "qr", label: "本页网址的二维码：\(text)"))
        #expect(try modules(drawnBy: svg, width: width) == expected)
        #expect(svg.contains("viewBox=\"0 0 \(width + 8) \(width + 8)\""))
        #expect(svg.contains("<title id=\"qr-title\">本页网址的二维码："))
    }

    /// The fixed mask changes only the mask: the same version and error correction level as
    /// libqrencode's own choice, and the code's format information names mask 2.
    @Test(arguments: ["https://example.gov.cn/villages/220681100201/", "http://a.cn/", String(repeating: "长", count: 300)])
    func theCodeIsLibqrencodesOwnWithTheFixedMask(text: String) throws {
        let fixed = try #require(QRCodeSVG.encode(text))
        defer { QRcode_free(fixed) }
        let chosen = try #require(QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M))
        defer { QRcode_free(chosen) }
        #expect(fixed.pointee.version == chosen.pointee.version)
        #expect(fixed.pointee.width == chosen.pointee.width)
        let width = Int(fixed.pointee.width)
        // The format information beside the top-left finder, most significant bit first: row 8,
        // columns 0–5, 7 and 8, then column 8, rows 7 and 5–0 (row and column 6 are timing
        // patterns); stored XORed with 101010000010010.
        let positions = [(8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8), (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8)]
        var format = 0
        for (row, column) in positions {
            format = format << 1 | Int(fixed.pointee.data[row * width + column] & 1)
        }
        format ^= 0b101010000010010
        #expect(format >> 13 == 0b00, "error correction level M")
        #expect(format >> 10 & 0b111 == Int(QRCodeSVG.maskPattern))
    }

    @Test func textTooLongForAQRCodeGivesNone() {
        #expect(QRCodeSVG.svg(for: String(repeating: "x", count: 5000), id: "qr", label: "太长") == nil)
    }
}
